import {
  diagnose,
  diagnoseComponentRemovedWithInstance,
  diagnoseCrashLoop,
  diagnoseDatabaseUnreachable,
  diagnoseImagePull,
  diagnoseMigrationFailed,
  diagnoseNoDefaultStorageClass,
  diagnoseOperatorNotInstalled,
  diagnoseOperatorNotReady,
  lastLine,
} from './diagnoses';
import type { HealthInput } from './diagnoses';
import type { ContainerStatus, KubeEvent, PersistentVolumeClaim, Pod } from './workload-types';

const NS = 'redhat-ods-applications';

const dsc = (managementState?: 'Managed' | 'Removed', readyMessage?: string) => ({
  metadata: { name: 'default-dsc' },
  spec: { components: { mlflowoperator: managementState ? { managementState } : {} } },
  status: {
    conditions: readyMessage
      ? [
          {
            type: 'MLflowOperatorReady',
            status: 'False' as const,
            reason: 'Error',
            message: readyMessage,
          },
        ]
      : [],
  },
});

const mlflow = (
  conditions = [] as NonNullable<NonNullable<HealthInput['mlflow']>['status']>['conditions'],
) => ({
  metadata: { name: 'mlflow' },
  spec: { storage: { resources: { requests: { storage: '5Gi' } } } },
  status: { conditions },
});

const pod = (name: string, status: Partial<ContainerStatus>): Pod => ({
  metadata: { name, namespace: NS, labels: { app: 'mlflow' } },
  spec: { containers: [{ name: 'mlflow' }] },
  status: { phase: 'Running', containerStatuses: [{ name: 'mlflow', ready: false, ...status }] },
});

const crashLooping = (message: string) =>
  pod('mlflow-abc', {
    restartCount: 7,
    state: {
      waiting: { reason: 'CrashLoopBackOff', message: 'back-off 5m0s restarting failed container' },
    },
    lastState: { terminated: { reason: 'Error', exitCode: 1, message } },
  });

const healthy: HealthInput = {
  mlflowCrdPresent: true,
  dataScienceClusters: [dsc('Managed')],
  operatorComponent: {
    status: { conditions: [{ type: 'Ready', status: 'True', reason: 'Ready' }] },
  },
  mlflow: mlflow([
    { type: 'Migration', status: 'True', reason: 'MigrationSucceeded', message: 'ok' },
  ]),
  pods: [pod('mlflow-abc', { ready: true, state: { running: {} } })],
  operatorPods: [
    pod('mlflow-operator-controller-manager-1', { ready: true, state: { running: {} } }),
  ],
  pvc: { metadata: { name: 'mlflow-pvc', namespace: NS }, status: { phase: 'Bound' } },
  events: [],
  storageClasses: [],
};

const pendingPvc: PersistentVolumeClaim = {
  metadata: { name: 'mlflow-pvc', namespace: NS },
  spec: { resources: { requests: { storage: '5Gi' } } },
  status: { phase: 'Pending' },
};

const warning = (kind: string, name: string, reason: string, message: string): KubeEvent => ({
  type: 'Warning',
  reason,
  message,
  involvedObject: { kind, name, namespace: NS },
});

describe('a healthy MLflow', () => {
  it('has no diagnosis', () => {
    expect(diagnose(healthy)).toEqual([]);
  });
});

describe('no default StorageClass', () => {
  it('is recognised on a Pending claim without a class, with the binder event as evidence', () => {
    const message = 'no persistent volumes available for this claim and no storage class is set';
    const found = diagnoseNoDefaultStorageClass({
      ...healthy,
      pvc: pendingPvc,
      events: [warning('PersistentVolumeClaim', 'mlflow-pvc', 'FailedBinding', message)],
    });
    expect(found).toEqual([
      {
        id: 'no-default-storage-class',
        subject: {
          version: 'v1',
          kind: 'PersistentVolumeClaim',
          name: 'mlflow-pvc',
          namespace: NS,
        },
        evidence: message,
      },
    ]);
  });

  it('is not said of a Bound claim, a claim that names its class, or when a default exists', () => {
    expect(diagnoseNoDefaultStorageClass(healthy)).toEqual([]);
    expect(
      diagnoseNoDefaultStorageClass({
        ...healthy,
        pvc: { ...pendingPvc, spec: { storageClassName: 'slow' } },
      }),
    ).toEqual([]);
    expect(
      diagnoseNoDefaultStorageClass({
        ...healthy,
        pvc: pendingPvc,
        storageClasses: [
          {
            metadata: {
              name: 'gp3',
              annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
            },
          },
        ],
      }),
    ).toEqual([]);
    expect(diagnoseNoDefaultStorageClass({ ...healthy, pvc: null })).toEqual([]);
  });
});

