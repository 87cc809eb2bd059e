/**
 * The Project API of the local stack (project.openshift.io/v1, the stand-in behind kube-apiserver's
 * aggregation layer, scripts/stack/project-api) answers as OpenShift's does, so that the console's
 * Project pages and the console shell can read Projects: every Namespace is a Project, and a user
 * lists, gets and watches only the projects whose namespace they may `get`.
 */
import { randomBytes } from 'crypto';
import { readFileSync } from 'fs';
import type { IncomingMessage } from 'http';
import { Agent, request } from 'https';
import type { Socket } from 'net';

import { eventually } from '../support/eventually';
import { deleteNamespace } from '../support/namespaces';
import { kube, readStack, required, tokenOf, uniqueName } from '../support/stack';
import type { Identity } from '../support/stack';

const stack = readStack();
const PROJECTS = '/apis/project.openshift.io/v1/projects';

interface Meta {
  name: string;
  uid?: string;
  resourceVersion?: string;
  annotations?: Record<string, string>;
  labels?: Record<string, string>;
}
interface Project {
  apiVersion: string;
  kind: string;
  metadata: Meta;
  spec?: { finalizers?: string[] };
  status?: { phase?: string };
}
interface ProjectList {
  apiVersion: string;
  kind: string;
  metadata: { resourceVersion: string };
  items: Project[];
}
interface Table {
  columnDefinitions: { name: string }[];
  rows: { cells: string[] }[];
}
interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: Project;
}

const namesOf = (list: { items: { metadata: Meta }[] }) =>
  list.items.map((item) => item.metadata.name).sort();

const listProjects = async (identity: Identity) => {
  const result = await kube(identity, stack).get(PROJECTS);
  expect(result.status).toBe(200);
  return result.body as ProjectList;
};

/** A request to the apiserver as one identity, for what the JSON client of stack.ts cannot do. */
const openRequest = (identity: Identity, path: string, headers: Record<string, string>) =>
  request(`${required(stack, 'KUBE_API_URL')}${path}`, {
    agent: new Agent({ ca: readFileSync(required(stack, 'KUBE_CA_FILE')) }),
    headers: { Authorization: `Bearer ${tokenOf(identity, stack)}`, ...headers },
  });

/** A streaming watch (JSON lines) as one identity; `events` fills as they arrive. */
const openWatch = (identity: Identity, query: string) => {
  const events: WatchEvent[] = [];
  let buffer = '';
  const req = openRequest(identity, `${PROJECTS}?watch=true&${query}`, {
    Accept: 'application/json',
  });
  const status = new Promise<number>((resolve, reject) => {
    req.on('response', (response: IncomingMessage) => {
      resolve(response.statusCode ?? 0);
      response.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        lines.filter(Boolean).forEach((line) => events.push(JSON.parse(line) as WatchEvent));
      });
    });
    req.on('error', reject);
  });
  req.end();
  return { events, status, close: () => req.destroy() };
};

/** [type, name] of the events about one project, in order. */
const eventsAbout = (events: WatchEvent[], name: string) =>
  events.filter((e) => e.object.metadata.name === name).map((e) => [e.type, name]);

const bindView = (namespace: string, user: string) =>
  kube('admin', stack).post(
    `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings`,
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: `${user}-view` },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
      subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'User', name: user }],
    },
  );

