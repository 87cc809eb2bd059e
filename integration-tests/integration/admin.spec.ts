/**
 * Administration → MLflow against the real kube-apiserver with the real CRDs: every object and
 * patch the page's core builders produce is accepted (or refused) the way the UI assumes, for the
 * cluster admin and for bob, who has no cluster rights.
 *
 * Shared demo state: DSC switching runs on fresh DataScienceClusters (default-dsc is only
 * dry-run patched); storage patches on the demo `mlflow` are dry runs, except the create test,
 * which must free the one allowed name: it deletes the demo instance for a few seconds and
 * restores its spec, status and the operator ConsoleLink's owner reference.
 */
import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';

import { adminAccessQuestions } from '../../src/core/access/access-review';
import type {
  MlflowInstanceWithSpec,
  MlflowStorageSpec,
  ObservedDataScienceCluster,
} from '../../src/core/instance/instance-types';
import { buildManagementStatePatch } from '../../src/core/instance/management-state';
import { detectMlflowNamespace } from '../../src/core/instance/mlflow-namespace';
import { describeError } from '../../src/core/k8s/errors';
import type { JsonPatchOperation } from '../../src/core/k8s/json-patch';
import {
  ConsoleLinkModel,
  DataScienceClusterModel,
  MLflowModel,
  SecretModel,
} from '../../src/core/k8s/models';
import type { ConsoleLink } from '../../src/core/k8s/types';
import {
  buildConsoleLink,
  deriveConsoleLinkAction,
  findMlflowConsoleLinks,
  PLUGIN_CONSOLE_LINK_NAME,
} from '../../src/core/links/console-links';
import {
  applyStorageSettings,
  buildMlflowInstance,
  buildStoragePatch,
  DEFAULT_STORAGE_SETTINGS,
  settingsFromSpec,
  switchStorageMode,
} from '../../src/core/storage/instance-storage';
import { storageIssuesFromServer } from '../../src/core/storage/storage-server-validation';
import { validateMlflowStorageSpec } from '../../src/core/storage/storage-validation';
import type { StorageRuleId } from '../../src/core/storage/storage-validation';
import { buildUriSecret, detectPasswordInUri } from '../../src/core/storage/uri-credentials';
import { deleteWithOptions } from '../support/delete-with-options';
import { restoreSetAsideMlflow } from '../support/mlflow-instance';
import { kube, uniqueName } from '../support/stack';
import type { HttpResult, Identity } from '../support/stack';

const collection = ({ apiGroup, apiVersion, plural }: K8sModel, namespace?: string) =>
  `${apiGroup ? `/apis/${apiGroup}` : '/api'}/${apiVersion}${
    namespace ? `/namespaces/${namespace}` : ''
  }/${plural}`;

const DSCS = collection(DataScienceClusterModel);
const MLFLOWS = collection(MLflowModel);
const MLFLOW = `${MLFLOWS}/mlflow`;
const CONSOLE_LINKS = collection(ConsoleLinkModel);

const admin = kube('admin');
const bob = kube('bob');

/** What the console's fetch would reject with, so describeError sees what the UI sees. */
const asHttpError = (result: HttpResult) => ({
  response: { status: result.status },
  json: result.body,
});

const statusMessage = (result: HttpResult) =>
  JSON.stringify((result.body as { details?: unknown; message?: string }).details ?? result.body);

const getMlflow = async () => {
  const result = await admin.get(MLFLOW);
  expect(result.status).toBe(200);
  return result.body as MlflowInstanceWithSpec;
};

