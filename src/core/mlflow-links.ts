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

/** The console path of a project's MLflow tab. */
export const projectMlflowTabPath = (namespace: string): string =>
  `/k8s/cluster/projects/${encodeURIComponent(namespace)}/mlflow`;

/** The SDK with the Kubernetes auth and workspace support the server expects. */
export const PIP_INSTALL_COMMAND = 'pip install "mlflow[kubernetes]>=3.11"';

export interface ConnectionSnippets {
  install: string;
  /** For code running in a pod of this namespace: the pod's service-account token is used. */
  inCluster: string;
  /** For a workstation: the user's own token from `oc whoami -t`. */
  workstation: string;
}

/**
 * Environment for the MLflow client. In-cluster code uses the Service address (reachable without
 * the gateway); a workstation uses the public URL. A placeholder stands in for a URL we do not know.
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
  const external = safeHttpsUrl(externalUrl) ?? '<MLflow URL>';
  const internal = safeHttpsUrl(inClusterUrl) ?? external;
  return {
    install: PIP_INSTALL_COMMAND,
    inCluster: [
      `export MLFLOW_TRACKING_URI=${internal}`,
      `export MLFLOW_WORKSPACE=${namespace}`,
      'export MLFLOW_TRACKING_AUTH=kubernetes-namespaced',
    ].join('\n'),
    workstation: [
      `export MLFLOW_TRACKING_URI=${external}`,
      `export MLFLOW_WORKSPACE=${namespace}`,
      'export MLFLOW_TRACKING_TOKEN=$(oc whoami -t)',
    ].join('\n'),
  };
};
