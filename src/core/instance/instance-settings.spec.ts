import { buildStoragePatch } from '@/core/storage/instance-storage';

import type { InstanceSpec } from './instance-settings';
import {
  applyInstanceSettings,
  DEFAULT_TRACE_ARCHIVAL_SCHEDULE,
  instanceSettingsFromSpec,
} from './instance-settings';

const SPEC: InstanceSpec & Record<string, unknown> = {
  backendStoreUri: 'sqlite:////mlflow/mlflow.db',
  storage: { resources: { requests: { storage: '5Gi' } } },
  serveArtifacts: true,
  replicas: 1,
  resources: {
    requests: { cpu: '100m', memory: '256Mi', 'nvidia.com/gpu': '1' },
    limits: { cpu: '500m', memory: '512Mi' },
  },
  workspaceLabelSelector: {
    matchExpressions: [{ key: 'opendatahub.io/dashboard', operator: 'In', values: ['true'] }],
  },
  tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'mlflow', effect: 'NoSchedule' }],
  // Fields the form does not cover, one of them unknown to the plugin altogether.
  affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: {} } },
  image: { image: 'quay.io/opendatahub/mlflow:odh-stable' },
  someFutureField: { keep: ['me'] },
};

const edit = (changes: Partial<ReturnType<typeof instanceSettingsFromSpec>>) =>
  applyInstanceSettings(SPEC, { ...instanceSettingsFromSpec(SPEC), ...changes });

describe('applyInstanceSettings', () => {
  it('changes nothing when nothing was edited (no patch at all)', () => {
    const next = edit({});
    expect(next).toEqual(SPEC);
    expect(buildStoragePatch({ metadata: { resourceVersion: '7' }, spec: SPEC }, next)).toEqual([]);
  });

  it('keeps fields the form does not know, and resources it does not edit', () => {
    const next = edit({ replicas: '3', limits: { cpu: '2', memory: '1Gi' } }) as typeof SPEC;
    expect(next.someFutureField).toEqual({ keep: ['me'] });
    expect(next.affinity).toEqual(SPEC.affinity);
    expect(next.image).toEqual(SPEC.image);
    expect(next.replicas).toBe(3);
    expect(next.resources).toEqual({
      requests: { cpu: '100m', memory: '256Mi', 'nvidia.com/gpu': '1' },
      limits: { cpu: '2', memory: '1Gi' },
    });
  });

  it('keeps the CR’s own selector object while the text means the same', () => {
    expect(
      edit({ workspaceSelector: ' opendatahub.io/dashboard in (true)' }).workspaceLabelSelector,
    ).toBe(SPEC.workspaceLabelSelector);
  });

  it('writes a new selector, and removes it for empty text', () => {
    expect(edit({ workspaceSelector: 'team=a,!legacy' }).workspaceLabelSelector).toEqual({
      matchLabels: { team: 'a' },
      matchExpressions: [{ key: 'legacy', operator: 'DoesNotExist' }],
    });
    expect(edit({ workspaceSelector: '' })).not.toHaveProperty('workspaceLabelSelector');
  });

  it('sends a number typed wrongly as typed, for the validator to name', () => {
    expect(edit({ replicas: 'two' }).replicas).toBe('two');
    expect(edit({ replicas: '' })).not.toHaveProperty('replicas');
  });

  it('adds and removes garbage collection, the CA bundle, node selector and tolerations', () => {
    const next = edit({
      garbageCollection: true,
      gcSchedule: '0 3 * * *',
      gcOlderThan: '30d',
      caBundleConfigMap: 'odh-trusted-ca-bundle',
      nodeSelector: [{ key: 'kubernetes.io/arch', value: 'amd64' }],
      tolerations: [],
    });
    expect(next.garbageCollection).toEqual({ schedule: '0 3 * * *', olderThan: '30d' });
    expect(next.caBundleConfigMap).toEqual({ name: 'odh-trusted-ca-bundle' });
    expect(next.nodeSelector).toEqual({ 'kubernetes.io/arch': 'amd64' });
    expect(next).not.toHaveProperty('tolerations');
    const back = applyInstanceSettings(next, {
      ...instanceSettingsFromSpec(next),
      garbageCollection: false,
      caBundleConfigMap: '',
    });
    expect(back).not.toHaveProperty('garbageCollection');
    expect(back).not.toHaveProperty('caBundleConfigMap');
  });

  it('switches trace archival on with the form’s fields, and off keeping them', () => {
    const on = edit({
      traceArchival: true,
      traceSchedule: DEFAULT_TRACE_ARCHIVAL_SCHEDULE,
      traceLocation: 's3://b/traces',
      traceRetention: '30d',
      traceMaxTracesPerPass: '500',
    });
    expect(on.traceArchival).toEqual({
      enabled: true,
      schedule: DEFAULT_TRACE_ARCHIVAL_SCHEDULE,
      location: 's3://b/traces',
      retention: '30d',
      maxTracesPerPass: 500,
    });
    const off = applyInstanceSettings(on, {
      ...instanceSettingsFromSpec(on),
      traceArchival: false,
    });
    expect(off.traceArchival).toEqual({ ...on.traceArchival, enabled: false });
  });

  it('sends an emptied schedule as empty, so the CRD’s default does not apply unseen', () => {
    const on = edit({ traceArchival: true, traceSchedule: '', traceLocation: 's3://b/t' });
    expect(on.traceArchival?.schedule).toBe('');
  });
});
