/**
 * The instance settings' validators against the real apiserver and the MLflow CRD: each CRD rule
 * the form checks is refused (422) by the apiserver for the same spec, on the same field; the
 * plugin's own stricter checks are accepted by the CRD (they guard the Pod or the namespace list,
 * where a failure would come later and silently); the label-selector parser agrees with the
 * apiserver's own parser; and a save from the form keeps every field the form does not cover.
 */
import { readFileSync } from 'fs';
import { Agent, request as httpsRequest } from 'https';

import {
  crdFieldsFromSchema,
  GATED_FIELD_NAMES,
  withoutUnofferedFields,
} from '../../src/core/capabilities';
import type { CrdFieldOffers } from '../../src/core/capabilities';
import { instanceIssuesFromServer } from '../../src/core/instance/instance-server-validation';
import type { InstanceSpec } from '../../src/core/instance/instance-settings';
import {
  applyInstanceSettings,
  instanceSettingsFromSpec,
} from '../../src/core/instance/instance-settings';
import { validateInstanceSpec } from '../../src/core/instance/instance-validation';
import type { InstanceIssue } from '../../src/core/instance/instance-validation';
import { describeError } from '../../src/core/k8s/errors';
import type { JsonPatchOperation } from '../../src/core/k8s/json-patch';
import { parseLabelSelectorText } from '../../src/core/k8s/label-selector-text';
import { buildStoragePatch } from '../../src/core/storage/instance-storage';
import { PARTIAL_METADATA_LIST_ACCEPT } from '../../src/core/storage/secret-metadata';
import {
  parseWorkspaceNamespacePage,
  workspaceNamespacesPath,
} from '../../src/core/workspaces/workspace-namespaces';
import type { MlflowObject } from '../support/mlflow-instance';
import { MLFLOW_PATH, readMlflow, restoreMlflowSpec } from '../support/mlflow-instance';
import { kube, readStack, tokenOf } from '../support/stack';
import type { HttpResult } from '../support/stack';

const admin = kube('admin');

/** The gated fields as this stack's MLflow CRD declares them (detected, as the plugin does). */
const installedCrdFields = async (): Promise<CrdFieldOffers> => {
  const result = await admin.get(
    '/apis/apiextensions.k8s.io/v1/customresourcedefinitions/mlflows.mlflow.opendatahub.io',
  );
  expect(result.status).toBe(200);
  return crdFieldsFromSchema(result.body);
};

/** The gated fields a spec sets that the installed CRD lacks. */
const unofferedIn = (spec: object, offers: CrdFieldOffers) =>
  GATED_FIELD_NAMES.filter((field) => field in spec && offers[field] !== 'offered');

/** GET with the plugin's Accept header for metadata-only lists, which the support client cannot set. */
const getAsMetadata = (path: string): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const stack = readStack();
    const request = httpsRequest(
      (stack.KUBE_API_URL ?? '') + path,
      {
        agent: new Agent({ ca: readFileSync(stack.KUBE_CA_FILE ?? '') }),
        headers: {
          Authorization: `Bearer ${tokenOf('admin', stack)}`,
          Accept: PARTIAL_METADATA_LIST_ACCEPT,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        });
      },
    );
    request.on('error', reject);
    request.end();
  });

/** What the console's fetch would reject with, so describeError sees what the UI sees. */
const asHttpError = (result: HttpResult) => ({
  response: { status: result.status },
  json: result.body,
});

let demo: MlflowObject;

beforeAll(async () => {
  demo = await readMlflow();
});

const dryRunSpec = async (spec: InstanceSpec) => {
  const current = await readMlflow();
  return admin.patch(`${MLFLOW_PATH}?dryRun=All`, [
    { op: 'replace', path: '/metadata/resourceVersion', value: current.metadata.resourceVersion },
    { op: 'replace', path: '/spec', value: spec },
  ] satisfies JsonPatchOperation[]);
};

