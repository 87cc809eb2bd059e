import type { InstanceSpec } from './instance-settings';
import { validateInstanceSpec } from './instance-validation';

const VALID: InstanceSpec = {
  backendStoreUri: 'sqlite:////mlflow/mlflow.db',
  storage: { resources: { requests: { storage: '5Gi' } } },
  artifactsDestination: 'file:///mlflow/artifacts',
  serveArtifacts: true,
  replicas: 2,
  workers: 2,
  resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: 1, memory: '1Gi' } },
  workspaceLabelSelector: { matchLabels: { team: 'a' } },
  garbageCollection: { schedule: '0 3 * * *', olderThan: '1d12h' },
  caBundleConfigMap: { name: 'ca' },
  traceArchival: { enabled: true, location: 's3://b/t', retention: '30d', maxTracesPerPass: 10 },
  nodeSelector: { 'kubernetes.io/arch': 'amd64' },
  tolerations: [{ operator: 'Exists' }, { key: 'k', operator: 'Equal', value: 'v' }],
};

const rulesOf = (changes: Record<string, unknown>) =>
  validateInstanceSpec({ ...VALID, ...changes }).map((issue) => [issue.rule, issue.field]);

describe('validateInstanceSpec', () => {
  it('accepts a spec that sets every field validly', () => {
    expect(validateInstanceSpec(VALID)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, [string, string][]]>([
    ['replicas 0', { replicas: 0 }, [['replicas-minimum', 'replicas']]],
    ['replicas as text', { replicas: 'two' }, [['replicas-minimum', 'replicas']]],
    ['workers 1.5', { workers: 1.5 }, [['workers-minimum', 'workers']]],
    [
      'a memory limit in MB',
      { resources: { limits: { memory: '512MB' } } },
      [['resource-quantity', 'resources.limits.memory']],
    ],
    [
      'a request above its limit',
      { resources: { requests: { cpu: '2' }, limits: { cpu: '1500m' } } },
      [['resource-request-above-limit', 'resources.requests.cpu']],
    ],
    [
      'a selector with a bad key',
      { workspaceLabelSelector: { matchLabels: { 'a b': 'x' } } },
      [['workspace-selector-valid', 'workspaceLabelSelector']],
    ],
    [
      'garbage collection without a schedule',
      { garbageCollection: { schedule: '' } },
      [['gc-schedule-required', 'garbageCollection.schedule']],
    ],
    [
      'garbage collection age in words',
      { garbageCollection: { schedule: 'x', olderThan: '2 days' } },
      [['gc-older-than-format', 'garbageCollection.olderThan']],
    ],
    [
      'a CA bundle without name',
      { caBundleConfigMap: { name: '' } },
      [['ca-bundle-name-required', 'caBundleConfigMap']],
    ],
    [
      'archival on with an emptied schedule',
      { traceArchival: { enabled: true, schedule: '', location: 's3://b', retention: '1d' } },
      [['trace-schedule-required', 'traceArchival.schedule']],
    ],
    [
      'archival on without location or retention',
      { traceArchival: { enabled: true } },
      [
        ['trace-location-required', 'traceArchival.location'],
        ['trace-retention-required', 'traceArchival.retention'],
      ],
    ],
    [
      'a file:// archive without a volume',
      {
        storage: undefined,
        backendStoreUri: 'postgresql://h/db',
        artifactsDestination: 's3://b',
        traceArchival: { location: 'file:///t' },
      },
      [['trace-location-needs-storage', 'traceArchival.location']],
    ],
    [
      'retention in weeks',
      { traceArchival: { retention: '2w' } },
      [['trace-retention-format', 'traceArchival.retention']],
    ],
    [
      'no traces per pass',
      { traceArchival: { maxTracesPerPass: 0 } },
      [['trace-max-traces-minimum', 'traceArchival.maxTracesPerPass']],
    ],
    [
      'a node selector value of 64 characters and a bad key',
      { nodeSelector: { 'a b': 'v'.repeat(64) } },
      [
        ['node-selector-value-length', 'nodeSelector'],
        ['node-selector-key', 'nodeSelector'],
      ],
    ],
    [
      'tolerations the Pod would refuse',
      {
        tolerations: [
          { key: 'k', operator: 'Maybe' },
          { key: 'k', operator: 'Exists', effect: 'Never', value: 'v' },
          { operator: 'Equal' },
          { key: 'k', operator: 'Exists', tolerationSeconds: 1.5 },
        ],
      },
      [
        ['toleration-operator', 'tolerations[0]'],
        ['toleration-effect', 'tolerations[1]'],
        ['toleration-key-or-exists', 'tolerations[2]'],
        ['toleration-exists-without-value', 'tolerations[1]'],
        ['toleration-seconds-integer', 'tolerations[3]'],
      ],
    ],
    [
      'artifacts neither served nor rooted',
      { serveArtifacts: false, artifactsDestination: undefined },
      [['default-artifact-root-required', 'defaultArtifactRoot']],
    ],
  ])('flags %s', (_name, changes, expected) => {
    expect(rulesOf(changes)).toEqual(expected);
  });
});
