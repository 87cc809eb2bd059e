/**
 * Client-side mirror of the MLflow CRD's validation of the instance settings
 * (test-data/cluster/crds/mlflow.opendatahub.io_mlflows.yaml: the schema's minimum, pattern and
 * length constraints and the spec's CEL rules), one rule each, so invalid input never reaches
 * the apiserver. CEL rules keep the CRD's message: the integration tests send the same specs to
 * the real apiserver and expect a 422 naming the same field, or carrying the same message.
 * Rules marked `plugin` are checks the CRD leaves to a later step (the Pod, the namespace list)
 * where the failure would be silent; the integration tests show the apiserver accepts them.
 */
import { isLabelKey, labelSelectorProblem } from '@/core/k8s/label-selector-text';
import { isQuantity, quantityValue } from '@/core/k8s/quantity';
import { validateMlflowStorageSpec } from '@/core/storage/storage-validation';
import type { StorageRuleId } from '@/core/storage/storage-validation';

import type { InstanceSpec } from './instance-settings';
import { EDITED_RESOURCES } from './instance-settings';
import {
  GARBAGE_COLLECTION_AGE,
  isAtLeastOne,
  TRACE_RETENTION,
} from './instance-validation-patterns';

export type InstanceRuleId =
  | 'replicas-minimum'
  | 'workers-minimum'
  | 'resource-quantity'
  | 'resource-request-above-limit'
  | 'workspace-selector-valid'
  | 'gc-schedule-required'
  | 'gc-older-than-format'
  | 'ca-bundle-name-required'
  | 'trace-schedule-required'
  | 'trace-schedule-too-long'
  | 'trace-location-required'
  | 'trace-location-too-long'
  | 'trace-location-needs-storage'
  | 'trace-retention-required'
  | 'trace-retention-format'
  | 'trace-max-traces-minimum'
  | 'node-selector-value-length'
  | 'node-selector-key'
  | 'toleration-operator'
  | 'toleration-effect'
  | 'toleration-key-or-exists'
  | 'toleration-exists-without-value'
  | 'toleration-seconds-integer';

/** The storage rules that concern fields this form edits (serveArtifacts, defaultArtifactRoot). */
export const ARTIFACT_RULES: readonly StorageRuleId[] = [
  'default-artifact-root-required',
  'file-artifact-root-needs-serve',
  'file-artifacts-need-serve',
  'served-artifacts-need-destination',
];

export interface InstanceIssue {
  rule: InstanceRuleId | StorageRuleId;
  /** The spec path of the field as the apiserver writes it ('replicas', 'tolerations[0]'). */
  field: string;
  /** The CRD's message for CEL rules (English); views translate by rule. */
  message: string;
  source: 'crd' | 'plugin';
}

interface Rule {
  rule: InstanceRuleId;
  message: string;
  source?: 'plugin';
  /** The fields of this spec that break the rule (none: it passes). */
  failing: (spec: InstanceSpec) => string[];
}

const has = (value: unknown): boolean => value !== undefined && value !== null;
const when = (fails: boolean, field: string): string[] => (fails ? [field] : []);

const resourceEntries = (spec: InstanceSpec) =>
  (['requests', 'limits'] as const).flatMap((kind) =>
    Object.entries(spec.resources?.[kind] ?? {}).map(([name, value]) => ({
      field: `resources.${kind}.${name}`,
      value,
    })),
  );

const quantityText = (value: string | number | undefined): string | undefined =>
  value === undefined ? undefined : String(value);

const tolerationFields = (
  spec: InstanceSpec,
  fails: (t: NonNullable<InstanceSpec['tolerations']>[number]) => boolean,
) =>
  (spec.tolerations ?? []).flatMap((toleration, index) =>
    when(fails(toleration), `tolerations[${String(index)}]`),
  );

const TOLERATION_OPERATORS = ['Equal', 'Exists'];
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

/** Trace archival is on: the CEL rules below only apply then. */
const archiving = (spec: InstanceSpec) => spec.traceArchival?.enabled === true;