describe('CrashLoopBackOff', () => {
  it('is recognised with the last line the container wrote, and leads to its logs', () => {
    const found = diagnoseCrashLoop({
      ...healthy,
      pods: [
        crashLooping('Traceback (most recent call last):\n  ...\nKeyError: MLFLOW_S3_ENDPOINT\n'),
      ],
    });
    expect(found).toEqual([
      {
        id: 'crash-loop',
        subject: { version: 'v1', kind: 'Pod', name: 'mlflow-abc', namespace: NS },
        evidence: 'KeyError: MLFLOW_S3_ENDPOINT',
        showLogs: true,
      },
    ]);
  });

  it('falls back to the termination reason and exit code without a message', () => {
    const found = diagnoseCrashLoop({
      ...healthy,
      pods: [
        pod('mlflow-abc', {
          state: { waiting: { reason: 'CrashLoopBackOff' } },
          lastState: { terminated: { reason: 'OOMKilled', exitCode: 137 } },
        }),
      ],
    });
    expect(found[0]?.evidence).toBe('OOMKilled (exit code 137)');
  });

  it('is not said of a running Pod, nor of a crash that is a database error', () => {
    expect(diagnoseCrashLoop(healthy)).toEqual([]);
    expect(
      diagnoseCrashLoop({
        ...healthy,
        pods: [
          crashLooping(
            'psycopg2.OperationalError: could not connect to server: Connection refused',
          ),
        ],
      }),
    ).toEqual([]);
  });
});

describe('image pull errors', () => {
  it.each(['ErrImagePull', 'ImagePullBackOff'])(
    'recognises %s with the kubelet message',
    (reason) => {
      const message = 'Back-off pulling image "quay.io/opendatahub/mlflow:nope"';
      const found = diagnoseImagePull({
        ...healthy,
        pods: [
          pod('mlflow-abc', {
            image: 'quay.io/opendatahub/mlflow:nope',
            state: { waiting: { reason, message } },
          }),
        ],
      });
      expect(found).toEqual([
        {
          id: 'image-pull',
          subject: { version: 'v1', kind: 'Pod', name: 'mlflow-abc', namespace: NS },
          evidence: message,
        },
      ]);
    },
  );

  it('is not said of a Pod waiting for another reason', () => {
    expect(
      diagnoseImagePull({
        ...healthy,
        pods: [pod('mlflow-abc', { state: { waiting: { reason: 'ContainerCreating' } } })],
      }),
    ).toEqual([]);
  });
});

describe('database unreachable', () => {
  it('is recognised from the termination message', () => {
    const found = diagnoseDatabaseUnreachable({
      ...healthy,
      pods: [
        crashLooping(
          'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) could not translate host name "db" to address',
        ),
      ],
    });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'database-unreachable', showLogs: true });
    expect(found[0]?.evidence).toContain('could not translate host name');
  });

  it('is recognised from a Warning event of the Pod', () => {
    const found = diagnoseDatabaseUnreachable({
      ...healthy,
      pods: [pod('mlflow-abc', { state: { running: {} } })],
      events: [
        warning(
          'Pod',
          'mlflow-abc',
          'BackOff',
          "pymysql.err.OperationalError: (2003, \"Can't connect to MySQL server on 'db'\")",
        ),
      ],
    });
    expect(found.map((diagnosis) => diagnosis.id)).toEqual(['database-unreachable']);
  });

  it('is not said of other crashes or of other Pods’ events', () => {
    expect(
      diagnoseDatabaseUnreachable({ ...healthy, pods: [crashLooping('KeyError: x')] }),
    ).toEqual([]);
    expect(
      diagnoseDatabaseUnreachable({
        ...healthy,
        events: [warning('Pod', 'someone-else', 'BackOff', 'could not connect to server')],
      }),
    ).toEqual([]);
  });
});