describe('the on/off switch: buildManagementStatePatch on the DataScienceCluster', () => {
  const created: string[] = [];
  afterAll(async () => {
    for (const name of created) await admin.delete(`${DSCS}/${name}`);
  });

  const freshDsc = async (spec: ObservedDataScienceCluster['spec']) => {
    const name = uniqueName('it-admin-dsc');
    const result = await admin.post(DSCS, {
      apiVersion: 'datasciencecluster.opendatahub.io/v2',
      kind: 'DataScienceCluster',
      metadata: { name },
      spec,
    });
    expect(result.status).toBe(201);
    created.push(name);
    return result.body as ObservedDataScienceCluster;
  };

  const setState = (
    dsc: ObservedDataScienceCluster,
    state: 'Managed' | 'Removed',
    as: Identity = 'admin',
  ) => kube(as).patch(`${DSCS}/${dsc.metadata?.name ?? ''}`, buildManagementStatePatch(dsc, state));

  const mlflowState = (dsc: unknown) =>
    (dsc as ObservedDataScienceCluster).spec?.components?.mlflowoperator?.managementState;

  it('round-trips Managed ↔ Removed, creating the component entry when absent', async () => {
    const dsc = await freshDsc({ components: { dashboard: { managementState: 'Managed' } } });
    expect(buildManagementStatePatch(dsc, 'Managed').at(-1)?.path).toBe(
      '/spec/components/mlflowoperator',
    );

    const enabled = await setState(dsc, 'Managed');
    expect(enabled.status).toBe(200);
    expect(mlflowState(enabled.body)).toBe('Managed');
    // Only the component entry was added; the rest of the DSC is as it was.
    expect((enabled.body as ObservedDataScienceCluster).spec?.components?.dashboard).toEqual({
      managementState: 'Managed',
    });

    const disabled = await setState(enabled.body as ObservedDataScienceCluster, 'Removed');
    expect(disabled.status).toBe(200);
    expect(mlflowState(disabled.body)).toBe('Removed');

    const again = await setState(disabled.body as ObservedDataScienceCluster, 'Managed');
    expect(again.status).toBe(200);
    expect(mlflowState(again.body)).toBe('Managed');
  });

  it('creates spec.components itself when the DSC has none', async () => {
    const dsc = await freshDsc({});
    const enabled = await setState(dsc, 'Managed');
    expect(enabled.status).toBe(200);
    expect(mlflowState(enabled.body)).toBe('Managed');
  });

  it('refuses a switch based on a stale DSC with 409, which the core calls a conflict', async () => {
    const dsc = await freshDsc({ components: {} });
    const changed = await setState(dsc, 'Managed'); // someone else's change
    expect(changed.status).toBe(200);
    const stale = await setState(dsc, 'Removed');
    expect(stale.status).toBe(409);
    expect(describeError(asHttpError(stale)).kind).toBe('conflict');
    const now = await admin.get(`${DSCS}/${dsc.metadata?.name ?? ''}`);
    expect(mlflowState(now.body)).toBe('Managed');
  });

  it('applies to the demo default-dsc for the admin (dry run) and is forbidden to bob', async () => {
    const current = await admin.get(`${DSCS}/default-dsc`);
    const dsc = current.body as ObservedDataScienceCluster;
    expect(mlflowState(dsc)).toBe('Managed');

    const dryRun = await admin.patch(
      `${DSCS}/default-dsc?dryRun=All`,
      buildManagementStatePatch(dsc, 'Removed'),
    );
    expect(dryRun.status).toBe(200);
    expect(mlflowState(dryRun.body)).toBe('Removed');

    const asBob = await bob.patch(`${DSCS}/default-dsc`, buildManagementStatePatch(dsc, 'Removed'));
    expect(asBob.status).toBe(403);
    expect(describeError(asHttpError(asBob)).kind).toBe('forbidden');

    // The demo stays Managed.
    expect(mlflowState((await admin.get(`${DSCS}/default-dsc`)).body)).toBe('Managed');
  });
});

describe('the page’s access questions match what the apiserver allows', () => {
  const ask = async (identity: Identity, question: Record<string, unknown>) => {
    const result = await kube(identity).post(
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: question },
      },
    );
    expect(result.status).toBe(201);
    return (result.body as { status?: { allowed?: boolean } }).status?.allowed === true;
  };

  it.each(Object.entries(adminAccessQuestions('redhat-ods-applications')))(
    '%s: allowed for the admin, denied to bob (so bob sees the control disabled)',
    async (_key, { group, resource, verb, namespace }) => {
      const question = { group, resource, verb, namespace };
      expect(await ask('admin', question)).toBe(true);
      expect(await ask('bob', question)).toBe(false);
    },
  );
});

