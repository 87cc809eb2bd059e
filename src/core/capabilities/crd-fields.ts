/**
 * Which fields of the MLflow CRD this cluster has. OpenShift AI 3.4's CRD lacks fields that later
 * releases added; the apiserver silently prunes a field its CRD does not declare, so a form that
 * wrote one would report "saved" while the setting is gone. The answer comes from the CRD's
 * openAPIV3Schema when the user may read CRDs, otherwise from a server-side dry run of a patch with
 * `fieldValidation=Strict`, which names every undeclared field instead of pruning it.
 */
import { isRecord } from '@/core/shared/is-record';

import type { ReleaseId } from './releases';

/** Whether the installed release offers something; 'unknown' while it cannot be told. */
export type Offer = 'offered' | 'absent' | 'unknown';

/** The spec fields that not every release's MLflow CRD has, with the first release that has them. */
export const GATED_SPEC_FIELDS = {
  garbageCollection: 'rhoai-3.5',
  traceArchival: 'rhoai-3.5',
  migration: 'rhoai-3.5',
  readReplicaBackendStoreUri: 'rhoai-3.5',
  resourceClaims: 'rhoai-3.5',
} as const satisfies Record<string, ReleaseId>;

export type GatedSpecField = keyof typeof GATED_SPEC_FIELDS;

export const GATED_FIELD_NAMES = Object.keys(GATED_SPEC_FIELDS) as GatedSpecField[];

export type CrdFieldOffers = Record<GatedSpecField, Offer>;

export const allFields = (offer: Offer): CrdFieldOffers =>
  Object.fromEntries(GATED_FIELD_NAMES.map((field) => [field, offer])) as CrdFieldOffers;

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
}

/**
 * The gated fields as the CRD's schema of `version` declares them. A spec that keeps unknown
 * fields offers every field; a CRD without that version (or no schema) tells nothing.
 */
export const crdFieldsFromSchema = (crd: unknown, version = 'v1'): CrdFieldOffers => {
  const versions = isRecord(crd) && isRecord(crd.spec) ? crd.spec.versions : undefined;
  const entry = Array.isArray(versions)
    ? (versions as unknown[]).find((v) => isRecord(v) && v.name === version)
    : undefined;
  const schema =
    isRecord(entry) && isRecord(entry.schema) ? entry.schema.openAPIV3Schema : undefined;
  const spec = isRecord(schema) ? (schema as SchemaNode).properties?.spec : undefined;
  if (!spec) return allFields('unknown');
  if (spec['x-kubernetes-preserve-unknown-fields'] === true) return allFields('offered');
  const declared = spec.properties ?? {};
  return Object.fromEntries(
    GATED_FIELD_NAMES.map((field) => [field, field in declared ? 'offered' : 'absent']),
  ) as CrdFieldOffers;
};

/**
 * The merge patch the dry run sends: every gated field with a value the current CRD accepts
 * (CEL rules included), so that a release that has them all answers with success.
 */
export const DRY_RUN_PROBE_PATCH = {
  spec: {
    garbageCollection: { schedule: '0 3 * * *' },
    traceArchival: { enabled: false },
    migration: {},
    resourceClaims: [],
  },
} as const;

/** The query of the probe: nothing is stored, and undeclared fields are an error, not pruned. */
export const DRY_RUN_PROBE_QUERY = { dryRun: 'All', fieldValidation: 'Strict' } as const;

/** The probe's fields (readReplicaBackendStoreUri is left out: it would need a database URI). */
const PROBED = Object.keys(DRY_RUN_PROBE_PATCH.spec) as GatedSpecField[];

/**
 * The undeclared spec fields a strict request was refused for. The apiserver words it
 * `unknown field "spec.x"` (strict decoding) or `.spec.x: field not declared in schema`.
 */
export const undeclaredFields = (message: string): string[] => {
  const found = new Set<string>();
  for (const match of message.matchAll(/unknown field "\.?([^"]+)"/g)) found.add(match[1]);
  for (const match of message.matchAll(/\.?(spec(?:\.[\w-]+)+): field not declared in schema/g)) {
    found.add(match[1]);
  }
  return [...found];
};

/** What the dry run's answer says: success, or a failure with its HTTP status and message. */
export type DryRunOutcome = { ok: true } | { ok: false; status?: number; message: string };

/**
 * The gated fields as the dry run found them. A refusal naming undeclared fields marks those
 * absent and the other probed ones offered: the apiserver words it `strict decoding error: unknown
 * field "spec.x"`, with 422 Invalid for a JSON patch of a custom resource (measured on
 * kube-apiserver 1.34 with the OpenShift AI 3.4 CRD) and 400 for other requests. Success, or a 422
 * for the values alone (the fields were decoded, so they exist), offers every probed field;
 * anything else (403, unreachable) tells nothing. Fields the probe does not send stay unknown
 * unless every probed field is absent, as on a release older than all of them.
 */
export const crdFieldsFromDryRun = (outcome: DryRunOutcome): CrdFieldOffers => {
  const offers = allFields('unknown');
  const undeclared = outcome.ok ? [] : undeclaredFields(outcome.message);
  if (undeclared.length > 0 && (outcome.ok || outcome.status === 400 || outcome.status === 422)) {
    PROBED.forEach((field) => {
      offers[field] = undeclared.includes(`spec.${field}`) ? 'absent' : 'offered';
    });
    if (PROBED.every((field) => offers[field] === 'absent')) {
      GATED_FIELD_NAMES.forEach((field) => (offers[field] = 'absent'));
    }
    return offers;
  }
  if (outcome.ok || outcome.status === 422) {
    PROBED.forEach((field) => (offers[field] = 'offered'));
  }
  return offers;
};

/**
 * The spec to send with every gated field the CRD does not offer (or that cannot be told) left
 * as it was: the plugin never writes a field the installed CRD would prune.
 */
export const withoutUnofferedFields = <T extends object>(
  next: T,
  current: T | undefined,
  offers: CrdFieldOffers,
): T => {
  const spec = { ...next } as Record<string, unknown>;
  const before = { ...current } as Record<string, unknown>;
  GATED_FIELD_NAMES.forEach((field) => {
    if (offers[field] === 'offered') return;
    if (field in before) spec[field] = before[field];
    else Reflect.deleteProperty(spec, field);
  });
  return spec as T;
};
