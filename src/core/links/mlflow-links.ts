/**
 * Links and snippets built from data (the MLflow CR's status, namespace names). Only https: URLs
 * are ever turned into links: a status field is data, and data must not become a javascript: link.
 */

/** The URL without a trailing slash when it is a valid https: URL, otherwise undefined. */
export const safeHttpsUrl = (url: string | undefined): string | undefined => {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    return parsed.toString().replace(/\/+$/, '');
  } catch {
    return undefined;
  }
};

const workspaceQuery = (namespace: string) => `workspace=${encodeURIComponent(namespace)}`;

/** The MLflow UI's experiment list for this workspace (the UI routes with a hash). */
export const mlflowUiExperimentsUrl = (
  statusUrl: string | undefined,
  namespace: string,
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  return base ? `${base}/#/experiments?${workspaceQuery(namespace)}` : undefined;
};

/**
 * One experiment in the MLflow UI. The UI is a hash router and reads the workspace from the query
 * of the hash route (checked against MLflow 3.17's UI bundle: `#/experiments/<id>?workspace=`).
 */
export const mlflowUiExperimentUrl = (
  statusUrl: string | undefined,
  namespace: string,
  experimentId: string,
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  return base
    ? `${base}/#/experiments/${encodeURIComponent(experimentId)}?${workspaceQuery(namespace)}`
    : undefined;
};

/** One registered model in the MLflow UI (`#/models/<name>`). */
export const mlflowUiModelUrl = (
  statusUrl: string | undefined,
  namespace: string,
  modelName: string,
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  return base
    ? `${base}/#/models/${encodeURIComponent(modelName)}?${workspaceQuery(namespace)}`
    : undefined;
};

/** One run in the MLflow UI. */
export const mlflowUiRunUrl = (
  statusUrl: string | undefined,
  namespace: string,
  experimentId: string,
  runId: string,
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  return base
    ? `${base}/#/experiments/${encodeURIComponent(experimentId)}/runs/${encodeURIComponent(
        runId,
      )}?${workspaceQuery(namespace)}`
    : undefined;
};

/**
 * One artifact of a run in the MLflow UI, opened in the run's Artifacts tab:
 * `#/experiments/<id>/runs/<run>/artifacts/<path>` (Routes.getRunPageRoute with an artifact path
 * in MLflow 3.17's UI bundle, the path as the route's splat). Each segment is encoded, the
 * slashes between them kept, so that a name with `?`, `#` or `%` stays part of the path.
 */
export const mlflowUiArtifactUrl = (
  statusUrl: string | undefined,
  namespace: string,
  experimentId: string,
  runId: string,
  artifactPath: string,
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  const path = artifactPath.split('/').map(encodeURIComponent).join('/');
  return base
    ? `${base}/#/experiments/${encodeURIComponent(experimentId)}/runs/${encodeURIComponent(
        runId,
      )}/artifacts/${path}?${workspaceQuery(namespace)}`
    : undefined;
};

/**
 * The MLflow UI's comparison of runs: `#/compare-runs?runs=<JSON list>&experiments=<JSON list>`
 * (Routes.getCompareRunPageRoute in MLflow 3.17's UI bundle), with the workspace.
 */
export const mlflowUiCompareRunsUrl = (
  statusUrl: string | undefined,
  namespace: string,
  experimentId: string,
  runIds: readonly string[],
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  const json = (values: readonly string[]) => encodeURIComponent(JSON.stringify(values));
  return base
    ? `${base}/#/compare-runs?runs=${json(runIds)}&experiments=${json([experimentId])}&${workspaceQuery(namespace)}`
    : undefined;
};

/** One version of a registered model in the MLflow UI (`#/models/<name>/versions/<version>`). */
export const mlflowUiModelVersionUrl = (
  statusUrl: string | undefined,
  namespace: string,
  modelName: string,
  version: string,
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  return base
    ? `${base}/#/models/${encodeURIComponent(modelName)}/versions/${encodeURIComponent(
        version,
      )}?${workspaceQuery(namespace)}`
    : undefined;
};

/** One prompt in the MLflow UI (`#/prompts/<name>`, checked against MLflow 3.17's UI routes). */
export const mlflowUiPromptUrl = (
  statusUrl: string | undefined,
  namespace: string,
  promptName: string,
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  return base
    ? `${base}/#/prompts/${encodeURIComponent(promptName)}?${workspaceQuery(namespace)}`
    : undefined;
};