/** The demo spec (SQLite on a volume) with some fields changed. */
const demoWith = (changes: Record<string, unknown>): InstanceSpec => ({ ...demo.spec, ...changes });

/** External storage and no volume: where file:// locations are refused. */
const remoteWith = (changes: Record<string, unknown>): InstanceSpec => ({
  backendStoreUri: 'postgresql://mlflow@postgres:5432/mlflow',
  defaultArtifactRoot: 's3://mlflow/artifacts',
  serveArtifacts: false,
  ...changes,
});

const ON = { enabled: true, location: 's3://mlflow/traces', retention: '30d' };

const INVALID: [InstanceIssue['rule'], () => InstanceSpec][] = [
  ['replicas-minimum', () => demoWith({ replicas: 0 })],
  ['workers-minimum', () => demoWith({ workers: 0 })],
  ['resource-quantity', () => demoWith({ resources: { requests: { cpu: '1 core' } } })],
  ['gc-schedule-required', () => demoWith({ garbageCollection: { schedule: '' } })],
  [
    'gc-older-than-format',
    () => demoWith({ garbageCollection: { schedule: '0 3 * * *', olderThan: '30 days' } }),
  ],
  ['ca-bundle-name-required', () => demoWith({ caBundleConfigMap: { name: '' } })],
  ['trace-schedule-required', () => demoWith({ traceArchival: { ...ON, schedule: '' } })],
  [
    'trace-schedule-too-long',
    () => demoWith({ traceArchival: { schedule: `0 ${'*'.repeat(256)}` } }),
  ],
  ['trace-location-required', () => demoWith({ traceArchival: { ...ON, location: undefined } })],
  [
    'trace-location-too-long',
    () => demoWith({ traceArchival: { location: `s3://${'b'.repeat(2044)}` } }),
  ],
  [
    'trace-location-needs-storage',
    () => remoteWith({ traceArchival: { location: 'file:///mlflow/t' } }),
  ],
  ['trace-retention-required', () => demoWith({ traceArchival: { ...ON, retention: undefined } })],
  ['trace-retention-format', () => demoWith({ traceArchival: { retention: '30 days' } })],
  ['trace-max-traces-minimum', () => demoWith({ traceArchival: { maxTracesPerPass: 0 } })],
  [
    'node-selector-value-length',
    () => demoWith({ nodeSelector: { 'kubernetes.io/arch': 'a'.repeat(64) } }),
  ],
  [
    'toleration-seconds-integer',
    () =>
      demoWith({
        tolerations: [
          { key: 'k', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 1.5 },
        ],
      }),
  ],
  [
    'default-artifact-root-required',
    () => demoWith({ serveArtifacts: false, artifactsDestination: undefined }),
  ],
  [
    'file-artifact-root-needs-serve',
    () => remoteWith({ defaultArtifactRoot: 'file:///mlflow/a', storage: demo.spec.storage }),
  ],
];

