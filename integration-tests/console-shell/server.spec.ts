/**
 * @jest-environment node
 *
 * The console shell's server as a browser (or another site) meets it: it answers only to the names
 * it is reached by on this machine, and signing in takes a POST carrying the CSRF token.
 * The server runs for real, on a stack.env of its own (no stack needed).
 */
import type { ChildProcessWithoutNullStreams } from 'child_process';
import { spawn } from 'child_process';
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import http from 'http';
import { tmpdir } from 'os';
import { join } from 'path';

const SERVER = join(__dirname, '../../dev/console-shell/server.mjs');

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let shell: ChildProcessWithoutNullStreams;
let stackDir: string;
let port: number;

/** One HTTP request with exactly the headers given (Host included), as a browser would send it. */
const request = (
  path: string,
  {
    method = 'GET',
    headers = {},
    body,
  }: { method?: string; headers?: http.OutgoingHttpHeaders; body?: string } = {},
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        headers: { host: `127.0.0.1:${String(port)}`, ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });

const cookiesOf = (answer: Answer): string[] => answer.headers['set-cookie'] ?? [];
const identityCookieOf = (answer: Answer) =>
  cookiesOf(answer).find((c) => c.startsWith('shell-identity='));
const csrfCookieOf = (answer: Answer) =>
  /csrf-token=([0-9a-f]+)/.exec(cookiesOf(answer).join(';'))?.[1];

/** The sign-in page's form fields, as the browser would submit them. */
const formOf = (page: Answer) => ({
  csrf: /name="csrf" value="([^"]*)"/.exec(page.body)?.[1],
  next: /name="next" value="([^"]*)"/.exec(page.body)?.[1],
});

