import type { MlflowStatus } from '@/core/instance/mlflow-status';

import type { Diagnosis } from './diagnoses';
import { healthDegradation, healthVerdict } from './health-verdict';
import type { PartReading } from './health-verdict';

const read: PartReading = { loaded: true, failed: false };
const refused: PartReading = { loaded: true, failed: true };
const loading: PartReading = { loaded: false, failed: false };
const crashLoop: Diagnosis = {
  id: 'crash-loop',
  subject: { version: 'v1', kind: 'Pod', name: 'mlflow-abc' },
  evidence: 'Error: boom',
};
const available: MlflowStatus = { kind: 'available', dscName: 'default-dsc', version: '3.17.2' };
const starting: MlflowStatus = { kind: 'starting', dscName: 'default-dsc' };
const disabled: MlflowStatus = {
  kind: 'disabled',
  dscName: 'default-dsc',
  managementState: 'Removed',
};

describe('healthVerdict', () => {
  it('reports the known failures first, even while other parts load', () => {
    expect(healthVerdict([read, loading], [crashLoop], undefined)).toEqual({
      kind: 'problems',
      diagnoses: [crashLoop],
    });
  });

  it('waits for every part before saying no problem was found', () => {
    expect(healthVerdict([read, loading], [], undefined)).toEqual({ kind: 'pending' });
  });

  it('says nothing is known when every part was refused', () => {
    expect(healthVerdict([refused, refused, refused], [], undefined)).toEqual({
      kind: 'unreadable',
    });
  });

  it('tells a partial reading from a whole one', () => {
    expect(healthVerdict([read, refused], [], { ready: 1, desired: 1 })).toEqual({
      kind: 'partly-read',
    });
    expect(healthVerdict([read, read], [], { ready: 1, desired: 1 })).toEqual({ kind: 'healthy' });
  });

  it('counts a server with fewer ready replicas than desired as not ready', () => {
    expect(healthVerdict([read], [], { ready: 0, desired: 1 })).toEqual({
      kind: 'replicas-not-ready',
      replicas: { ready: 0, desired: 1 },
    });
    // Scaled to zero on purpose: nothing is missing.
    expect(healthVerdict([read], [], { ready: 0, desired: 0 })).toEqual({ kind: 'healthy' });
  });
});

describe('healthDegradation', () => {
  it('degrades an available or starting MLflow that the health card finds failing', () => {
    const problems = healthVerdict([read], [crashLoop], undefined);
    expect(healthDegradation(available, problems)).toEqual({
      kind: 'diagnosis',
      diagnosis: crashLoop,
    });
    expect(healthDegradation(starting, problems)).toEqual({
      kind: 'diagnosis',
      diagnosis: crashLoop,
    });
  });

  it('degrades an available MLflow whose server replicas are not ready', () => {
    const verdict = healthVerdict([read], [], { ready: 0, desired: 1 });
    expect(healthDegradation(available, verdict)).toEqual({
      kind: 'replicas',
      replicas: { ready: 0, desired: 1 },
    });
    // "Starting" already says the replicas are coming up.
    expect(healthDegradation(starting, verdict)).toBeUndefined();
  });

  it('leaves a healthy, unread or switched-off MLflow as the conditions say', () => {
    expect(healthDegradation(available, { kind: 'healthy' })).toBeUndefined();
    expect(healthDegradation(available, { kind: 'unreadable' })).toBeUndefined();
    expect(
      healthDegradation(disabled, { kind: 'problems', diagnoses: [crashLoop] }),
    ).toBeUndefined();
  });
});