describe('the instance settings’ validators agree with the MLflow CRD', () => {
  it.each(INVALID)(
    '%s: flagged by the validator and refused by the apiserver (422) alike',
    async (rule, raw) => {
      const spec = JSON.parse(JSON.stringify(raw())) as InstanceSpec;
      const issues = validateInstanceSpec(spec);
      expect(issues.map((issue) => issue.rule)).toEqual([rule]);
      expect(issues[0].source).toBe('crd');

      // A rule of a field this release's CRD lacks (OpenShift AI 3.4: garbage collection, trace
      // archival): the apiserver cannot refuse it; what holds instead is that the plugin never
      // sends that field.
      const offers = await installedCrdFields();
      const sent = withoutUnofferedFields(spec, demo.spec as InstanceSpec, offers);
      expect(unofferedIn(sent, offers)).toEqual([]);
      if (unofferedIn(spec, offers).length > 0) return;
      const result = await dryRunSpec(spec);
      expect(result.status).toBe(422);
      expect(describeError(asHttpError(result)).kind).toBe('invalid');
      // ...and the form shows the apiserver's answer on the field its own rule names (or inside it).
      const placed = instanceIssuesFromServer(asHttpError(result), spec).map(
        (issue) => issue.field,
      );
      expect(placed.some((field) => field?.startsWith(issues[0].field))).toBe(true);
    },
  );

  it.each<[InstanceIssue['rule'], () => InstanceSpec]>([
    [
      'resource-request-above-limit',
      () => demoWith({ resources: { requests: { memory: '2Gi' }, limits: { memory: '1Gi' } } }),
    ],
    [
      'workspace-selector-valid',
      () => demoWith({ workspaceLabelSelector: { matchLabels: { 'bad key': 'x' } } }),
    ],
    ['node-selector-key', () => demoWith({ nodeSelector: { 'not a key': 'x' } })],
    ['toleration-operator', () => demoWith({ tolerations: [{ key: 'k', operator: 'Maybe' }] })],
    [
      'toleration-effect',
      () => demoWith({ tolerations: [{ key: 'k', operator: 'Exists', effect: 'Never' }] }),
    ],
    [
      'toleration-key-or-exists',
      () => demoWith({ tolerations: [{ operator: 'Equal', value: 'v' }] }),
    ],
    [
      'toleration-exists-without-value',
      () => demoWith({ tolerations: [{ key: 'k', operator: 'Exists', value: 'v' }] }),
    ],
  ])('%s: the plugin’s own check, which the CRD lets through', async (rule, raw) => {
    const spec = JSON.parse(JSON.stringify(raw())) as InstanceSpec;
    const issues = validateInstanceSpec(spec);
    expect(issues.map((issue) => [issue.rule, issue.source])).toEqual([[rule, 'plugin']]);
    expect((await dryRunSpec(spec)).status).toBe(200);
  });

  it('accepts every field the form covers, set to valid values, as the validator does', async () => {
    const spec = demoWith({
      replicas: 2,
      workers: 4,
      resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: 1, memory: '1Gi' } },
      workspaceLabelSelector: {
        matchLabels: { 'opendatahub.io/dashboard': 'true' },
        matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['legacy'] }],
      },
      garbageCollection: { schedule: '0 3 * * *', olderThan: '30d12h' },
      caBundleConfigMap: { name: 'odh-trusted-ca-bundle' },
      traceArchival: { ...ON, schedule: '0 */6 * * *', maxTracesPerPass: 500 },
      nodeSelector: { 'kubernetes.io/arch': 'amd64' },
      tolerations: [
        { key: 'dedicated', operator: 'Equal', value: 'mlflow', effect: 'NoSchedule' },
        { operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
    });
    expect(validateInstanceSpec(spec)).toEqual([]);
    expect((await dryRunSpec(spec)).status).toBe(200);
  });
});

describe('the workspace label selector, typed as kubectl -l reads it', () => {
  const listNamespaces = (selector: string) =>
    admin.get(`/api/v1/namespaces?limit=1&labelSelector=${encodeURIComponent(selector)}`);

  it.each([
    'opendatahub.io/dashboard=true',
    'team==a,tier!=legacy',
    'tier in (gold,silver),!legacy,example.com/owner',
    'env notin (dev)',
  ])('"%s" is read by the parser and by the apiserver', async (text) => {
    expect(parseLabelSelectorText(text).ok).toBe(true);
    expect((await listNamespaces(text)).status).toBe(200);
  });

  it.each(['bad key=x', 'team=a b', 'Example.COM/owner=x', `team=${'v'.repeat(64)}`, 'a=b=c'])(
    '"%s" is refused by the parser and by the apiserver (400)',
    async (text) => {
      expect(parseLabelSelectorText(text).ok).toBe(false);
      expect((await listNamespaces(text)).status).toBe(400);
    },
  );
});

