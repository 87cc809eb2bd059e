/**
 * checkAccess / useAccessReview: a SelfSubjectAccessReview as the signed-in user. Like the console,
 * a failed review answers "allowed" (the server still enforces access); answers are kept briefly
 * and identical questions asked at the same time share one request.
 */
import type {
  AccessReviewResourceAttributes,
  SelfSubjectAccessReviewKind,
} from '@openshift-console/dynamic-plugin-sdk';
import { useEffect, useState } from 'react';

import { consoleFetchJSON } from './console-fetch';

const CACHE_MS = 10_000;
const cache = new Map<string, { at: number; promise: Promise<SelfSubjectAccessReviewKind> }>();

const keyOf = (a: AccessReviewResourceAttributes): string =>
  JSON.stringify([
    a.group ?? '',
    a.resource ?? '',
    a.subresource ?? '',
    a.verb ?? '',
    a.name ?? '',
    a.namespace ?? '',
  ]);

export const checkAccess = (
  resourceAttributes: AccessReviewResourceAttributes,
): Promise<SelfSubjectAccessReviewKind> => {
  const key = keyOf(resourceAttributes);
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.promise;
  const { group, resource, subresource, verb, name, namespace } = resourceAttributes;
  const promise = consoleFetchJSON.post(
    '/api/kubernetes/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
    {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SelfSubjectAccessReview',
      spec: { resourceAttributes: { group, resource, subresource, verb, name, namespace } },
    },
  ) as Promise<SelfSubjectAccessReviewKind>;
  cache.set(key, { at: Date.now(), promise });
  promise.catch(() => cache.delete(key));
  return promise;
};

export const useAccessReview = (
  resourceAttributes: AccessReviewResourceAttributes,
  _impersonate?: unknown,
  noCheckForEmptyGroupAndResource?: boolean,
): [boolean, boolean] => {
  const [state, setState] = useState<{ key: string; allowed: boolean } | undefined>();
  const key = keyOf(resourceAttributes);
  const skip =
    noCheckForEmptyGroupAndResource && !resourceAttributes.group && !resourceAttributes.resource;
  useEffect(() => {
    if (skip) return undefined;
    let cancelled = false;
    const attrs = JSON.parse(key) as string[];
    const [group, resource, subresource, verb, name, namespace] = attrs;
    checkAccess({
      group,
      resource,
      subresource,
      verb: verb as AccessReviewResourceAttributes['verb'],
      name,
      namespace,
    }).then(
      (r) => {
        if (!cancelled) setState({ key, allowed: Boolean(r.status?.allowed) });
      },
      (e: unknown) => {
        console.warn('SelfSubjectAccessReview failed', e);
        if (!cancelled) setState({ key, allowed: true });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [key, skip]);
  if (skip) return [true, false];
  if (state?.key !== key) return [false, true];
  return [state.allowed, false];
};