/** One logged model in the MLflow UI (`#/experiments/<id>/models/<model id>`). */
export const mlflowUiLoggedModelUrl = (
  statusUrl: string | undefined,
  namespace: string,
  experimentId: string,
  modelId: string,
): string | undefined => {
  const base = safeHttpsUrl(statusUrl);
  return base
    ? `${base}/#/experiments/${encodeURIComponent(experimentId)}/models/${encodeURIComponent(
        modelId,
      )}?${workspaceQuery(namespace)}`
    : undefined;
};

/** The console path of a project's MLflow tab. */
export const projectMlflowTabPath = (namespace: string): string =>
  `/k8s/cluster/projects/${encodeURIComponent(namespace)}/mlflow`;

/** The SDK with the Kubernetes auth and workspace support the server expects. */
export const PIP_INSTALL_COMMAND = 'pip install "mlflow[kubernetes]>=3.11"';

/**
 * Where a pod finds the service CA that signs the certificates of Services (OpenShift mounts it
 * with the service-account token); the MLflow client reads the variable below (checked against
 * MLflow 3.17's `mlflow.environment_variables`).
 */
export const SERVICE_CA_PATH = '/var/run/secrets/kubernetes.io/serviceaccount/service-ca.crt';
export const CERT_PATH_VARIABLE = 'MLFLOW_TRACKING_SERVER_CERT_PATH';

/** The value in single quotes, each single quote written '\'' : the shell expands nothing inside. */
export const shellQuote = (value: string): string => `'${value.replaceAll("'", "'\\''")}'`;

/**
 * What an ordinary https URL is made of. Anything else (; & | $ ` ( ) < > quotes, spaces...) is
 * harmless inside single quotes, but no MLflow address needs it: a status URL with it is not
 * offered for pasting into a shell at all, in case the snippet is edited or quoted otherwise.
 */
const NOT_URL_CHARACTER = /[^A-Za-z0-9\-._~:/?#@%=+,[\]]/gu;

/** The characters of a URL that a shell would treat specially, each once, in order. */
export const shellMetacharacters = (url: string): string[] => [
  ...new Set(url.match(NOT_URL_CHARACTER) ?? []),
];

/** A status URL left out of the snippets, and why. */
export interface RefusedUrl {
  which: 'external' | 'inCluster';
  url: string;
  characters: string[];
}

export interface ConnectionSnippets {
  install: string;
  /** For code running in a pod of this namespace: the pod's service-account token is used. */
  inCluster: string;
  /** Whether the in-cluster snippet uses the Service address, whose certificate the service CA signs. */
  inClusterUsesService: boolean;
  /** For a workstation: the user's own token from `oc whoami -t`. */
  workstation: string;
  refused: RefusedUrl[];
}

const PLACEHOLDER_URL = '<MLflow URL>';

/**
 * Environment for the MLflow client, every value quoted for the shell. In-cluster code uses the
 * Service address (reachable without the gateway) and trusts the service CA; a workstation uses
 * the public URL. A placeholder stands in for a URL we do not know or will not paste.
 */
export const connectionSnippets = ({
  namespace,
  externalUrl,
  inClusterUrl,
}: {
  namespace: string;
  externalUrl?: string;
  inClusterUrl?: string;
}): ConnectionSnippets => {
  const refused: RefusedUrl[] = [];
  const pasteable = (which: RefusedUrl['which'], url: string | undefined) => {
    const https = safeHttpsUrl(url);
    if (!https) return undefined;
    const characters = shellMetacharacters(https);
    if (characters.length === 0) return https;
    refused.push({ which, url: url ?? https, characters });
    return undefined;
  };
  const service = pasteable('inCluster', inClusterUrl);
  const external = pasteable('external', externalUrl) ?? PLACEHOLDER_URL;
  const env = (name: string, value: string) => `export ${name}=${shellQuote(value)}`;
  return {
    install: PIP_INSTALL_COMMAND,
    inCluster: [
      env('MLFLOW_TRACKING_URI', service ?? external),
      env('MLFLOW_WORKSPACE', namespace),
      env('MLFLOW_TRACKING_AUTH', 'kubernetes-namespaced'),
      ...(service ? [env(CERT_PATH_VARIABLE, SERVICE_CA_PATH)] : []),
    ].join('\n'),
    inClusterUsesService: service !== undefined,
    workstation: [
      env('MLFLOW_TRACKING_URI', external),
      env('MLFLOW_WORKSPACE', namespace),
      'export MLFLOW_TRACKING_TOKEN="$(oc whoami -t)"',
    ].join('\n'),
    refused,
  };
};
