import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import type { AccessReviewResourceAttributes } from '@openshift-console/dynamic-plugin-sdk';

/**
 * useAccessReview for a question that may not be wanted yet (`attributes` undefined): then
 * nothing is asked (the SDK skips an empty review when its third argument is true) and the answer
 * is "not allowed, not loading". Returns [allowed, loading] like useAccessReview.
 */
export const useOptionalAccessReview = (
  attributes: AccessReviewResourceAttributes | undefined,
): [boolean, boolean] => {
  const [allowed, loading] = useAccessReview(attributes ?? {}, undefined, true);
  return attributes ? [allowed, loading] : [false, false];
};
