import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { createHash } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';

import * as models from './models';
import {
  ConsoleLinkModel,
  ConsoleOperatorConfigModel,
  ConsolePluginModel,
  ConsoleQuickStartModel,
  DataScienceClusterModel,
  MLflowConfigModel,
  MLflowModel,
  MLflowOperatorModel,
  NotebookModel,
} from './models';

/** The project's copy of the upstream CRDs, roles and samples (see its README). */
const CLUSTER_DATA_DIR = join(__dirname, '../../../test-data/cluster');
const CRD_DIR = join(CLUSTER_DATA_DIR, 'crds');

interface Schema {
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
}
interface Crd {
  spec: {
    group: string;
    scope: 'Cluster' | 'Namespaced';
    names: { kind: string; plural: string };
    versions: { name: string; served: boolean; schema: { openAPIV3Schema: Schema } }[];
  };
}

const crds: Crd[] = readdirSync(CRD_DIR)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => load(readFileSync(join(CRD_DIR, file), 'utf8')) as Crd);

const crdFor = (model: K8sModel) =>
  crds.find((crd) => crd.spec.group === model.apiGroup && crd.spec.names.kind === model.kind);

const schemaAt = (model: K8sModel, path: string): Schema | undefined => {
  const version = crdFor(model)?.spec.versions.find((v) => v.name === model.apiVersion);
  let schema: Schema | undefined = version?.schema.openAPIV3Schema;
  for (const segment of path.split('.')) {
    if (schema?.type === 'array') schema = schema.items;
    schema = schema?.properties?.[segment];
  }
  return schema;
};

/** Every field the plugin reads or writes on these kinds. A rename upstream fails here. */
const FIELDS_USED: [K8sModel, string[]][] = [
  [
    DataScienceClusterModel,
    ['spec.components.mlflowoperator.managementState', 'status.conditions'],
  ],
  [MLflowOperatorModel, ['status.conditions', 'status.phase']],
  [
    MLflowModel,
    [
      'spec.backendStoreUri',
      'spec.backendStoreUriFrom.name',
      'spec.backendStoreUriFrom.key',
      'spec.registryStoreUri',
      'spec.artifactsDestination',
      'spec.defaultArtifactRoot',
      'spec.serveArtifacts',
      'spec.storage.accessModes',
      'spec.storage.resources.requests',
      'spec.storage.storageClassName',
      'spec.envFrom.secretRef.name',
      'spec.workspaceLabelSelector.matchLabels',
      'spec.workspaceLabelSelector.matchExpressions',
      'status.conditions',
      'status.url',
      'status.address.url',
      'status.version',
    ],
  ],
  [MLflowConfigModel, ['spec']],
  [
    ConsoleLinkModel,
    [
      'spec.text',
      'spec.href',
      'spec.location',
      'spec.applicationMenu.section',
      'spec.applicationMenu.imageURL',
    ],
  ],
  [
    ConsolePluginModel,
    [
      'spec.displayName',
      'spec.backend.service',
      'spec.i18n.loadType',
      'spec.proxy.alias',
      'spec.proxy.authorization',
    ],
  ],
  [ConsoleOperatorConfigModel, ['spec.plugins']],
  // Read for its MLflow connection; only metadata.annotations is written.
  [NotebookModel, ['spec.template.spec.containers.env', 'spec.template.spec.serviceAccountName']],
  // Written by the chart (charts/mlflow-console-plugin/templates/consolequickstarts.yaml).
  [
    ConsoleQuickStartModel,
    [
      'spec.accessReviewResources.resource',
      'spec.nextQuickStart',
      'spec.tasks.review.instructions',
      'spec.tasks.summary.success',
    ],
  ],
];

describe('models agree with the CRDs in test-data/cluster/crds', () => {
  it.each(FIELDS_USED.map(([model]) => [model.kind, model] as const))(
    '%s: group, served version, plural and scope match',
    (_kind, model) => {
      const crd = crdFor(model);
      expect(crd).toBeDefined();
      expect(crd!.spec.names.plural).toBe(model.plural);
      expect(crd!.spec.scope).toBe(model.namespaced ? 'Namespaced' : 'Cluster');
      expect(crd!.spec.versions.find((v) => v.name === model.apiVersion)?.served).toBe(true);
    },
  );

  it.each(
    FIELDS_USED.flatMap(([model, paths]) =>
      paths.map((path) => [model.kind, path, model] as const),
    ),
  )('%s has %s', (_kind, path, model) => {
    expect(schemaAt(model, path)).toBeDefined();
  });

  it('would notice a misspelt field', () => {
    expect(schemaAt(MLflowModel, 'spec.backendStoreURI')).toBeUndefined();
  });
});

/** Groups that Kubernetes or OpenShift serve themselves: their kinds have no CRD. */
const BUILT_IN_GROUPS = new Set([
  '',
  'apps',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'project.openshift.io',
  'apiextensions.k8s.io',
  'authentication.k8s.io',
]);

describe('test-data/cluster holds exactly what the models are checked against', () => {
  const allModels = Object.values(models).filter(
    (value): value is K8sModel =>
      typeof value === 'object' && 'kind' in value && 'apiVersion' in value,
  );
  const modelsWithCrd = allModels.filter((model) => !BUILT_IN_GROUPS.has(model.apiGroup ?? ''));

  it('has a CRD for every model of a group that is not built in, and no other CRD', () => {
    const crdKinds = crds.map((crd) => `${crd.spec.names.kind}.${crd.spec.group}`).sort();
    const modelKinds = modelsWithCrd.map((model) => `${model.kind}.${model.apiGroup ?? ''}`).sort();
    expect(modelKinds.length).toBeGreaterThan(0);
    expect(crdKinds).toEqual(modelKinds);
  });

  it('checks the fields of every model that has a CRD', () => {
    const checked = FIELDS_USED.map(([model]) => model.kind).sort();
    expect(checked).toEqual(modelsWithCrd.map((model) => model.kind).sort());
  });

  it('names in its README every file it holds, with where it came from, its licence and checksum', () => {
    const readme = readFileSync(join(CLUSTER_DATA_DIR, 'README.md'), 'utf8');
    const rows = new Map(
      readme
        .split('\n')
        .filter((line) => line.startsWith('| `'))
        .map((line) => {
          const cells = line.split('|').map((cell) => cell.trim());
          return [cells[1].replace(/`/g, ''), cells] as const;
        }),
    );
    const files = readdirSync(CLUSTER_DATA_DIR, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.yaml'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect([...rows.keys()].sort()).toEqual(files);
    for (const file of files) {
      const [, , , upstream, source, licence, checksum] = rows.get(file) ?? [];
      expect({ file, upstream: upstream.length > 0, source: source.length > 0 }).toEqual({
        file,
        upstream: true,
        source: true,
      });
      expect({ file, licence }).toEqual({ file, licence: 'Apache-2.0' });
      const sha256 = createHash('sha256')
        .update(readFileSync(join(CLUSTER_DATA_DIR, file)))
        .digest('hex');
      expect({ file, checksum }).toEqual({ file, checksum: `\`${sha256.slice(0, 12)}\`` });
    }
  });
});
