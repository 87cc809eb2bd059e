/**
 * The errors of the console's own SDK (its HttpError and TimeoutError, not look-alikes), so that a
 * plugin's `instanceof HttpError` and every field it reads behave in the shell as in the console.
 */
export {
  HttpError,
  TimeoutError,
} from '@openshift-console/dynamic-plugin-sdk/lib/utils/error/http-error';

/** useK8sWatchResource's error when discovery does not know the kind (the CRD is missing). */
export class NoModelError extends Error {
  constructor() {
    super('Model does not exist');
    this.name = 'NoModelError';
  }
}