describe('the workspace preview’s lists', () => {
  it('reads a selector that matches no namespace (the apiserver answers items: null)', async () => {
    const selector = { matchLabels: { 'example.com/nothing': 'here' } };
    // Asked as the plugin asks (metadata only), which is the answer that carries the null.
    const body = await getAsMetadata(
      workspaceNamespacesPath(selector).replace('/api/kubernetes', ''),
    );
    expect(body).toMatchObject({ kind: 'PartialObjectMetadataList', items: null });
    expect(parseWorkspaceNamespacePage(body, selector).workspaces).toEqual([]);
  });
});

describe('a save from the form', () => {
  it('keeps every field the form does not cover, and the apiserver accepts the patch', async () => {
    const current = await readMlflow();
    const spec = current.spec as InstanceSpec;
    const settings = {
      ...instanceSettingsFromSpec(spec),
      replicas: '3',
      workspaceSelector: 'team=a',
    };
    const next = applyInstanceSettings(spec, settings);
    const patch = buildStoragePatch(current, next);
    // Only the two changed fields, after the resourceVersion guard.
    expect(patch.map((op) => op.path)).toEqual([
      '/metadata/resourceVersion',
      '/spec/replicas',
      '/spec/workspaceLabelSelector',
    ]);
    const result = await admin.patch(`${MLFLOW_PATH}?dryRun=All`, patch);
    expect(result.status).toBe(200);
    const saved = (result.body as MlflowObject).spec;
    expect(saved).toEqual({
      ...spec,
      replicas: 3,
      workspaceLabelSelector: { matchLabels: { team: 'a' } },
    });
  });
});

describe('every instance-settings save, read back', () => {
  /** Each setting the form writes, as the form builds it, saved for real and read back. */
  const SAVES: [string, (settings: ReturnType<typeof instanceSettingsFromSpec>) => object][] = [
    ['replicas and workers', (settings) => ({ ...settings, replicas: '2', workers: '2' })],
    ['resources', (settings) => ({ ...settings, requests: { cpu: '200m', memory: '300Mi' } })],
    ['workspace selector', (settings) => ({ ...settings, workspaceSelector: 'team=a' })],
    [
      'garbage collection',
      (settings) => ({
        ...settings,
        garbageCollection: true,
        gcSchedule: '0 4 * * *',
        gcOlderThan: '30d',
      }),
    ],
    ['CA bundle', (settings) => ({ ...settings, caBundleConfigMap: 'odh-trusted-ca-bundle' })],
    [
      'trace archival',
      (settings) => ({
        ...settings,
        traceArchival: true,
        traceSchedule: '0 */6 * * *',
        traceLocation: 's3://mlflow/traces',
        traceRetention: '30d',
      }),
    ],
    ['node selector', (settings) => ({ ...settings, nodeSelector: [{ key: 'a', value: 'b' }] })],
  ];

  let original: Record<string, unknown>;
  beforeAll(async () => {
    original = (await readMlflow()).spec;
  });
  afterAll(async () => {
    await restoreMlflowSpec(original);
  });

  it.each(SAVES)(
    '%s: the MLflow CR read back holds everything sent, nothing pruned',
    async (_name, edit) => {
      const offers = await installedCrdFields();
      const current = await readMlflow();
      const spec = current.spec as InstanceSpec;
      const settings = edit(instanceSettingsFromSpec(spec)) as ReturnType<
        typeof instanceSettingsFromSpec
      >;
      // What the editor sends: the form's spec, with what this CRD lacks left as it was.
      const next = withoutUnofferedFields(applyInstanceSettings(spec, settings), spec, offers);
      const patch = buildStoragePatch(current, next);
      const result = await admin.patch(MLFLOW_PATH, patch);
      expect(result.status).toBe(200);
      // Every value sent is stored (the CRD may add its defaults, e.g. maxTracesPerPass: 1000).
      const stored = (await readMlflow()).spec;
      expect(stored).toMatchObject(JSON.parse(JSON.stringify(next)) as Record<string, unknown>);
      await restoreMlflowSpec(original);
    },
  );
});
