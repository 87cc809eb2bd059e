import type { ObservedDataScienceCluster } from './instance-types';
import {
  buildSwitchWrite,
  planSwitchSteps,
  runSwitchSteps,
  summarizeSwitchRun,
} from './switch-steps';
import type { SwitchStep } from './switch-steps';

const conflict = Object.assign(new Error('precondition failed'), {
  response: { status: 409 },
  json: { code: 409, message: 'Precondition failed: UID in precondition: uid-1' },
});

describe('planSwitchSteps', () => {
  it('switching off with the instance: dry run, delete, then the component', () => {
    expect(
      planSwitchSteps({ target: 'Removed', deleteInstance: true, createInstance: false }),
    ).toEqual(['check-component', 'delete-instance', 'set-state']);
  });

  it('switching on with the instance: the component, then the create', () => {
    expect(
      planSwitchSteps({ target: 'Managed', deleteInstance: false, createInstance: true }),
    ).toEqual(['set-state', 'create-instance']);
  });

  it('ignores an option that does not belong to the direction', () => {
    expect(
      planSwitchSteps({ target: 'Managed', deleteInstance: true, createInstance: false }),
    ).toEqual(['set-state']);
    expect(
      planSwitchSteps({ target: 'Removed', deleteInstance: false, createInstance: true }),
    ).toEqual(['set-state']);
  });
});

describe('runSwitchSteps and summarizeSwitchRun', () => {
  const failingAt = (failing: SwitchStep) => {
    const performed: SwitchStep[] = [];
    const perform = (step: SwitchStep) => {
      performed.push(step);
      return step === failing ? Promise.reject(conflict) : Promise.resolve();
    };
    return { performed, perform };
  };
  const switchOff: SwitchStep[] = ['check-component', 'delete-instance', 'set-state'];

  it('runs every step in order when none fails', async () => {
    const { performed, perform } = failingAt('create-instance');
    const run = await runSwitchSteps(switchOff, perform);
    expect(performed).toEqual(switchOff);
    expect(summarizeSwitchRun(run)).toEqual({ kind: 'complete' });
  });

  it('a refused delete stops before the component is touched, and changes nothing', async () => {
    const { performed, perform } = failingAt('delete-instance');
    const run = await runSwitchSteps(switchOff, perform);
    expect(performed).toEqual(['check-component', 'delete-instance']);
    expect(summarizeSwitchRun(run)).toMatchObject({
      kind: 'unchanged',
      step: 'delete-instance',
      error: { kind: 'conflict', status: 409 },
    });
  });

  it('a stale DSC found by the dry run stops before the delete', async () => {
    const { performed, perform } = failingAt('check-component');
    const run = await runSwitchSteps(switchOff, perform);
    expect(performed).toEqual(['check-component']);
    expect(summarizeSwitchRun(run)).toMatchObject({ kind: 'unchanged', step: 'check-component' });
  });

  it('says the instance is gone when the component patch fails after the delete', async () => {
    const { perform } = failingAt('set-state');
    const run = await runSwitchSteps(switchOff, perform);
    expect(run.done).toEqual(['check-component', 'delete-instance']);
    expect(summarizeSwitchRun(run).kind).toBe('instance-deleted');
  });

  it('says MLflow is on without an instance when the create fails', async () => {
    const { perform } = failingAt('create-instance');
    const run = await runSwitchSteps(['set-state', 'create-instance'], perform);
    expect(summarizeSwitchRun(run).kind).toBe('enabled-without-instance');
  });
});

describe('buildSwitchWrite', () => {
  const dsc: ObservedDataScienceCluster = {
    metadata: { name: 'default-dsc', resourceVersion: '42' },
    spec: { components: { mlflowoperator: { managementState: 'Managed' } } },
  };
  const mlflow = { metadata: { name: 'mlflow', uid: 'uid-1', resourceVersion: '7' } };
  const off = { target: 'Removed', deleteInstance: true, createInstance: false } as const;

  it('checks the component with the same guarded patch it then sends, as a dry run', () => {
    const check = buildSwitchWrite('check-component', off, { dsc, mlflow });
    const set = buildSwitchWrite('set-state', off, { dsc, mlflow });
    expect(check).toMatchObject({ kind: 'patch-component', dryRun: true });
    expect(set).toMatchObject({ kind: 'patch-component', dryRun: false });
    expect(check.kind === 'patch-component' && check.patch).toEqual(
      set.kind === 'patch-component' && set.patch,
    );
  });

  it('deletes the instance the dialog showed, with its preconditions', () => {
    expect(buildSwitchWrite('delete-instance', off, { dsc, mlflow })).toMatchObject({
      kind: 'delete-instance',
      options: { preconditions: { uid: 'uid-1', resourceVersion: '7' } },
    });
  });

  it('refuses an unguarded delete, which a run reports as that step failing', async () => {
    const unguarded = { metadata: { name: 'mlflow' } };
    const run = await runSwitchSteps(['check-component', 'delete-instance', 'set-state'], (step) =>
      Promise.resolve(buildSwitchWrite(step, off, { dsc, mlflow: unguarded })),
    );
    expect(run.done).toEqual(['check-component']);
    expect(run.failed?.step).toBe('delete-instance');
  });

  it('creates the default instance: SQLite on a 10Gi volume, named mlflow', () => {
    const write = buildSwitchWrite(
      'create-instance',
      { target: 'Managed', deleteInstance: false, createInstance: true },
      { dsc, mlflow: undefined },
    );
    expect(write).toMatchObject({
      kind: 'create-instance',
      instance: {
        metadata: { name: 'mlflow' },
        spec: {
          backendStoreUri: 'sqlite:////mlflow/mlflow.db',
          storage: { resources: { requests: { storage: '10Gi' } } },
        },
      },
    });
  });
});
