import type { MlflowStorageSpec, Secret } from '@/core/instance/instance-types';
import { PLUGIN_NAME } from '@/core/k8s/models';

/** The key under which the plugin stores a backend store URI it moves into a Secret. */
export const BACKEND_URI_SECRET_KEY = 'backend-store-uri';

/** A name for that Secret that does not clash with the operator samples' `mlflow-db-credentials`. */
export const DEFAULT_BACKEND_URI_SECRET_NAME = 'mlflow-backend-store-uri';

/** The same for the model registry's URI (registryStoreUriFrom). */
export const REGISTRY_URI_SECRET_KEY = 'registry-store-uri';
export const DEFAULT_REGISTRY_URI_SECRET_NAME = 'mlflow-registry-store-uri';

/** The label the plugin puts on every object it creates. */
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';

const USERINFO = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^@/?#]*)@/;

/**
 * Whether a URI carries a password in its userinfo (`scheme://user:password@host/...`).
 * Such a URI would be stored in the MLflow CR in clear text for everyone who can read it.
 */
export const detectPasswordInUri = (uri: string): boolean => {
  const userinfo = USERINFO.exec(uri.trim())?.[2];
  if (!userinfo) return false;
  const colon = userinfo.indexOf(':');
  return colon >= 0 && colon < userinfo.length - 1;
};

/** The URI with its password replaced, safe to show or log. */
export const redactUri = (uri: string): string =>
  uri.replace(USERINFO, (_match: string, scheme: string, userinfo: string) => {
    const colon = userinfo.indexOf(':');
    return colon >= 0 ? `${scheme}${userinfo.slice(0, colon)}:****@` : `${scheme}${userinfo}@`;
  });

/** A Secret holding one URI under one key, in the MLflow namespace, for backendStoreUriFrom. */
export const buildUriSecret = ({
  namespace,
  name,
  key = BACKEND_URI_SECRET_KEY,
  uri,
}: {
  namespace: string;
  name: string;
  key?: string;
  uri: string;
}): Secret => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name, namespace, labels: { [MANAGED_BY_LABEL]: PLUGIN_NAME } },
  type: 'Opaque',
  stringData: { [key]: uri },
});

/** The keys a Secret holds (never its values). */
export const secretKeys = (secret: Secret | undefined): string[] =>
  Object.keys({ ...secret?.data, ...secret?.stringData }).sort();

/** The URIs of a spec that may carry a password, and so are never shown as they are. */
const URI_FIELDS = [
  'backendStoreUri',
  'registryStoreUri',
  'readReplicaBackendStoreUri',
  'artifactsDestination',
  'defaultArtifactRoot',
] as const;

/** The spec with every URI's password replaced, for the review diff and anything else shown. */
export const redactStorageSpec = <T extends MlflowStorageSpec | undefined>(spec: T): T => {
  if (!spec) return spec;
  const redacted: MlflowStorageSpec = { ...spec };
  for (const field of URI_FIELDS) {
    const value = redacted[field];
    if (typeof value === 'string') redacted[field] = redactUri(value);
  }
  return redacted as T;
};

/** The URIs the storage form writes that a password may be typed into. */
export type TypedUriField = 'backendStoreUri' | 'registryStoreUri';
export const TYPED_URI_FIELDS: readonly TypedUriField[] = ['backendStoreUri', 'registryStoreUri'];

/** For each field, the exact URI whose password the user agreed to store in clear text. */
export type ClearTextConsent = Partial<Record<TypedUriField, string>>;

/**
 * The fields a save would write a password into without the user's separate consent to store it
 * in clear text. A URI the instance already has is not written again, so it needs none; a URI
 * edited after consent needs it again.
 */
export const passwordsNeedingConsent = (
  before: MlflowStorageSpec | undefined,
  after: MlflowStorageSpec,
  consent: ClearTextConsent,
): TypedUriField[] =>
  TYPED_URI_FIELDS.filter((field) => {
    const uri = after[field];
    return (
      uri !== undefined &&
      detectPasswordInUri(uri) &&
      uri !== before?.[field] &&
      consent[field] !== uri
    );
  });
