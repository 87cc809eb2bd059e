/**
 * Whether a failure means "this server has no such request" rather than "no such object": a 404
 * that MLflow's handlers did not write. The server's web framework answers an unknown route with
 * its own HTML page (no error code); the kubernetes-auth plugin in front of it, with
 * ENDPOINT_NOT_FOUND. MLflow's handlers say RESOURCE_DOES_NOT_EXIST for a missing object.
 */
export const isMissingEndpoint = (
  error: { kind: string; errorCode?: string } | undefined,
): boolean =>
  error?.kind === 'not-found' &&
  (error.errorCode === undefined || error.errorCode === 'ENDPOINT_NOT_FOUND');