/** Specs that each break one CRD rule (and only that one), from a valid remote spec. */
const REMOTE: MlflowStorageSpec = {
  backendStoreUri: 'postgresql://mlflow@postgres.example.com:5432/mlflow',
  artifactsDestination: 's3://mlflow-bucket/artifacts',
  serveArtifacts: true,
};
const VOLUME = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10Gi' } } };
const INVALID: [StorageRuleId, MlflowStorageSpec][] = [
  ['default-artifact-root-required', { ...REMOTE, serveArtifacts: false }],
  [
    'file-artifact-root-needs-serve',
    {
      backendStoreUri: REMOTE.backendStoreUri,
      defaultArtifactRoot: 'file:///mlflow/a',
      storage: VOLUME,
    },
  ],
  ['backend-required', { artifactsDestination: 's3://b/a', serveArtifacts: true }],
  ['backend-exclusive', { ...REMOTE, backendStoreUriFrom: { name: 'db', key: 'uri' } }],
  [
    'read-replica-exclusive',
    {
      ...REMOTE,
      readReplicaBackendStoreUri: 'postgresql://reader/mlflow',
      readReplicaBackendStoreUriFrom: { name: 'db', key: 'reader' },
    },
  ],
  [
    'read-replica-from-complete',
    { ...REMOTE, readReplicaBackendStoreUriFrom: { name: '', key: 'k' } },
  ],
  [
    'registry-exclusive',
    {
      ...REMOTE,
      registryStoreUri: 'postgresql://registry/mlflow',
      registryStoreUriFrom: { name: 'db', key: 'registry' },
    },
  ],
  ['registry-from-complete', { ...REMOTE, registryStoreUriFrom: { name: 'db', key: '' } }],
  ['backend-scheme', { ...REMOTE, backendStoreUri: 'mongodb://mongo/mlflow' }],
  ['read-replica-scheme', { ...REMOTE, readReplicaBackendStoreUri: 'redis://reader' }],
  ['registry-scheme', { ...REMOTE, registryStoreUri: 'http://registry' }],
  ['backend-needs-storage', { ...REMOTE, backendStoreUri: 'sqlite:////mlflow/mlflow.db' }],
  [
    'read-replica-needs-storage',
    { ...REMOTE, readReplicaBackendStoreUri: 'sqlite:////mlflow/r.db' },
  ],
  ['registry-needs-storage', { ...REMOTE, registryStoreUri: 'sqlite:////mlflow/mlflow.db' }],
  ['file-artifacts-need-storage', { ...REMOTE, artifactsDestination: 'file:///mlflow/artifacts' }],
  [
    'file-artifacts-need-serve',
    {
      ...REMOTE,
      artifactsDestination: 'file:///mlflow/artifacts',
      storage: VOLUME,
      serveArtifacts: false,
      defaultArtifactRoot: 's3://b/r',
    },
  ],
];

/** Replaces the demo instance's whole spec in a dry run: the CRD judges it, nothing is stored. */
const dryRunSpec = async (spec: MlflowStorageSpec) => {
  const current = await getMlflow();
  return admin.patch(`${MLFLOW}?dryRun=All`, [
    { op: 'replace', path: '/metadata/resourceVersion', value: current.metadata?.resourceVersion },
    { op: 'replace', path: '/spec', value: spec },
  ] satisfies JsonPatchOperation[]);
};

/**
 * The installed MLflow CRD's spec: its declared fields and the messages of its CEL rules. Older
 * release lines (OpenShift AI 3.4) lack the read replica and the URI scheme rules, which their
 * apiserver therefore cannot refuse; those cases are checked where the CRD has them.
 */
const installedSpecSchema = async () => {
  const result = await kube('admin').get(
    '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/mlflows.mlflow.opendatahub.io',
  );
  const crd = result.body as {
    spec: {
      versions: {
        name: string;
        schema: {
          openAPIV3Schema: {
            properties: {
              spec: {
                properties: Record<string, unknown>;
                'x-kubernetes-validations'?: { message: string }[];
              };
            };
          };
        };
      }[];
    };
  };
  const spec = crd.spec.versions.find((v) => v.name === 'v1')?.schema.openAPIV3Schema.properties
    .spec;
  return {
    fields: new Set(Object.keys(spec?.properties ?? {})),
    rules: (spec?.['x-kubernetes-validations'] ?? []).map((rule) => rule.message),
  };
};

