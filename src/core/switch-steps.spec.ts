import { planSwitchSteps, runSwitchSteps, summarizeSwitchRun } from './switch-steps';
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
