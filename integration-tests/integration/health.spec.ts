/**
 * The Health card's diagnoses fed from the real apiserver's answers: each known failure is seeded
 * (scripts/stack/seed_health_states.py for what the operator runs, a status write for the CRs'
 * conditions), read with the card's own queries, and recognised; then the healthy demo state is
 * put back.
 */
import { diagnose } from '../../src/core/health/diagnoses';
import type { Diagnosis, HealthInput } from '../../src/core/health/diagnoses';
import type {
  Deployment,
  KubeEvent,
  PersistentVolumeClaim,
  Pod,
} from '../../src/core/health/workload-types';
import type {
  DataScienceCluster,
  MLflowInstance,
  MLflowOperatorComponent,
  StorageClass,
} from '../../src/core/k8s/types';
import { listItems, replaceStatus, seedWorkloadState } from '../support/health-states';
import { MLFLOW_NAMESPACE } from '../support/mlflow-instance';
import { kube } from '../support/stack';

const readHealthInput = async (): Promise<HealthInput & { deployments: Deployment[] }> => {
  const [deployments, pods, operatorPods, pvcs, events, storageClasses, dscs, components, mlflows] =
    await Promise.all([
      listItems<Deployment>('deployments'),
      listItems<Pod>('pods'),
      listItems<Pod>('operatorPods'),
      listItems<PersistentVolumeClaim>('pvcs'),
      listItems<KubeEvent>('events'),
      listItems<StorageClass>('storageClasses'),
      listItems<DataScienceCluster>('dataScienceClusters'),
      listItems<MLflowOperatorComponent>('operatorComponents'),
      listItems<MLflowInstance>('mlflows'),
    ]);
  return {
    deployments,
    mlflowCrdPresent: true,
    dataScienceClusters: dscs,
    operatorComponent: components.find((item) => item.metadata?.name === 'default-mlflowoperator'),
    mlflow: mlflows.find((item) => item.metadata?.name === 'mlflow'),
    pods,
    operatorPods,
    pvc: pvcs.at(0) ?? null,
    events,
    storageClasses,
  };
};

const ids = (diagnoses: readonly Diagnosis[]) => diagnoses.map((diagnosis) => diagnosis.id);

const SERVER_POD = { version: 'v1', kind: 'Pod', namespace: MLFLOW_NAMESPACE };

describe('Health diagnoses on the real apiserver', () => {
  afterAll(() => {
    seedWorkloadState('healthy');
  });

  it('finds nothing wrong in the demo state, which shows a running server and a bound volume', async () => {
    seedWorkloadState('healthy');
    const input = await readHealthInput();
    expect(diagnose(input)).toEqual([]);
    expect(input.deployments[0]?.status?.readyReplicas).toBe(1);
    expect(input.pods?.map((pod) => pod.status?.phase)).toEqual(['Running']);
    expect(input.operatorPods).toHaveLength(1);
    expect(input.pvc?.status).toMatchObject({ phase: 'Bound', capacity: { storage: '5Gi' } });
  });

  it('recognises CrashLoopBackOff with the last line the server wrote', async () => {
    seedWorkloadState('crash-loop');
    const found = diagnose(await readHealthInput());
    expect(ids(found)).toEqual(['crash-loop']);
    expect(found[0]?.subject).toMatchObject(SERVER_POD);
    expect(found[0]?.evidence).toMatch(/^mlflow\.exceptions\.MlflowException: .*s4:\/\//);
    expect(found[0]?.showLogs).toBe(true);
  });

  it('recognises an image that cannot be pulled', async () => {
    seedWorkloadState('image-pull');
    const found = diagnose(await readHealthInput());
    expect(ids(found)).toEqual(['image-pull']);
    expect(found[0]?.evidence).toContain('odh-stabel');
  });

  it('recognises an unreachable database instead of a plain crash', async () => {
    seedWorkloadState('database-unreachable');
    const found = diagnose(await readHealthInput());
    expect(ids(found)).toEqual(['database-unreachable']);
    expect(found[0]?.evidence).toContain('port 5432 failed: Connection refused');
  });

  it('recognises a volume that waits because no StorageClass is the default', async () => {
    seedWorkloadState('no-default-storage-class');
    const input = await readHealthInput();
    // The seeder un-defaulted the StorageClasses, and the apiserver's admission gave the claim none.
    expect(input.pvc?.spec?.storageClassName).toBeUndefined();
    const found = diagnose(input);
    expect(ids(found)).toEqual(['no-default-storage-class']);
    expect(found[0]?.evidence).toBe(
      'no persistent volumes available for this claim and no storage class is set',
    );
  });

  it('recognises the operator missing while the component is Managed', async () => {
    seedWorkloadState('operator-missing');
    const found = diagnose(await readHealthInput());
    expect(ids(found)).toEqual(['operator-not-installed']);
    expect(found[0]?.subject).toMatchObject({ kind: 'DataScienceCluster', name: 'default-dsc' });
    seedWorkloadState('healthy');
  });

  it('recognises a failed migration from the MLflow CR', async () => {
    const message = 'Migration Job mlflow-migrate-2 failed: alembic.util.exc.CommandError';
    const restore = await replaceStatus(
      '/apis/mlflow.opendatahub.io/v1/mlflows/mlflow',
      (status) => ({
        ...status,
        conditions: [
          {
            type: 'Migration',
            status: 'False',
            reason: 'MigrationFailed',
            message,
            lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          },
        ],
      }),
    );
    try {
      const found = diagnose(await readHealthInput());
      expect(found).toEqual([
        {
          id: 'migration-failed',
          subject: {
            group: 'mlflow.opendatahub.io',
            version: 'v1',
            kind: 'MLflow',
            name: 'mlflow',
          },
          evidence: message,
        },
      ]);
    } finally {
      await restore();
    }
  });

  it('recognises the MLflowOperator component not Ready', async () => {
    const restore = await replaceStatus(
      '/apis/components.platform.opendatahub.io/v1alpha1/mlflowoperators/default-mlflowoperator',
      (status) => ({
        ...status,
        phase: 'NotReady',
        conditions: [
          {
            type: 'Ready',
            status: 'False',
            reason: 'Error',
            message: 'failure deploying resources: chart render failed',
            lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
          },
        ],
      }),
    );
    try {
      const found = diagnose(await readHealthInput());
      expect(ids(found)).toEqual(['operator-not-ready']);
      expect(found[0]?.subject).toMatchObject({
        kind: 'MLflowOperator',
        name: 'default-mlflowoperator',
      });
    } finally {
      await restore();
    }
  });

  it('recognises the component Removed while the MLflow CR exists', async () => {
    const path = '/apis/datasciencecluster.opendatahub.io/v2/datascienceclusters/default-dsc';
    const patch = (managementState: string) =>
      kube('admin').patch(
        path,
        { spec: { components: { mlflowoperator: { managementState } } } },
        'application/merge-patch+json',
      );
    expect((await patch('Removed')).status).toBe(200);
    try {
      const found = diagnose(await readHealthInput());
      expect(ids(found)).toEqual(['component-removed-with-instance']);
    } finally {
      expect((await patch('Managed')).status).toBe(200);
    }
  });

  it('is refused to someone without rights in the MLflow namespace, as the card then says', async () => {
    await expect(listItems('pods', 'bob')).rejects.toThrow(/^pods: 403/);
  });
});