const CURRENT_CRD_RULES: string[] = (
  load(
    readFileSync(
      join(__dirname, '../../test-data/cluster/crds/mlflow.opendatahub.io_mlflows.yaml'),
      'utf8',
    ),
  ) as {
    spec: {
      versions: {
        schema: {
          openAPIV3Schema: {
            properties: { spec: { 'x-kubernetes-validations': { message: string }[] } };
          };
        };
      }[];
    };
  }
).spec.versions[0].schema.openAPIV3Schema.properties.spec['x-kubernetes-validations'].map(
  (rule) => rule.message,
);

describe('storage validation agrees with the MLflow CRD', () => {
  it.each(INVALID)(
    '%s: flagged by the validator and refused by the apiserver (422) alike',
    async (rule, spec) => {
      const issues = validateMlflowStorageSpec(spec);
      expect(issues.map((issue) => issue.rule)).toEqual([rule]);
      const installed = await installedSpecSchema();
      const undeclared = Object.keys(spec).filter((field) => !installed.fields.has(field));
      // A CEL rule of the current CRD (test-data/cluster) that this line's CRD lacks.
      const ruleMissing =
        CURRENT_CRD_RULES.includes(issues[0].message) &&
        !installed.rules.includes(issues[0].message);
      // Checked where this line's CRD has the field and the rule: on the current line, always.
      if (undeclared.length > 0 || ruleMissing) return;

      const result = await dryRunSpec(spec);
      expect(result.status).toBe(422);
      expect(describeError(asHttpError(result)).kind).toBe('invalid');
      // The apiserver gives the CRD's message, which is the validator's message.
      expect(statusMessage(result)).toContain(issues[0].message);
      // ...and the form would show it on the same field.
      expect(storageIssuesFromServer(asHttpError(result), spec)).toContainEqual(
        expect.objectContaining({ rule, field: issues[0].field }),
      );
    },
  );

  it('storage-size-quantity: the validator and the schema pattern both refuse "10 GiB"', async () => {
    const spec = { ...REMOTE, storage: { resources: { requests: { storage: '10 GiB' } } } };
    expect(validateMlflowStorageSpec(spec).map((issue) => issue.rule)).toEqual([
      'storage-size-quantity',
    ]);
    const result = await dryRunSpec(spec);
    expect(result.status).toBe(422);
    expect(storageIssuesFromServer(asHttpError(result), spec)).toEqual([
      expect.objectContaining({ field: 'storage.size' }),
    ]);
  });

  it('the plugin’s own extra checks are stricter than the CRD, by design', async () => {
    // A PVC without a size, and served artifacts with neither destination nor volume.
    const unsized = { ...REMOTE, storage: { accessModes: ['ReadWriteOnce'] } };
    const noDestination = { backendStoreUri: REMOTE.backendStoreUri, serveArtifacts: true };
    for (const spec of [unsized, noDestination]) {
      expect(validateMlflowStorageSpec(spec).every((issue) => issue.source === 'plugin')).toBe(
        true,
      );
      expect((await dryRunSpec(spec)).status).toBe(200);
    }
  });

  it.each([
    ['the default local spec', applyStorageSettings(undefined, DEFAULT_STORAGE_SETTINGS)],
    [
      'PostgreSQL from a Secret with S3',
      {
        ...REMOTE,
        backendStoreUri: undefined,
        backendStoreUriFrom: { name: 'mlflow-db-credentials', key: 'backend-store-uri' },
        envFrom: [{ secretRef: { name: 'aws-credentials' } }],
      },
    ],
    [
      'MySQL typed, artifacts not served',
      {
        backendStoreUri: 'mysql+pymysql://mlflow@mysql/mlflow',
        defaultArtifactRoot: 's3://b/runs',
        serveArtifacts: false,
      },
    ],
  ])('accepts %s, which the validator also accepts', async (_name, spec) => {
    const clean = JSON.parse(JSON.stringify(spec)) as MlflowStorageSpec;
    expect(validateMlflowStorageSpec(clean)).toEqual([]);
    expect((await dryRunSpec(clean)).status).toBe(200);
  });
});

