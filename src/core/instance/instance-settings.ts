/**
 * What the "Instance settings" form edits in the MLflow CR beyond storage: scale, compute
 * resources, the workspace label selector, garbage collection, the CA bundle, artifact serving,
 * trace archival and scheduling. The form works on text (what the person typed); applying it
 * writes only the groups the person changed, so every other field of the CR, known to the form
 * or not, keeps its value.
 */
import { jsonEqual } from '@/core/k8s/json-patch';
import { formatLabelSelector } from '@/core/k8s/label-selector';
import { parseLabelSelectorText } from '@/core/k8s/label-selector-text';
import type { LabelSelector } from '@/core/k8s/types';

import type { MlflowStorageSpec } from './instance-types';

export interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export interface ResourceRequirements {
  requests?: Record<string, string | number>;
  limits?: Record<string, string | number>;
  claims?: unknown[];
}

/** The CR's spec with the fields this form covers; the rest passes through untouched. */
export interface InstanceSpec extends MlflowStorageSpec {
  replicas?: number;
  workers?: number;
  resources?: ResourceRequirements;
  garbageCollection?: { schedule?: string; olderThan?: string; resources?: unknown };
  caBundleConfigMap?: { name?: string };
  traceArchival?: {
    enabled?: boolean;
    schedule?: string;
    location?: string;
    retention?: string;
    maxTracesPerPass?: number;
    [other: string]: unknown;
  };
  nodeSelector?: Record<string, string>;
  tolerations?: Toleration[];
}

export interface KeyValueRow {
  key: string;
  value: string;
}

export interface TolerationRow {
  key: string;
  operator: string;
  value: string;
  effect: string;
  tolerationSeconds: string;
}

/** The compute resources the form edits; other resource names (GPUs, ...) are kept as they are. */
export const EDITED_RESOURCES = ['cpu', 'memory'] as const;
export type EditedResource = (typeof EDITED_RESOURCES)[number];

export interface InstanceSettings {
  replicas: string;
  workers: string;
  requests: Record<EditedResource, string>;
  limits: Record<EditedResource, string>;
  /** The workspace label selector as kubectl's `-l` reads it; '' for none. */
  workspaceSelector: string;
  garbageCollection: boolean;
  gcSchedule: string;
  gcOlderThan: string;
  /** '' for none. */
  caBundleConfigMap: string;
  serveArtifacts: boolean;
  defaultArtifactRoot: string;
  traceArchival: boolean;
  traceSchedule: string;
  traceLocation: string;
  traceRetention: string;
  traceMaxTracesPerPass: string;
  nodeSelector: KeyValueRow[];
  tolerations: TolerationRow[];
}

/** The CRD's default schedule for trace archival, offered when the admin switches it on. */
export const DEFAULT_TRACE_ARCHIVAL_SCHEDULE = '0 */6 * * *';

const text = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

const resourceTexts = (values: Record<string, string | number> | undefined) => ({
  cpu: text(values?.cpu),
  memory: text(values?.memory),
});

/** The form's view of the CR's spec. */
export const instanceSettingsFromSpec = (spec: InstanceSpec | undefined): InstanceSettings => ({
  replicas: text(spec?.replicas),
  workers: text(spec?.workers),
  requests: resourceTexts(spec?.resources?.requests),
  limits: resourceTexts(spec?.resources?.limits),
  workspaceSelector: spec?.workspaceLabelSelector
    ? formatLabelSelector(spec.workspaceLabelSelector)
    : '',
  garbageCollection: spec?.garbageCollection !== undefined,
  gcSchedule: spec?.garbageCollection?.schedule ?? '',
  gcOlderThan: spec?.garbageCollection?.olderThan ?? '',
  caBundleConfigMap: spec?.caBundleConfigMap?.name ?? '',
  serveArtifacts: spec?.serveArtifacts === true,
  defaultArtifactRoot: spec?.defaultArtifactRoot ?? '',
  traceArchival: spec?.traceArchival?.enabled === true,
  traceSchedule: spec?.traceArchival?.schedule ?? '',
  traceLocation: spec?.traceArchival?.location ?? '',
  traceRetention: spec?.traceArchival?.retention ?? '',
  traceMaxTracesPerPass: text(spec?.traceArchival?.maxTracesPerPass),
  nodeSelector: Object.entries(spec?.nodeSelector ?? {}).map(([key, value]) => ({ key, value })),
  tolerations: (spec?.tolerations ?? []).map((toleration) => ({
    key: toleration.key ?? '',
    operator: toleration.operator ?? '',
    value: toleration.value ?? '',
    effect: toleration.effect ?? '',
    tolerationSeconds: text(toleration.tolerationSeconds),
  })),
});

/**
 * A whole number as typed becomes a number; anything else is sent as typed, so that the
 * validators (and the apiserver) see, and name, what the person wrote.
 */
const integerOf = (value: string): number | string | undefined => {
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};

const optional = (value: string): string | undefined => (value.trim() ? value.trim() : undefined);

/** Sets or removes a key of an object the apply below owns (a copy). */
const put = (target: Record<string, unknown>, key: string, value: unknown) => {
  if (value === undefined) Reflect.deleteProperty(target, key);
  else target[key] = value;
};

