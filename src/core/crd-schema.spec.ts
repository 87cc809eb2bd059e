import type { K8sModel } from '@openshift-console/dynamic-plugin-sdk';
import { readdirSync, readFileSync } from 'fs';
import { load } from 'js-yaml';
import { join } from 'path';

import {
  ConsoleLinkModel,
  ConsoleOperatorConfigModel,
  ConsolePluginModel,
  DataScienceClusterModel,
  MLflowConfigModel,
  MLflowModel,
  MLflowOperatorModel,
} from './models';

/** The CRDs the real operators install, from the shared reference folder beside the project. */
const CRD_DIR = join(__dirname, '../../../shared/crds');

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
];

describe('models agree with the CRDs in ../shared/crds', () => {
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
