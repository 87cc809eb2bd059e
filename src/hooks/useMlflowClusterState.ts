import type { DescribedError } from '@/core/k8s/errors';
import {
  DataScienceClusterModel,
  MLFLOW_INSTANCE_NAME,
  MLFLOW_OPERATOR_COMPONENT_NAME,
  MLflowModel,
  MLflowOperatorModel,
} from '@/core/k8s/models';
import type { DataScienceCluster, MLflowInstance, MLflowOperatorComponent } from '@/core/k8s/types';

import { useWatchedList } from './useWatchedList';

export interface MlflowClusterState {
  /** Every DataScienceCluster (normally exactly one). */
  dataScienceClusters: DataScienceCluster[];
  /** The cluster's MLflow instance, absent until someone creates it. */
  mlflow?: MLflowInstance;
  /** The operator's component CR for the mlflowoperator component. */
  operatorComponent?: MLflowOperatorComponent;
  loaded: boolean;
  /** The MLflow CR's watch alone has answered (its workspaceLabelSelector is known). */
  mlflowLoaded: boolean;
  /** The first watch error (permission denied, API missing, ...), shown rather than swallowed. */
  error?: DescribedError;
}

interface WatchOptions {
  watchDataScienceClusters: boolean;
  watchMlflow: boolean;
}

/**
 * Live view of everything that says whether MLflow is on: DSCs, the MLflow CR, the operator component.
 * Each is watched as a list so that "absent" is an empty list rather than a 404 to interpret, and
 * nothing is watched whose CRD the cluster lacks.
 */
export const useMlflowClusterState = ({
  watchDataScienceClusters,
  watchMlflow,
}: WatchOptions): MlflowClusterState => {
  const dataScienceClusters = useWatchedList<DataScienceCluster>(DataScienceClusterModel, {
    enabled: watchDataScienceClusters,
  });
  const components = useWatchedList<MLflowOperatorComponent>(MLflowOperatorModel, {
    enabled: watchDataScienceClusters,
  });
  const mlflows = useWatchedList<MLflowInstance>(MLflowModel, { enabled: watchMlflow });
  return {
    dataScienceClusters: dataScienceClusters.items,
    mlflow: mlflows.items.find((item) => item.metadata?.name === MLFLOW_INSTANCE_NAME),
    operatorComponent: components.items.find(
      (item) => item.metadata?.name === MLFLOW_OPERATOR_COMPONENT_NAME,
    ),
    loaded: dataScienceClusters.loaded && components.loaded && mlflows.loaded,
    mlflowLoaded: mlflows.loaded,
    error: dataScienceClusters.error ?? components.error ?? mlflows.error,
  };
};
