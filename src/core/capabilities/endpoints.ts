/**
 * Which MLflow requests this server offers. A request the server has no route for answers 404
 * without MLflow's own error code (the web framework's HTML page) or with ENDPOINT_NOT_FOUND (the
 * kubernetes-auth plugin): that is remembered as "not offered" and shown as such, never as an
 * error. MLflow's handlers answer RESOURCE_DOES_NOT_EXIST for a missing object, which says the
 * request exists.
 */
import { isMissingEndpoint } from '@/core/mlflow/missing-endpoint';

import type { Offer } from './crd-fields';

/** A request without its prefix and version: `/ajax-api/3.0/mlflow/traces/search?x` → `mlflow/traces/search`. */
export const endpointKey = (path: string): string =>
  path
    .replace(/[?#].*$/, '')
    .replace(/^\/(?:ajax-)?api\/\d+\.\d+\//, '')
    .replace(/^\/+/, '');

/** What one answer says about its request: absent on a missing route, offered otherwise. */
export const endpointOfferFrom = (
  error: { kind: string; errorCode?: string } | undefined,
): Offer => (isMissingEndpoint(error) ? 'absent' : 'offered');

/** Answers remembered per request key; an absent request is not asked again. */
export class EndpointLedger {
  private readonly offers = new Map<string, Offer>();

  record(path: string, error?: { kind: string; errorCode?: string }): Offer {
    const key = endpointKey(path);
    const offer = endpointOfferFrom(error);
    // Once seen answering, a request stays offered (a later 404 is about an object).
    if (this.offers.get(key) !== 'offered') this.offers.set(key, offer);
    return this.offers.get(key) ?? offer;
  }

  offer(path: string): Offer {
    return this.offers.get(endpointKey(path)) ?? 'unknown';
  }
}