const RULES: Rule[] = [
  {
    rule: 'replicas-minimum',
    message: 'spec.replicas in body should be greater than or equal to 1',
    failing: (s) => when(has(s.replicas) && !isAtLeastOne(s.replicas), 'replicas'),
  },
  {
    rule: 'workers-minimum',
    message: 'spec.workers in body should be greater than or equal to 1',
    failing: (s) => when(has(s.workers) && !isAtLeastOne(s.workers), 'workers'),
  },
  {
    rule: 'resource-quantity',
    message: 'resources must be Kubernetes quantities such as 500m or 1Gi',
    failing: (s) =>
      resourceEntries(s)
        .filter(({ value }) => typeof value !== 'number' && !isQuantity(value))
        .map(({ field }) => field),
  },
  {
    rule: 'resource-request-above-limit',
    message: 'a request must not exceed its limit',
    source: 'plugin',
    failing: (s) =>
      EDITED_RESOURCES.flatMap((name) => {
        const request = quantityValue(quantityText(s.resources?.requests?.[name]) ?? '');
        const limit = quantityValue(quantityText(s.resources?.limits?.[name]) ?? '');
        return when(
          request !== undefined && limit !== undefined && request > limit,
          `resources.requests.${name}`,
        );
      }),
  },
  {
    rule: 'workspace-selector-valid',
    message: 'the workspace label selector must be one the apiserver can list namespaces with',
    source: 'plugin',
    failing: (s) =>
      when(
        s.workspaceLabelSelector !== undefined &&
          labelSelectorProblem(s.workspaceLabelSelector) !== undefined,
        'workspaceLabelSelector',
      ),
  },
  {
    rule: 'gc-schedule-required',
    message: 'spec.garbageCollection.schedule in body should be at least 1 chars long',
    failing: (s) =>
      when(
        has(s.garbageCollection) && !(s.garbageCollection?.schedule ?? ''),
        'garbageCollection.schedule',
      ),
  },
  {
    rule: 'gc-older-than-format',
    message: 'garbageCollection.olderThan must be a duration such as 30d or 12h',
    failing: (s) => {
      const age = s.garbageCollection?.olderThan;
      return when(
        age !== undefined && !(age.length > 0 && GARBAGE_COLLECTION_AGE.test(age)),
        'garbageCollection.olderThan',
      );
    },
  },
  {
    rule: 'ca-bundle-name-required',
    message: 'spec.caBundleConfigMap.name in body should be at least 1 chars long',
    failing: (s) =>
      when(has(s.caBundleConfigMap) && !(s.caBundleConfigMap?.name ?? ''), 'caBundleConfigMap'),
  },
  {
    rule: 'trace-schedule-required',
    message: 'traceArchival.schedule is required when traceArchival.enabled is true',
    // Left out, the CRD's default schedule fills it in before the rule runs.
    failing: (s) =>
      when(archiving(s) && s.traceArchival?.schedule === '', 'traceArchival.schedule'),
  },
  {
    rule: 'trace-schedule-too-long',
    message: 'spec.traceArchival.schedule may not be longer than 256',
    failing: (s) => when((s.traceArchival?.schedule ?? '').length > 256, 'traceArchival.schedule'),
  },
  {
    rule: 'trace-location-required',
    message: 'traceArchival.location is required when traceArchival.enabled is true',
    failing: (s) =>
      when(archiving(s) && !(s.traceArchival?.location ?? ''), 'traceArchival.location'),
  },
  {
    rule: 'trace-location-too-long',
    message: 'spec.traceArchival.location may not be longer than 2048',
    failing: (s) => when((s.traceArchival?.location ?? '').length > 2048, 'traceArchival.location'),
  },
  {
    rule: 'trace-location-needs-storage',
    message:
      'storage must be configured when traceArchival.location uses file-based storage (file:// prefix)',
    failing: (s) =>
      when(
        (s.traceArchival?.location ?? '').startsWith('file://') && !has(s.storage),
        'traceArchival.location',
      ),
  },
  {
    rule: 'trace-retention-required',
    message: 'traceArchival.retention is required when traceArchival.enabled is true',
    failing: (s) =>
      when(archiving(s) && !(s.traceArchival?.retention ?? ''), 'traceArchival.retention'),
  },
  {
    rule: 'trace-retention-format',
    message: 'traceArchival.retention must be a number of minutes, hours or days such as 30d',
    failing: (s) => {
      const retention = s.traceArchival?.retention;
      return when(
        retention !== undefined &&
          retention !== '' &&
          !(retention.length <= 16 && TRACE_RETENTION.test(retention)),
        'traceArchival.retention',
      );
    },
  },
  {
    rule: 'trace-max-traces-minimum',
    message: 'spec.traceArchival.maxTracesPerPass in body should be greater than or equal to 1',
    failing: (s) =>
      when(
        has(s.traceArchival?.maxTracesPerPass) && !isAtLeastOne(s.traceArchival?.maxTracesPerPass),
        'traceArchival.maxTracesPerPass',
      ),
  },
  {
    rule: 'node-selector-value-length',
    message: 'label values must be 63 characters or less',
    failing: (s) =>
      when(
        Object.values(s.nodeSelector ?? {}).some((value) => value.length > 63),
        'nodeSelector',
      ),
  },
  {
    rule: 'node-selector-key',
    message: 'node selector keys must be label keys such as kubernetes.io/arch',
    source: 'plugin',
    failing: (s) =>
      when(
        Object.keys(s.nodeSelector ?? {}).some((key) => !isLabelKey(key)),
        'nodeSelector',
      ),
  },
  {
    rule: 'toleration-operator',
    message: 'a toleration’s operator is Equal or Exists',
    source: 'plugin',
    failing: (s) =>
      tolerationFields(
        s,
        (t) => t.operator !== undefined && !TOLERATION_OPERATORS.includes(t.operator),
      ),
  },
  {
    rule: 'toleration-effect',
    message:
      'a toleration’s effect is NoSchedule, PreferNoSchedule or NoExecute (or empty for all)',
    source: 'plugin',
    failing: (s) =>
      tolerationFields(s, (t) => t.effect !== undefined && !TAINT_EFFECTS.includes(t.effect)),
  },
  {
    rule: 'toleration-key-or-exists',
    message: 'a toleration without a key must use the operator Exists',
    source: 'plugin',
    failing: (s) => tolerationFields(s, (t) => !t.key && t.operator !== 'Exists'),
  },
  {
    rule: 'toleration-exists-without-value',
    message: 'a toleration with the operator Exists has no value',
    source: 'plugin',
    failing: (s) => tolerationFields(s, (t) => t.operator === 'Exists' && Boolean(t.value)),
  },
  {
    rule: 'toleration-seconds-integer',
    message: 'tolerationSeconds must be a whole number of seconds',
    failing: (s) =>
      tolerationFields(
        s,
        (t) => t.tolerationSeconds !== undefined && !Number.isInteger(t.tolerationSeconds),
      ),
  },
];

/**
 * Every rule the spec breaks, CRD rules and the plugin's own, with the storage rules on the
 * artifact fields this form also edits. Empty: the apiserver accepts these fields.
 */
export const validateInstanceSpec = (spec: InstanceSpec): InstanceIssue[] => [
  ...RULES.flatMap((rule) =>
    rule.failing(spec).map((field) => ({
      rule: rule.rule,
      field,
      message: rule.message,
      source: rule.source ?? ('crd' as const),
    })),
  ),
  ...validateMlflowStorageSpec(spec)
    .filter((issue) => ARTIFACT_RULES.includes(issue.rule))
    .map((issue) => ({
      rule: issue.rule,
      field: issue.field === 'serveArtifacts' ? 'serveArtifacts' : 'defaultArtifactRoot',
      message: issue.message,
      source: issue.source,
    })),
];

/** The CEL messages of the rules, to recognise the apiserver's causes (their field is `spec`). */
export const INSTANCE_RULE_MESSAGES: readonly { rule: InstanceRuleId; message: string }[] =
  RULES.map(({ rule, message }) => ({ rule, message }));
