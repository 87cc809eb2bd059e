/**
 * The status summary and the Health card agree on each health state the stack seeds
 * (scripts/stack/seed_health_states.py): whatever the card diagnoses, the summary of an MLflow
 * whose conditions still say "available" is degraded by it, and only the healthy state keeps it.
 * The inputs below are the seeded objects as the card reads them.
 */
import type { MlflowStatus } from '@/core/instance/mlflow-status';

import { diagnose } from './diagnoses';
import type { HealthInput } from './diagnoses';
import { healthDegradation, healthVerdict } from './health-verdict';
import type { PartReading, ReplicaCount } from './health-verdict';
import type { ContainerStatus, KubeEvent, Pod } from './workload-types';

const NS = 'redhat-ods-applications';
const SERVER_POD = 'mlflow-6b8d9c7f5-k2x7p';
const BAD_IMAGE = 'quay.io/opendatahub/mlflow:odh-stabel';

const SEEDED_STATES = [
  'healthy',
  'crash-loop',
  'image-pull',
  'database-unreachable',
  'no-default-storage-class',
  'operator-missing',
] as const;
type SeededState = (typeof SEEDED_STATES)[number];

const serverPod = (phase: string, container?: Partial<ContainerStatus>): Pod => ({
  metadata: { name: SERVER_POD, namespace: NS, labels: { app: 'mlflow' } },
  spec: { containers: [{ name: 'mlflow' }] },
  status: {
    phase,
    containerStatuses: container ? [{ name: 'mlflow', ready: false, ...container }] : undefined,
  },
});

const crashLooping = (message: string) =>
  serverPod('Running', {
    restartCount: 6,
    state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 2m40s restarting' } },
    lastState: { terminated: { reason: 'Error', exitCode: 1, message } },
  });

const SERVER_PODS: Record<SeededState, Pod> = {
  healthy: serverPod('Running', { ready: true, state: { running: {} } }),
  'crash-loop': crashLooping(
    "mlflow.exceptions.MlflowException: Could not find the artifact repository for the scheme 's4'",
  ),
  'image-pull': serverPod('Pending', {
    state: {
      waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${BAD_IMAGE}"` },
    },
  }),
  'database-unreachable': crashLooping(
    'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at ' +
      '"postgres.mlflow-db.svc" (172.30.41.7), port 5432 failed: Connection refused',
  ),
  'no-default-storage-class': serverPod('Pending'),
  'operator-missing': serverPod('Running', { ready: true, state: { running: {} } }),
};

const warning = (kind: string, name: string, reason: string, message: string): KubeEvent => ({
  type: 'Warning',
  reason,
  message,
  involvedObject: { kind, name, namespace: NS },
});

const EVENTS: Partial<Record<SeededState, KubeEvent[]>> = {
  'image-pull': [warning('Pod', SERVER_POD, 'Failed', `Failed to pull image "${BAD_IMAGE}"`)],
  'no-default-storage-class': [
    warning(
      'PersistentVolumeClaim',
      'mlflow-pvc',
      'FailedBinding',
      'no persistent volumes available for this claim and no storage class is set',
    ),
  ],
};

const seeded = (state: SeededState): { input: HealthInput; replicas: ReplicaCount } => {
  const pending = state === 'no-default-storage-class';
  return {
    input: {
      mlflowCrdPresent: true,
      dataScienceClusters: [
        {
          metadata: { name: 'default-dsc' },
          spec: { components: { mlflowoperator: { managementState: 'Managed' } } },
          status: { conditions: [] },
        },
      ],
      operatorComponent: {
        status: { conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }] },
      },
      mlflow: { metadata: { name: 'mlflow' }, status: { conditions: [] } },
      pods: [SERVER_PODS[state]],
      operatorPods:
        state === 'operator-missing'
          ? []
          : [
              {
                metadata: { name: 'mlflow-operator-controller-manager-5c7d8b9f6-h4m2n' },
                status: { phase: 'Running' },
              },
            ],
      pvc: {
        metadata: { name: 'mlflow-pvc', namespace: NS },
        spec: pending ? {} : { storageClassName: 'gp3-csi' },
        status: { phase: pending ? 'Pending' : 'Bound' },
      },
      events: EVENTS[state] ?? [],
      storageClasses: pending
        ? [{ metadata: { name: 'gp3-csi' } }]
        : [
            {
              metadata: {
                name: 'gp3-csi',
                annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
              },
            },
          ],
    },
    // The server Deployment: 1 desired, ready only when healthy (and with the operator gone).
    replicas: { desired: 1, ready: state === 'healthy' || state === 'operator-missing' ? 1 : 0 },
  };
};

/** Every part of the card read (Deployments, Pods, PVC, events, storage classes). */
const EVERY_PART_READ: PartReading[] = Array.from({ length: 5 }, () => ({
  loaded: true,
  failed: false,
}));

/** What the MLflow CR's conditions alone say while the seeded trouble goes on: still available. */
const AVAILABLE: MlflowStatus = { kind: 'available', dscName: 'default-dsc', version: '3.17.2' };

/** The diagnosis the Health card leads with in each failing state. */
const EXPECTED_DIAGNOSIS: Record<Exclude<SeededState, 'healthy'>, string> = {
  'crash-loop': 'crash-loop',
  'image-pull': 'image-pull',
  'database-unreachable': 'database-unreachable',
  'no-default-storage-class': 'no-default-storage-class',
  'operator-missing': 'operator-not-installed',
};

describe('the status summary and the Health card, on each seeded health state', () => {
  it('covers every state the stack seeds', () => {
    expect(['healthy', ...Object.keys(EXPECTED_DIAGNOSIS)].sort()).toEqual(
      [...SEEDED_STATES].sort(),
    );
  });

  it('keeps MLflow available only while the card finds it healthy', () => {
    const { input, replicas } = seeded('healthy');
    const verdict = healthVerdict(EVERY_PART_READ, diagnose(input), replicas);
    expect(verdict).toEqual({ kind: 'healthy' });
    expect(healthDegradation(AVAILABLE, verdict)).toBeUndefined();
  });

  it.each(Object.entries(EXPECTED_DIAGNOSIS))(
    'degrades the summary by what the card shows in state %s',
    (state, diagnosisId) => {
      const { input, replicas } = seeded(state as SeededState);
      const verdict = healthVerdict(EVERY_PART_READ, diagnose(input), replicas);
      // The card shows a problem, and it is the one the summary gives as its reason.
      expect(verdict.kind).toBe('problems');
      const shown = verdict.kind === 'problems' ? verdict.diagnoses.map(({ id }) => id) : [];
      expect(shown).toContain(diagnosisId);
      const degradation = healthDegradation(AVAILABLE, verdict);
      expect(degradation?.kind).toBe('diagnosis');
      expect(degradation?.kind === 'diagnosis' ? degradation.diagnosis.id : undefined).toBe(
        shown[0],
      );
    },
  );
});