describe('failed migration', () => {
  it('is recognised from the CR’s Migration condition', () => {
    const found = diagnoseMigrationFailed({
      ...healthy,
      mlflow: mlflow([
        {
          type: 'Migration',
          status: 'False',
          reason: 'MigrationFailed',
          message: 'Job mlflow-migrate-2 failed',
        },
      ]),
    });
    expect(found).toEqual([
      {
        id: 'migration-failed',
        subject: { group: 'mlflow.opendatahub.io', version: 'v1', kind: 'MLflow', name: 'mlflow' },
        evidence: 'Job mlflow-migrate-2 failed',
      },
    ]);
  });

  it('is not said of a migration that succeeded or is running', () => {
    expect(diagnoseMigrationFailed(healthy)).toEqual([]);
    expect(
      diagnoseMigrationFailed({
        ...healthy,
        mlflow: mlflow([
          { type: 'Migration', status: 'False', reason: 'MigrationRunning', message: '' },
        ]),
      }),
    ).toEqual([]);
  });
});

describe('operator not installed', () => {
  it('is recognised when the component is Managed but the MLflow CRD is missing', () => {
    const found = diagnoseOperatorNotInstalled({
      ...healthy,
      mlflowCrdPresent: false,
      mlflow: undefined,
    });
    expect(found).toEqual([
      {
        id: 'operator-not-installed',
        subject: {
          group: 'datasciencecluster.opendatahub.io',
          version: 'v2',
          kind: 'DataScienceCluster',
          name: 'default-dsc',
        },
        evidence: undefined,
      },
    ]);
  });

  it('is recognised when no operator Pod runs', () => {
    expect(diagnoseOperatorNotInstalled({ ...healthy, operatorPods: [] })).toHaveLength(1);
  });

  it('is not said when the Pods could not be read, when switched off, or when not-Ready says more', () => {
    expect(diagnoseOperatorNotInstalled({ ...healthy, operatorPods: undefined })).toEqual([]);
    expect(
      diagnoseOperatorNotInstalled({
        ...healthy,
        dataScienceClusters: [dsc('Removed')],
        operatorPods: [],
      }),
    ).toEqual([]);
    expect(
      diagnoseOperatorNotInstalled({
        ...healthy,
        mlflowCrdPresent: false,
        dataScienceClusters: [dsc('Managed', 'install failed')],
      }),
    ).toEqual([]);
  });
});

describe('component Removed while the MLflow CR exists', () => {
  it('is recognised for Removed and for an absent state', () => {
    expect(
      diagnoseComponentRemovedWithInstance({ ...healthy, dataScienceClusters: [dsc('Removed')] }),
    ).toMatchObject([{ id: 'component-removed-with-instance' }]);
    expect(
      diagnoseComponentRemovedWithInstance({ ...healthy, dataScienceClusters: [dsc()] }),
    ).toHaveLength(1);
  });

  it('is not said when Managed or when there is no CR', () => {
    expect(diagnoseComponentRemovedWithInstance(healthy)).toEqual([]);
    expect(
      diagnoseComponentRemovedWithInstance({
        ...healthy,
        dataScienceClusters: [dsc('Removed')],
        mlflow: undefined,
      }),
    ).toEqual([]);
  });
});

describe('MLflowOperator not Ready', () => {
  it('is recognised from the component CR, leading to it', () => {
    const found = diagnoseOperatorNotReady({
      ...healthy,
      operatorComponent: {
        status: {
          conditions: [
            { type: 'Ready', status: 'False', reason: 'Error', message: 'chart render failed' },
          ],
        },
      },
    });
    expect(found).toEqual([
      {
        id: 'operator-not-ready',
        subject: {
          group: 'components.platform.opendatahub.io',
          version: 'v1alpha1',
          kind: 'MLflowOperator',
          name: 'default-mlflowoperator',
        },
        evidence: 'chart render failed',
      },
    ]);
  });

  it('is not said of Ready, nor of the Removed reason right after switching on', () => {
    expect(diagnoseOperatorNotReady(healthy)).toEqual([]);
    expect(
      diagnoseOperatorNotReady({
        ...healthy,
        operatorComponent: {
          status: { conditions: [{ type: 'Ready', status: 'False', reason: 'Removed' }] },
        },
      }),
    ).toEqual([]);
  });
});

describe('lastLine', () => {
  it('takes the last non-empty line', () => {
    expect(lastLine('a\nb\n\n  ')).toBe('b');
    expect(lastLine(undefined)).toBeUndefined();
  });
});