describe('storage patches on the demo instance (dry runs)', () => {
  it('accepts the form’s switch to PostgreSQL from a Secret and S3, changing only storage fields', async () => {
    const demo = await getMlflow();
    const settings = {
      ...switchStorageMode(settingsFromSpec(demo.spec), 'external'),
      backendSecretName: 'mlflow-db-credentials',
      artifactsDestination: 's3://mlflow-bucket/artifacts',
      credentialsSecret: 'aws-credentials',
    };
    const next = applyStorageSettings(demo.spec, settings);
    expect(validateMlflowStorageSpec(next)).toEqual([]);
    const result = await admin.patch(`${MLFLOW}?dryRun=All`, buildStoragePatch(demo, next));
    expect(result.status).toBe(200);
    const stored = result.body as MlflowInstanceWithSpec;
    expect(stored.spec?.backendStoreUriFrom).toEqual({
      name: 'mlflow-db-credentials',
      key: 'backend-store-uri',
    });
    expect(stored.spec?.backendStoreUri).toBeUndefined();
    // image, env, resources... untouched
    expect((stored.spec as Record<string, unknown>).image).toEqual(
      (demo.spec as Record<string, unknown>).image,
    );
  });

  it('is forbidden to bob', async () => {
    const demo = await getMlflow();
    const next = applyStorageSettings(demo.spec, { ...settingsFromSpec(demo.spec), size: '20Gi' });
    const result = await bob.patch(`${MLFLOW}?dryRun=All`, buildStoragePatch(demo, next));
    expect(result.status).toBe(403);
  });

  it('moves a typed password into a Secret the CR can reference (one-step fix)', async () => {
    const uri = 'postgresql://mlflow:s3cret@postgres.example.com:5432/mlflow';
    expect(detectPasswordInUri(uri)).toBe(true);
    const demo = await getMlflow();
    const namespace = detectMlflowNamespace(demo);
    expect(namespace).toBe('redhat-ods-applications');
    const name = uniqueName('it-admin-uri');
    const secret = await admin.post(
      collection(SecretModel, namespace),
      buildUriSecret({ namespace, name, uri }),
    );
    expect(secret.status).toBe(201);
    try {
      const next = applyStorageSettings(demo.spec, {
        ...switchStorageMode(settingsFromSpec(demo.spec), 'external'),
        backendSource: 'secret',
        backendSecretName: name,
        artifactsDestination: 's3://mlflow-bucket/artifacts',
      });
      const result = await admin.patch(`${MLFLOW}?dryRun=All`, buildStoragePatch(demo, next));
      expect(result.status).toBe(200);
      expect(JSON.stringify(result.body)).not.toContain('s3cret');
      const asBob = await bob.post(
        collection(SecretModel, namespace),
        buildUriSecret({ namespace, name: `${name}-bob`, uri }),
      );
      expect(asBob.status).toBe(403);
    } finally {
      await admin.delete(`${collection(SecretModel, namespace)}/${name}`);
    }
  });
});

