import { k8sCreate } from '@openshift-console/dynamic-plugin-sdk';
import { useQuery } from '@tanstack/react-query';

import { SelfSubjectReviewModel } from '@/core/k8s/models';
import { isRecord } from '@/core/shared/is-record';

import { mlflowQueryClient } from './mlflowQueryClient';

/**
 * The signed-in person's user name, from a SelfSubjectReview (the apiserver's own answer, the
 * name MLflow's kubernetes-auth checks): the author of the feedback they write, and whose
 * feedback is theirs to edit. Undefined while asked or when the review fails.
 */
export const useSignedInUser = (): { username?: string; loading: boolean } => {
  const query = useQuery(
    {
      queryKey: ['k8s', 'selfsubjectreview'],
      queryFn: async () => {
        const review: unknown = await k8sCreate({
          model: SelfSubjectReviewModel,
          data: { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
        });
        const status = isRecord(review) && isRecord(review.status) ? review.status : {};
        const userInfo = isRecord(status.userInfo) ? status.userInfo : {};
        return typeof userInfo.username === 'string' ? userInfo.username : null;
      },
      staleTime: Infinity,
      retry: false,
    },
    mlflowQueryClient,
  );
  return { username: query.data ?? undefined, loading: query.isPending };
};