const withResources = (
  current: Record<string, string | number> | undefined,
  edited: Record<EditedResource, string>,
) => {
  const next: Record<string, string | number> = { ...current };
  for (const name of EDITED_RESOURCES) put(next, name, optional(edited[name]));
  return Object.keys(next).length > 0 ? next : undefined;
};

const nonEmpty = <T extends object>(value: T): T | undefined =>
  Object.keys(value).length > 0 ? value : undefined;

/** The selector as typed; the CR's own object when the line still says the same thing. */
const selectorOf = (
  current: LabelSelector | undefined,
  typed: string,
): LabelSelector | undefined => {
  if (current && typed.trim() === formatLabelSelector(current)) return current;
  const parsed = parseLabelSelectorText(typed);
  // Unparseable text never reaches the spec: the form shows the problem and blocks the review.
  return parsed.ok ? parsed.selector : current;
};

const tolerationOf = (row: TolerationRow): Toleration => {
  const toleration: Record<string, unknown> = {};
  put(toleration, 'key', optional(row.key));
  put(toleration, 'operator', optional(row.operator));
  put(toleration, 'value', optional(row.value));
  put(toleration, 'effect', optional(row.effect));
  put(toleration, 'tolerationSeconds', integerOf(row.tolerationSeconds));
  return toleration;
};

/**
 * The spec with the form's changes applied: a group of fields is written only when the person
 * changed it (compared with what the form showed at first), so an untouched form changes
 * nothing and fields the form does not show (image, env, affinity, ...) are kept.
 */
export const applyInstanceSettings = (
  current: InstanceSpec | undefined,
  settings: InstanceSettings,
): InstanceSpec => {
  const shown = instanceSettingsFromSpec(current);
  const changed = (...keys: (keyof InstanceSettings)[]) =>
    keys.some((key) => !jsonEqual(shown[key], settings[key]));
  const spec: Record<string, unknown> = { ...current };

  if (changed('replicas')) put(spec, 'replicas', integerOf(settings.replicas));
  if (changed('workers')) put(spec, 'workers', integerOf(settings.workers));
  if (changed('requests', 'limits')) {
    const resources: Record<string, unknown> = { ...current?.resources };
    put(resources, 'requests', withResources(current?.resources?.requests, settings.requests));
    put(resources, 'limits', withResources(current?.resources?.limits, settings.limits));
    put(spec, 'resources', nonEmpty(resources));
  }
  if (changed('workspaceSelector')) {
    put(
      spec,
      'workspaceLabelSelector',
      selectorOf(current?.workspaceLabelSelector, settings.workspaceSelector),
    );
  }
  if (changed('garbageCollection', 'gcSchedule', 'gcOlderThan')) {
    const collection: Record<string, unknown> = { ...current?.garbageCollection };
    // The schedule is required by the CRD: sent as typed, even empty, so the rule can say so.
    put(collection, 'schedule', settings.gcSchedule.trim());
    put(collection, 'olderThan', optional(settings.gcOlderThan));
    put(spec, 'garbageCollection', settings.garbageCollection ? collection : undefined);
  }
  if (changed('caBundleConfigMap')) {
    const name = optional(settings.caBundleConfigMap);
    put(spec, 'caBundleConfigMap', name ? { ...current?.caBundleConfigMap, name } : undefined);
  }
  if (changed('serveArtifacts')) put(spec, 'serveArtifacts', settings.serveArtifacts);
  if (changed('defaultArtifactRoot')) {
    put(spec, 'defaultArtifactRoot', optional(settings.defaultArtifactRoot));
  }
  if (
    changed(
      'traceArchival',
      'traceSchedule',
      'traceLocation',
      'traceRetention',
      'traceMaxTracesPerPass',
    )
  ) {
    const archival: Record<string, unknown> = { ...current?.traceArchival };
    put(archival, 'enabled', settings.traceArchival);
    // An empty schedule is sent as such: left out, the CRD's default would silently apply.
    put(
      archival,
      'schedule',
      settings.traceArchival || settings.traceSchedule.trim()
        ? settings.traceSchedule.trim()
        : undefined,
    );
    put(archival, 'location', optional(settings.traceLocation));
    put(archival, 'retention', optional(settings.traceRetention));
    put(archival, 'maxTracesPerPass', integerOf(settings.traceMaxTracesPerPass));
    const off = !settings.traceArchival && Object.keys(archival).length === 1;
    put(spec, 'traceArchival', off && !current?.traceArchival ? undefined : archival);
  }
  if (changed('nodeSelector')) {
    const entries = settings.nodeSelector.filter((row) => row.key.trim() || row.value.trim());
    put(
      spec,
      'nodeSelector',
      entries.length > 0
        ? Object.fromEntries(entries.map((row) => [row.key.trim(), row.value.trim()]))
        : undefined,
    );
  }
  if (changed('tolerations')) {
    const tolerations = settings.tolerations.map(tolerationOf);
    put(spec, 'tolerations', tolerations.length > 0 ? tolerations : undefined);
  }
  return spec;
};
