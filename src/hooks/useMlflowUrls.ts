import { ConsoleLinkModel, MLFLOW_INSTANCE_NAME } from '@/core/k8s/models';
import type { ConsoleLink, MLflowInstance } from '@/core/k8s/types';

import { useWatchedList } from './useWatchedList';

export interface MlflowUrls {
  /** The public (gateway) URL of the MLflow UI and API, if known. */
  externalUrl?: string;
  /** The Service address pods in the cluster use, if known. */
  inClusterUrl?: string;
}

/**
 * Where MLflow can be reached. The MLflow CR's status says it best, but project members usually
 * may not read that cluster-scoped object; the ConsoleLink the operator creates under the same
 * name carries the public URL and is readable by every signed-in user on OpenShift. A denied
 * ConsoleLink watch only means we know less: the views then say the URL is not visible.
 */
export const useMlflowUrls = (
  mlflow: MLflowInstance | undefined,
  { enabled = true } = {},
): MlflowUrls => {
  const links = useWatchedList<ConsoleLink>(ConsoleLinkModel, {
    enabled: enabled && !mlflow?.status?.url,
  });
  const link = links.items.find((item) => item.metadata?.name === MLFLOW_INSTANCE_NAME);
  return {
    externalUrl: mlflow?.status?.url ?? link?.spec.href,
    inClusterUrl: mlflow?.status?.address?.url,
  };
};