const postForm = (fields: Record<string, string>, headers: http.OutgoingHttpHeaders = {}) =>
  request('/shell/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });

beforeAll(async () => {
  stackDir = mkdtempSync(join(tmpdir(), 'shell-server-spec-'));
  writeFileSync(join(stackDir, 'stack.env'), 'ADMIN_TOKEN=a\nALICE_TOKEN=b\nBOB_TOKEN=c\n');
  shell = spawn('node', [SERVER], {
    env: { ...process.env, SHELL_PORT: '0', STACK_RUN_DIR: stackDir },
  });
  port = await new Promise<number>((resolve, reject) => {
    let output = '';
    shell.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Console shell: http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    shell.on('exit', (code) => {
      reject(new Error(`the shell exited with ${String(code)}: ${output}`));
    });
  });
});

afterAll(() => {
  shell.kill('SIGTERM');
  rmSync(stackDir, { recursive: true, force: true });
});

describe('the Host header', () => {
  it('answers to 127.0.0.1:<port> and localhost:<port>', async () => {
    expect((await request('/shell/health')).status).toBe(200);
    expect(
      (await request('/shell/health', { headers: { host: `localhost:${String(port)}` } })).status,
    ).toBe(200);
  });

  it.each([
    [
      'another name resolved to this machine (DNS rebinding)',
      () => `attacker.example:${String(port)}`,
    ],
    ['another port', () => `127.0.0.1:${String(port + 1)}`],
    ['no port', () => 'localhost'],
    [
      'a name that merely starts like localhost',
      () => `localhost.attacker.example:${String(port)}`,
    ],
  ])('turns away %s with 421, even for the session', async (_, host) => {
    for (const path of [
      '/shell/session',
      '/shell/login',
      '/api/kubernetes/api/v1/namespaces',
      '/',
    ]) {
      const answer = await request(path, {
        headers: { host: host(), cookie: 'shell-identity=admin' },
      });
      expect(answer.status).toBe(421);
      expect(answer.body).not.toContain('admin');
    }
  });

  it('turns away a WebSocket (a watch) for another name before looking at anything else', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request({
        host: '127.0.0.1',
        port,
        path: '/api/kubernetes/api/v1/namespaces?watch=true',
        headers: {
          host: `attacker.example:${String(port)}`,
          origin: `http://attacker.example:${String(port)}`,
          cookie: 'shell-identity=admin',
          connection: 'Upgrade',
          upgrade: 'websocket',
          'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==',
          'sec-websocket-version': '13',
        },
      });
      req.on('response', (res) => {
        resolve(res.statusCode ?? 0);
      });
      req.on('upgrade', () => {
        reject(new Error('upgraded'));
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(421);
  });
});

describe('signing in', () => {
  it('shows a form for GET /shell/login?as=, and does not sign in', async () => {
    const page = await request('/shell/login?as=alice&next=%2Fmlflow');
    expect(page.status).toBe(200);
    expect(identityCookieOf(page)).toBeUndefined();
    expect(page.body).toContain('<form method="post" action="/shell/login">');
    // The identity asked for is the one preselected.
    expect(page.body).toMatch(
      /value="alice" class="pf-v6-c-button pf-m-primary" autofocus>Sign in as alice/,
    );
    const form = formOf(page);
    expect(form.csrf).toBe(csrfCookieOf(page));
    expect(form.next).toBe('/mlflow');

    const session = await request('/shell/session', {
      headers: { cookie: cookiesOf(page).join('; ') },
    });
    expect((JSON.parse(session.body) as { identity: unknown }).identity).toBeNull();
  });

  it('signs in on a POST that repeats the CSRF token, and goes where it was asked to', async () => {
    const page = await request('/shell/login?next=%2Fk8s%2Fcluster%2Fprojects%2Fteam-a');
    const csrf = csrfCookieOf(page) ?? '';
    const { next } = formOf(page);
    const answer = await postForm(
      { as: 'bob', csrf, next: next ?? '' },
      { cookie: `csrf-token=${csrf}`, origin: `http://127.0.0.1:${String(port)}` },
    );
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/k8s/cluster/projects/team-a');
    const identity = identityCookieOf(answer) ?? '';
    expect(identity).toMatch(/^shell-identity=bob;.*HttpOnly/);

    const session = await request('/shell/session', {
      headers: { cookie: identity.split(';')[0] },
    });
    expect((JSON.parse(session.body) as { identity: { name: string } }).identity.name).toBe('bob');
  });

  it.each([
    ['without the CSRF token', { as: 'admin' }, 'csrf-token=abc', {}],
    ['with another CSRF token', { as: 'admin', csrf: 'xyz' }, 'csrf-token=abc', {}],
    [
      'without the csrf-token cookie (another site cannot send it)',
      { as: 'admin', csrf: 'abc' },
      '',
      {},
    ],
    [
      'from a page of another site',
      { as: 'admin', csrf: 'abc' },
      'csrf-token=abc',
      { origin: 'http://attacker.example' },
    ],
  ])('refuses a POST %s', async (_, fields, cookie, headers) => {
    const answer = await postForm(fields, { ...(cookie ? { cookie } : {}), ...headers });
    expect(answer.status).toBe(403);
    expect(identityCookieOf(answer)).toBeUndefined();
  });

  it('never redirects to another site after signing in', async () => {
    for (const next of [
      '//attacker.example/',
      '/\\attacker.example/',
      'https://attacker.example/',
    ]) {
      const answer = await postForm(
        { as: 'admin', csrf: 'abc', next },
        { cookie: 'csrf-token=abc' },
      );
      expect(answer.headers.location).toBe('/');
    }
  });
});

describe('passing requests on to MLflow', () => {
  // An upstream that closes a kept-alive connection just as the next request arrives on it, as
  // uvicorn does with a connection idle for its 5 s keep-alive timeout.
  let upstream: http.Server;
  const connections: number[] = [];
  const MLFLOW_PATH =
    '/api/proxy/plugin/mlflow-console-plugin/mlflow/mlflow/ajax-api/3.0/mlflow/server-info';

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      const served = (req.socket as { served?: number } & typeof req.socket).served ?? 0;
      if (served > 0) {
        req.socket.destroy();
        return;
      }
      Object.assign(req.socket, { served: served + 1 });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"workspaces_enabled":true}');
    });
    upstream.on('connection', () => connections.push(Date.now()));
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const { port: upstreamPort } = upstream.address() as { port: number };
    appendFileSync(
      join(stackDir, 'stack.env'),
      `MLFLOW_URL=http://127.0.0.1:${String(upstreamPort)}/mlflow\n`,
    );
  });

  afterAll(async () => {
    await new Promise((resolve) => upstream.close(resolve));
  });

  const signedIn = async () => {
    const answer = await postForm(
      { as: 'admin', csrf: 'abc' },
      { cookie: 'csrf-token=abc', origin: `http://127.0.0.1:${String(port)}` },
    );
    return (identityCookieOf(answer) ?? '').split(';')[0];
  };

  /** A signed-in page's JSON POST through the shell, with the CSRF token it repeats. */
  const postJson = (cookie: string, path: string) =>
    request(path, {
      method: 'POST',
      headers: {
        cookie: `${cookie}; csrf-token=abc`,
        'x-csrftoken': 'abc',
        'content-type': 'application/json',
      },
      body: '{"name":"e"}',
    });

  it('sends a GET again when the kept-alive connection was closed, as the bridge does', async () => {
    const cookie = await signedIn();
    const first = await request(MLFLOW_PATH, { headers: { cookie } });
    const second = await request(MLFLOW_PATH, { headers: { cookie } });
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.body).toBe('{"workspaces_enabled":true}');
    expect(connections.length).toBe(2);
  });

  it('drops an idle upstream connection before uvicorn would: a POST after a pause arrives', async () => {
    const cookie = await signedIn();
    expect((await request(MLFLOW_PATH, { headers: { cookie } })).status).toBe(200);
    const before = connections.length;
    // Past the shell's 3 s, short of uvicorn's 5 s (the upstream here closes at the next request).
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const answer = await postJson(cookie, MLFLOW_PATH);
    expect(answer.status).toBe(200);
    expect(connections.length).toBe(before + 1);
  });

  it('does not send a POST twice: the browser sees 502 and the reason', async () => {
    const cookie = await signedIn();
    expect((await request(MLFLOW_PATH, { headers: { cookie } })).status).toBe(200);
    const answer = await postJson(cookie, MLFLOW_PATH.replace('server-info', 'experiments/create'));
    expect(answer.status).toBe(502);
    expect(answer.body).toContain('could not reach');
  });
});
