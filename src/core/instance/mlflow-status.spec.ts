import type { Condition, DataScienceCluster, MLflowInstance } from '@/core/k8s/types';

import { deriveComponentStateLine, deriveMlflowStatus } from './mlflow-status';

const condition = (type: string, status: Condition['status'], message?: string): Condition => ({
  type,
  status,
  reason: `${type}${status}`,
  message,
});

const dsc = (
  managementState?: 'Managed' | 'Removed',
  conditions: Condition[] = [],
): DataScienceCluster => ({
  metadata: { name: 'default-dsc' },
  spec: { components: managementState ? { mlflowoperator: { managementState } } : {} },
  status: { conditions },
});

const mlflow = (conditions: Condition[]): MLflowInstance => ({
  metadata: { name: 'mlflow' },
  status: { conditions, version: '3.18.0', url: 'https://mlflow.apps.example.com/mlflow' },
});

const installed = { dscCrdPresent: true, mlflowCrdPresent: true };

describe('deriveMlflowStatus', () => {
  it('says OpenShift AI is missing when neither CRD exists', () => {
    expect(
      deriveMlflowStatus({
        dscCrdPresent: false,
        mlflowCrdPresent: false,
        dataScienceClusters: [],
      }),
    ).toEqual({ kind: 'not-installed', reason: 'no-openshift-ai' });
  });

  it('says no DataScienceCluster exists when the CRD is there but no object', () => {
    expect(deriveMlflowStatus({ ...installed, dataScienceClusters: [] })).toEqual({
      kind: 'not-installed',
      reason: 'no-dsc',
    });
  });

  it('refuses to guess between several DataScienceClusters', () => {
    const other = { ...dsc('Managed'), metadata: { name: 'second' } };
    expect(
      deriveMlflowStatus({ ...installed, dataScienceClusters: [dsc('Managed'), other] }),
    ).toEqual({
      kind: 'ambiguous-dsc',
      names: ['default-dsc', 'second'],
    });
  });

  it.each([['Removed' as const], [undefined]])('is disabled when the component is %s', (state) => {
    expect(deriveMlflowStatus({ ...installed, dataScienceClusters: [dsc(state)] })).toMatchObject({
      kind: 'disabled',
      managementState: state,
    });
  });

  it('is starting when Managed but the operator has not installed its CRD yet', () => {
    expect(
      deriveMlflowStatus({
        dscCrdPresent: true,
        mlflowCrdPresent: false,
        dataScienceClusters: [dsc('Managed')],
      }),
    ).toMatchObject({ kind: 'starting' });
  });

  it('is degraded when the operator reports it cannot become ready', () => {
    const ready = condition('MLflowOperatorReady', 'False', 'image pull failed');
    expect(
      deriveMlflowStatus({
        dscCrdPresent: true,
        mlflowCrdPresent: false,
        dataScienceClusters: [dsc('Managed', [ready])],
      }),
    ).toEqual({ kind: 'degraded', dscName: 'default-dsc', condition: ready });
  });

  it('asks for an instance when Managed with no MLflow CR', () => {
    expect(deriveMlflowStatus({ ...installed, dataScienceClusters: [dsc('Managed')] })).toEqual({
      kind: 'no-instance',
      dscName: 'default-dsc',
    });
  });

  it('is available with version and URL when the instance says Available', () => {
    expect(
      deriveMlflowStatus({
        ...installed,
        dataScienceClusters: [dsc('Managed')],
        mlflow: mlflow([condition('Available', 'True')]),
      }),
    ).toEqual({
      kind: 'available',
      dscName: 'default-dsc',
      version: '3.18.0',
      url: 'https://mlflow.apps.example.com/mlflow',
    });
  });

  it('is degraded, with the reason, when the instance reports Degraded', () => {
    const degraded = condition('Degraded', 'True', 'database unreachable');
    expect(
      deriveMlflowStatus({
        ...installed,
        dataScienceClusters: [dsc('Managed')],
        mlflow: mlflow([condition('Available', 'True'), degraded]),
      }),
    ).toEqual({ kind: 'degraded', dscName: 'default-dsc', condition: degraded });
  });

  it('is starting while the instance is progressing', () => {
    const progressing = condition('Progressing', 'True', 'rolling out');
    expect(
      deriveMlflowStatus({
        ...installed,
        dataScienceClusters: [dsc('Managed')],
        mlflow: mlflow([condition('Available', 'False'), progressing]),
      }),
    ).toEqual({ kind: 'starting', dscName: 'default-dsc', condition: progressing });
  });

  it('is starting when the instance reports no conditions yet', () => {
    expect(
      deriveMlflowStatus({
        ...installed,
        dataScienceClusters: [dsc('Managed')],
        mlflow: mlflow([]),
      }),
    ).toMatchObject({ kind: 'starting' });
  });

  it('is degraded when unavailable and not progressing', () => {
    const unavailable = condition('Available', 'False', 'no ready pods');
    expect(
      deriveMlflowStatus({
        ...installed,
        dataScienceClusters: [dsc('Managed')],
        mlflow: mlflow([unavailable, condition('Progressing', 'False')]),
      }),
    ).toEqual({ kind: 'degraded', dscName: 'default-dsc', condition: unavailable });
  });

  it('is starting, not degraded, while the operator still reports the old Removed state', () => {
    const removed = { ...condition('MLflowOperatorReady', 'False'), reason: 'Removed' };
    expect(
      deriveMlflowStatus({
        dscCrdPresent: true,
        mlflowCrdPresent: false,
        dataScienceClusters: [dsc('Managed', [removed])],
      }),
    ).toEqual({ kind: 'starting', dscName: 'default-dsc', condition: removed });
  });

  it('is degraded, not waiting for an instance, when the operator component is not ready', () => {
    const notReady = condition('Ready', 'False', 'deployment mlflow-operator has 0 ready replicas');
    expect(
      deriveMlflowStatus({
        ...installed,
        dataScienceClusters: [dsc('Managed')],
        operatorComponent: {
          metadata: { name: 'default-mlflowoperator' },
          status: { conditions: [notReady] },
        },
      }),
    ).toEqual({ kind: 'degraded', dscName: 'default-dsc', condition: notReady });
  });

  it('is degraded when the database migration failed, even though the pod is available', () => {
    const migration = {
      ...condition('Migration', 'False', 'alembic upgrade failed'),
      reason: 'MigrationFailed',
    };
    expect(
      deriveMlflowStatus({
        ...installed,
        dataScienceClusters: [dsc('Managed')],
        mlflow: mlflow([condition('Available', 'True'), migration]),
      }),
    ).toEqual({ kind: 'degraded', dscName: 'default-dsc', condition: migration });
  });

  it('stays available while a migration is merely running', () => {
    const running = { ...condition('Migration', 'False'), reason: 'MigrationRunning' };
    expect(
      deriveMlflowStatus({
        ...installed,
        dataScienceClusters: [dsc('Managed')],
        mlflow: mlflow([condition('Available', 'True'), running]),
      }),
    ).toMatchObject({ kind: 'available' });
  });

  it('blames the failing operator when the instance is unavailable', () => {
    const operatorDown = condition('MLflowOperatorReady', 'False', 'operator crash-looping');
    expect(
      deriveMlflowStatus({
        ...installed,
        dataScienceClusters: [dsc('Managed', [operatorDown])],
        mlflow: mlflow([condition('Available', 'False'), condition('Progressing', 'False')]),
      }),
    ).toEqual({ kind: 'degraded', dscName: 'default-dsc', condition: operatorDown });
  });
});

describe('deriveComponentStateLine', () => {
  it('says the state is unknown with several DataScienceClusters, not Removed', () => {
    const second = { ...dsc('Removed'), metadata: { name: 'second' } };
    expect(deriveComponentStateLine([dsc('Managed'), second])).toEqual({
      kind: 'unknown-several',
      count: 2,
    });
    expect(deriveComponentStateLine([dsc(), second])).toEqual({
      kind: 'unknown-several',
      count: 2,
    });
  });

  it('is unknown when the DataScienceClusters could not be read', () => {
    expect(deriveComponentStateLine([], true)).toEqual({ kind: 'unknown-unreadable' });
  });

  it('says there is no DataScienceCluster when none exists', () => {
    expect(deriveComponentStateLine([])).toEqual({ kind: 'no-dsc' });
  });

  it('reads the one DataScienceCluster’s state', () => {
    expect(deriveComponentStateLine([dsc('Managed')])).toEqual({ kind: 'enabled' });
    expect(deriveComponentStateLine([dsc('Removed')])).toEqual({
      kind: 'disabled',
      managementState: 'Removed',
    });
    expect(deriveComponentStateLine([dsc()])).toEqual({
      kind: 'disabled',
      managementState: undefined,
    });
  });
});