describe('the Project API of the local stack', () => {
  it('is registered with the aggregation layer and Available', async () => {
    const result = await kube('admin', stack).get(
      '/apis/apiregistration.k8s.io/v1/apiservices/v1.project.openshift.io',
    );
    expect(result.status).toBe(200);
    const { conditions } = (
      result.body as { status: { conditions: { type: string; status: string }[] } }
    ).status;
    expect(conditions).toContainEqual(
      expect.objectContaining({ type: 'Available', status: 'True' }),
    );
  });

  it.each<Identity>(['admin', 'alice', 'bob'])(
    'tells %s in discovery that projects are cluster-scoped, with get, list and watch',
    async (identity) => {
      const result = await kube(identity, stack).get('/apis/project.openshift.io/v1');
      expect(result.status).toBe(200);
      const { resources } = result.body as {
        resources: { name: string; kind: string; namespaced: boolean; verbs: string[] }[];
      };
      expect(resources).toContainEqual(
        expect.objectContaining({
          name: 'projects',
          kind: 'Project',
          namespaced: false,
          verbs: ['get', 'list', 'watch'],
        }),
      );
    },
  );

  it('lists every namespace as a project for the admin', async () => {
    const namespaces = await kube('admin', stack).get('/api/v1/namespaces');
    const projects = await listProjects('admin');
    expect(projects.kind).toBe('ProjectList');
    expect(projects.apiVersion).toBe('project.openshift.io/v1');
    expect(namesOf(projects)).toEqual(namesOf(namespaces.body as ProjectList));
  });

  it.each<Identity>(['alice', 'bob'])(
    'lists only team-a for %s, who may get that namespace and no other',
    async (identity) => {
      expect(namesOf(await listProjects(identity))).toEqual(['team-a']);
    },
  );

  it('gives alice team-a mirrored from its namespace', async () => {
    const namespace = (await kube('admin', stack).get('/api/v1/namespaces/team-a')).body as Project;
    const result = await kube('alice', stack).get(`${PROJECTS}/team-a`);
    expect(result.status).toBe(200);
    const project = result.body as Project;
    expect(project.apiVersion).toBe('project.openshift.io/v1');
    expect(project.kind).toBe('Project');
    expect(project.metadata).toEqual(namespace.metadata);
    expect(project.metadata.annotations?.['openshift.io/display-name']).toBe('Team A');
    expect(project.spec?.finalizers).toEqual(['kubernetes']);
    expect(project.status?.phase).toBe('Active');
  });

  it('refuses bob team-b with the message OpenShift gives', async () => {
    const result = await kube('bob', stack).get(`${PROJECTS}/team-b`);
    expect(result.status).toBe(403);
    expect((result.body as { message: string }).message).toBe(
      'projects.project.openshift.io "team-b" is forbidden: User "bob" cannot get resource ' +
        '"projects" in API group "project.openshift.io" in the namespace "team-b"',
    );
  });

  it('answers 404 to the admin and 403 to alice for a project that does not exist', async () => {
    const missing = uniqueName('no-such-project');
    expect((await kube('admin', stack).get(`${PROJECTS}/${missing}`)).status).toBe(404);
    // Whether a namespace exists is not told to someone who may not see it.
    expect((await kube('alice', stack).get(`${PROJECTS}/${missing}`)).status).toBe(403);
  });

  it('answers kubectl with a table of oc columns', async () => {
    const asTable = await new Promise<Table>((resolve, reject) => {
      // What kubectl asks for.
      const req = openRequest('alice', PROJECTS, {
        Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json',
      });
      req.on('response', (response: IncomingMessage) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString('utf8');
        });
        response.on('end', () => {
          resolve(JSON.parse(text) as Table);
        });
      });
      req.on('error', reject);
      req.end();
    });
    expect(asTable.columnDefinitions.map((c) => c.name)).toEqual([
      'Name',
      'Display Name',
      'Status',
    ]);
    expect(asTable.rows.map((r) => r.cells)).toEqual([['team-a', 'Team A', 'Active']]);
  });

  describe('watching', () => {
    let namespace = '';
    const watches: { close: () => void }[] = [];

    beforeEach(() => {
      namespace = uniqueName('project-watch');
    });

    afterEach(async () => {
      watches.splice(0).forEach((w) => {
        w.close();
      });
      await deleteNamespace(namespace);
    });

    it("streams a project's life to the admin: added, modified, deleted", async () => {
      const from = (await listProjects('admin')).metadata.resourceVersion;
      const watch = openWatch('admin', `resourceVersion=${from}`);
      watches.push(watch);
      expect(await watch.status).toBe(200);
      await kube('admin', stack).post('/api/v1/namespaces', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: namespace },
      });
      await kube('admin', stack).patch(
        `/api/v1/namespaces/${namespace}`,
        { metadata: { labels: { watched: 'yes' } } },
        'application/merge-patch+json',
      );
      await deleteNamespace(namespace);
      const seen = await eventually(
        () => Promise.resolve(eventsAbout(watch.events, namespace)),
        (events) => events.some(([type]) => type === 'DELETED'),
      );
      expect(seen[0]).toEqual(['ADDED', namespace]);
      expect(seen).toContainEqual(['MODIFIED', namespace]);
      expect(seen[seen.length - 1]).toEqual(['DELETED', namespace]);
      expect(watch.events.every((e) => e.object.kind === 'Project')).toBe(true);
    });

    it('shows alice a project when she is given access and takes it away when that is revoked, bob never', async () => {
      const alice = openWatch(
        'alice',
        `resourceVersion=${(await listProjects('alice')).metadata.resourceVersion}`,
      );
      const bob = openWatch(
        'bob',
        `resourceVersion=${(await listProjects('bob')).metadata.resourceVersion}`,
      );
      watches.push(alice, bob);
      expect(await alice.status).toBe(200);
      expect(await bob.status).toBe(200);
      await kube('admin', stack).post('/api/v1/namespaces', {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: namespace },
      });
      expect((await bindView(namespace, 'alice')).status).toBe(201);
      const added = await eventually(
        () => Promise.resolve(eventsAbout(alice.events, namespace)),
        (events) => events.length > 0,
      );
      expect(added).toEqual([['ADDED', namespace]]);
      expect(namesOf(await listProjects('alice'))).toEqual(['team-a', namespace].sort());

      await kube('admin', stack).delete(
        `/apis/rbac.authorization.k8s.io/v1/namespaces/${namespace}/rolebindings/alice-view`,
      );
      const removed = await eventually(
        () => Promise.resolve(eventsAbout(alice.events, namespace)),
        (events) => events.length > 1,
      );
      expect(removed).toEqual([
        ['ADDED', namespace],
        ['DELETED', namespace],
      ]);
      expect(eventsAbout(bob.events, namespace)).toEqual([]);
    });
  });

  describe('watching over a WebSocket', () => {
    it('starts without a version with an ADDED event per visible project, as the console opens it', async () => {
      const first = await new Promise<WatchEvent>((resolve, reject) => {
        const req = openRequest(
          'bob',
          `${PROJECTS}?watch=true&fieldSelector=metadata.name%3Dteam-a`,
          {
            Connection: 'Upgrade',
            Upgrade: 'websocket',
            'Sec-WebSocket-Version': '13',
            'Sec-WebSocket-Key': randomBytes(16).toString('base64'),
            Origin: new URL(required(stack, 'KUBE_API_URL')).origin,
          },
        );
        req.on('upgrade', (_response: IncomingMessage, socket: Socket) => {
          let data = Buffer.alloc(0);
          socket.on('data', (chunk: Buffer) => {
            data = Buffer.concat([data, chunk]);
            // One unmasked text frame per event: opcode, then a 7-bit or 16-bit length.
            const short = data[1] & 0x7f;
            const [start, length] = short === 126 ? [4, data.readUInt16BE(2)] : [2, short];
            if (data.length < start + length) return;
            socket.destroy();
            resolve(
              JSON.parse(data.subarray(start, start + length).toString('utf8')) as WatchEvent,
            );
          });
        });
        req.on('response', (response: IncomingMessage) => {
          reject(new Error(`not upgraded: ${String(response.statusCode)}`));
        });
        req.on('error', reject);
        req.end();
      });
      expect(first.type).toBe('ADDED');
      expect(first.object.kind).toBe('Project');
      expect(first.object.metadata.name).toBe('team-a');
    });
  });
});