describe('creating the instance (the demo `mlflow` is set aside and restored)', () => {
  it('creates the default instance, saves an edit, and refuses a stale edit with 409', async () => {
    const demo = await getMlflow();
    expect((await admin.delete(MLFLOW)).status).toBe(200);
    try {
      const spec = applyStorageSettings(undefined, DEFAULT_STORAGE_SETTINGS);
      const createdResult = await admin.post(MLFLOWS, buildMlflowInstance(spec));
      expect(createdResult.status).toBe(201);
      const created = createdResult.body as MlflowInstanceWithSpec;
      expect(created.spec).toMatchObject(spec);
      expect((await bob.post(MLFLOWS, buildMlflowInstance(spec))).status).toBe(403);

      const grown = applyStorageSettings(created.spec, {
        ...settingsFromSpec(created.spec),
        size: '20Gi',
      });
      const saved = await admin.patch(MLFLOW, buildStoragePatch(created, grown));
      expect(saved.status).toBe(200);
      expect(
        (saved.body as MlflowInstanceWithSpec).spec?.storage?.resources?.requests?.storage,
      ).toBe('20Gi');

      // The form still holds `created`; someone else saved meanwhile: the save is refused.
      const stale = applyStorageSettings(created.spec, {
        ...settingsFromSpec(created.spec),
        size: '30Gi',
      });
      const refused = await admin.patch(MLFLOW, buildStoragePatch(created, stale));
      expect(refused.status).toBe(409);
      expect(describeError(asHttpError(refused)).kind).toBe('conflict');
      expect((await getMlflow()).spec?.storage?.resources?.requests?.storage).toBe('20Gi');
    } finally {
      // Put the demo back: same spec and labels, then its status, then the link's owner.
      await restoreSetAsideMlflow(demo);
    }
    const after = await getMlflow();
    expect(after.spec).toEqual(demo.spec);
    expect(after.status).toEqual(demo.status);
    const link = (await admin.get(`${CONSOLE_LINKS}/mlflow`)).body as {
      metadata?: { ownerReferences?: { uid: string }[] };
    };
    expect(link.metadata?.ownerReferences?.[0]?.uid).toBe(after.metadata?.uid);
  });
});

describe('the Applications-menu link', () => {
  afterAll(async () => {
    const leftover = await admin.get(`${CONSOLE_LINKS}/${PLUGIN_CONSOLE_LINK_NAME}`);
    if (leftover.status === 200) await admin.delete(`${CONSOLE_LINKS}/${PLUGIN_CONSOLE_LINK_NAME}`);
  });

  it('recognises the operator’s link on the stack, so the page offers no duplicate', async () => {
    const demo = await getMlflow();
    const links = (await admin.get(CONSOLE_LINKS)).body as { items: ConsoleLink[] };
    expect(
      findMlflowConsoleLinks(links.items, demo.status?.url).others.map((l) => l.metadata?.name),
    ).toContain('mlflow');
    expect(deriveConsoleLinkAction(links.items, demo.status?.url).kind).toBe('present');
  });

  it('creates and deletes the plugin’s own link, and refuses a stale delete', async () => {
    const demo = await getMlflow();
    const link = buildConsoleLink({ href: demo.status?.url ?? '', section: 'OpenShift AI' });
    expect((await bob.post(CONSOLE_LINKS, link)).status).toBe(403);

    const created = await admin.post(CONSOLE_LINKS, link);
    expect(created.status).toBe(201);
    const stored = created.body as ConsoleLink;
    const all = (await admin.get(CONSOLE_LINKS)).body as { items: ConsoleLink[] };
    expect(findMlflowConsoleLinks(all.items, demo.status?.url).plugin?.metadata?.name).toBe(
      PLUGIN_CONSOLE_LINK_NAME,
    );
    // A second one is refused by name: the plugin can never add a duplicate of its own.
    expect((await admin.post(CONSOLE_LINKS, link)).status).toBe(409);

    const path = `${CONSOLE_LINKS}/${PLUGIN_CONSOLE_LINK_NAME}`;
    const deleteOptions = (resourceVersion: string | undefined) => ({
      kind: 'DeleteOptions',
      apiVersion: 'v1',
      preconditions: { uid: stored.metadata?.uid, resourceVersion },
    });
    const staleDelete = await deleteWithOptions('admin', path, deleteOptions('1'));
    expect(staleDelete.status).toBe(409);
    expect((await bob.delete(path)).status).toBe(403);
    const deleted = await deleteWithOptions(
      'admin',
      path,
      deleteOptions(stored.metadata?.resourceVersion),
    );
    expect(deleted.status).toBe(200);
    expect((await admin.get(path)).status).toBe(404);
  });

  it('the CRD refuses a non-https href, as buildConsoleLink does', async () => {
    expect(() => buildConsoleLink({ href: 'http://mlflow.example.com', section: 'x' })).toThrow();
    const link = buildConsoleLink({ href: 'https://mlflow.example.com', section: 'x' });
    const result = await admin.post(`${CONSOLE_LINKS}?dryRun=All`, {
      ...link,
      spec: { ...link.spec, href: 'http://mlflow.example.com' },
    });
    expect(result.status).toBe(422);
  });
});
