import {
  deriveMigrationState,
  recentWarningEvents,
  summarizeDeployment,
  summarizePod,
  summarizePvc,
} from './workload-summary';
import type { KubeEvent, Pod } from './workload-types';

const pod = (name: string, restartCount: number): Pod => ({
  metadata: { name },
  spec: { containers: [{ name: 'mlflow' }, { name: 'proxy' }] },
  status: {
    phase: 'Running',
    containerStatuses: [
      {
        name: 'mlflow',
        ready: false,
        restartCount,
        state: { waiting: { reason: 'CrashLoopBackOff' } },
        lastState: { terminated: { reason: 'OOMKilled', exitCode: 137 } },
      },
      { name: 'proxy', ready: true, restartCount: 1 },
    ],
  },
});

describe('summarizeDeployment', () => {
  it('counts ready of desired replicas, the mlflow container’s image and every Pod’s restarts', () => {
    const summary = summarizeDeployment(
      {
        metadata: { name: 'mlflow', creationTimestamp: '2026-12-01T00:00:00Z' },
        spec: {
          template: {
            spec: {
              containers: [
                { name: 'sidecar', image: 'x' },
                { name: 'mlflow', image: 'quay.io/m:1' },
              ],
            },
          },
        },
        status: { readyReplicas: 1 },
      },
      [pod('a', 3), pod('b', 0)],
    );
    expect(summary).toEqual({
      name: 'mlflow',
      readyReplicas: 1,
      desiredReplicas: 1,
      image: 'quay.io/m:1',
      restarts: 5,
      createdAt: '2026-12-01T00:00:00Z',
    });
  });
});

describe('summarizePod', () => {
  it('reports the waiting reason, readiness and how the last run ended', () => {
    expect(summarizePod(pod('a', 4))).toMatchObject({
      phase: 'Running',
      readyContainers: 1,
      containers: 2,
      restarts: 5,
      waitingReason: 'CrashLoopBackOff',
      lastTermination: { reason: 'OOMKilled', exitCode: 137 },
    });
  });
});

describe('summarizePvc', () => {
  it('says whether the claim is bound and its capacity', () => {
    expect(
      summarizePvc({ status: { phase: 'Bound', capacity: { storage: '5Gi' } } }),
    ).toMatchObject({
      bound: true,
      capacity: '5Gi',
    });
    expect(summarizePvc({ spec: { resources: { requests: { storage: '5Gi' } } } })).toMatchObject({
      phase: 'Pending',
      bound: false,
      capacity: undefined,
      requested: '5Gi',
    });
  });
});

describe('deriveMigrationState', () => {
  const withMigration = (status: 'True' | 'False', reason: string) => ({
    status: { conditions: [{ type: 'Migration', status, reason, message: 'm' }] },
  });
  it('reads the Migration condition', () => {
    expect(deriveMigrationState(undefined).kind).toBe('not-reported');
    expect(deriveMigrationState(withMigration('True', 'MigrationSucceeded')).kind).toBe(
      'succeeded',
    );
    expect(deriveMigrationState(withMigration('False', 'MigrationFailed')).kind).toBe('failed');
    expect(deriveMigrationState(withMigration('False', 'MigrationRunning')).kind).toBe(
      'in-progress',
    );
  });
});

describe('recentWarningEvents', () => {
  const event = (kind: string, name: string, time: string, type = 'Warning'): KubeEvent => ({
    type,
    involvedObject: { kind, name },
    lastTimestamp: time,
  });
  it('keeps the warnings of the card’s objects, newest first', () => {
    const events = [
      event('Pod', 'a', '2026-12-01T00:00:01Z'),
      event('PersistentVolumeClaim', 'mlflow-pvc', '2026-12-01T00:00:03Z'),
      event('ReplicaSet', 'mlflow-6b8d9c7f5', '2026-12-01T00:00:02Z'),
      event('Pod', 'dashboard-1', '2026-12-01T00:00:04Z'),
      event('Pod', 'a', '2026-12-01T00:00:05Z', 'Normal'),
    ];
    expect(
      recentWarningEvents(events, [pod('a', 0)]).map((found) => found.involvedObject?.name),
    ).toEqual(['mlflow-pvc', 'mlflow-6b8d9c7f5', 'a']);
  });
});
