import type { MLflowInstance } from '@/core/k8s/types';

/**
 * The namespace the operator deploys MLflow into on Red Hat OpenShift AI. Open Data Hub uses
 * `opendatahub` instead; detectMlflowNamespace prefers what the instance itself reports.
 */
export const DEFAULT_MLFLOW_NAMESPACE = 'redhat-ods-applications';

/**
 * The MLflow namespace, read from status.address.url (`https://mlflow.<namespace>.svc:8443/...`)
 * when the operator has reported it, else the RHOAI default.
 */
export const detectMlflowNamespace = (mlflow: MLflowInstance | undefined): string => {
  const address = mlflow?.status?.address?.url;
  if (!address) return DEFAULT_MLFLOW_NAMESPACE;
  let host: string;
  try {
    host = new URL(address).hostname;
  } catch {
    return DEFAULT_MLFLOW_NAMESPACE;
  }
  const match = /^[a-z0-9-]+\.([a-z0-9-]+)\.svc(\.|$)/.exec(host);
  return match?.[1] ?? DEFAULT_MLFLOW_NAMESPACE;
};
