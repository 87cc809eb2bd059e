import { k8sGet, k8sPatch, useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery } from '@tanstack/react-query';

import {
  allFields,
  crdFieldsFromDryRun,
  crdFieldsFromSchema,
  DRY_RUN_PROBE_PATCH,
  DRY_RUN_PROBE_QUERY,
} from '@/core/capabilities';
import type { CrdFieldOffers, DryRunOutcome } from '@/core/capabilities';
import type { MlflowInstanceWithSpec } from '@/core/instance/instance-types';
import { describeError } from '@/core/k8s/errors';
import { CustomResourceDefinitionModel, MLFLOW_CRD_NAME, MLflowModel } from '@/core/k8s/models';

import { mlflowQueryClient } from './mlflowQueryClient';

export interface CrdFieldCapabilities {
  fields: CrdFieldOffers;
  loading: boolean;
  /** How the answer was found: the CRD's schema, a strict dry run, or neither. */
  source: 'schema' | 'dry-run' | 'none';
  /** Why the CRD could not be checked, in the cluster's words, when it could not. */
  problem?: string;
}

interface CrdCheck {
  offers: CrdFieldOffers;
  problem?: string;
}

/** The cluster's refusal as the user reads it: its status and its own text. */
const refusalText = (status: number | undefined, message: string) =>
  status === undefined ? message : `${String(status)}: ${message}`;

/**
 * Which of the gated MLflow CRD fields this cluster's CRD declares: read from the CRD's schema
 * when the user may get CRDs, otherwise found with a strict server-side dry run of a patch of the
 * instance (nothing is stored). Until it is known, every field counts as not offered.
 */
export const useCrdFieldCapabilities = (
  instance: MlflowInstanceWithSpec | undefined,
): CrdFieldCapabilities => {
  const [canReadCrd, reviewing] = useAccessReview({
    group: CustomResourceDefinitionModel.apiGroup,
    resource: CustomResourceDefinitionModel.plural,
    verb: 'get',
    name: MLFLOW_CRD_NAME,
  });
  const instanceName = instance?.metadata?.name;
  const mode = reviewing ? undefined : canReadCrd ? 'schema' : instanceName ? 'dry-run' : undefined;
  const query = useQuery(
    {
      queryKey: ['k8s', 'mlflow-crd-fields', mode, instanceName],
      queryFn: async (): Promise<CrdCheck> => {
        if (mode === 'schema') {
          try {
            const crd = await k8sGet({
              model: CustomResourceDefinitionModel,
              name: MLFLOW_CRD_NAME,
            });
            return { offers: crdFieldsFromSchema(crd) };
          } catch (error) {
            const described = describeError(error);
            return {
              offers: allFields('unknown'),
              problem: refusalText(described.status, described.message),
            };
          }
        }
        let outcome: DryRunOutcome;
        try {
          await k8sPatch({
            model: MLflowModel,
            resource: instance ?? {},
            data: Object.entries(DRY_RUN_PROBE_PATCH.spec).map(([field, value]) => ({
              op: 'add',
              path: `/spec/${field}`,
              value,
            })),
            queryParams: { ...DRY_RUN_PROBE_QUERY },
          });
          outcome = { ok: true };
        } catch (error) {
          const described = describeError(error);
          outcome = { ok: false, status: described.status, message: described.message };
        }
        const offers = crdFieldsFromDryRun(outcome);
        const told = Object.values(offers).some((offer) => offer !== 'unknown');
        return told || outcome.ok
          ? { offers }
          : { offers, problem: refusalText(outcome.status, outcome.message) };
      },
      enabled: mode !== undefined,
      staleTime: Infinity,
      retry: false,
    },
    mlflowQueryClient,
  );
  return {
    fields: query.data?.offers ?? allFields('unknown'),
    loading: mode !== undefined && query.isLoading,
    source: query.data && !query.data.problem ? (mode ?? 'none') : 'none',
    problem: query.data?.problem,
  };
};
