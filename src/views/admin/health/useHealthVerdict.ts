import { useEffect } from 'react';

import { healthVerdict } from '@/core/health/health-verdict';
import type { HealthVerdict } from '@/core/health/health-verdict';
import { summarizeDeployment } from '@/core/health/workload-summary';
import type { DataScienceCluster, MLflowInstance, MLflowOperatorComponent } from '@/core/k8s/types';
import { useMlflowHealth } from '@/hooks/useMlflowHealth';

export interface HealthVerdictProps {
  mlflowNamespace: string;
  mlflowCrdPresent: boolean;
  dataScienceClusters: readonly DataScienceCluster[];
  operatorComponent?: MLflowOperatorComponent;
  mlflow?: MLflowInstance;
  /** Told the verdict whenever it changes, so that the status summary can agree with it. */
  onVerdict?: (verdict: HealthVerdict) => void;
}

/** What MLflow runs and the one verdict on it, reported to `onVerdict` as it changes. */
export const useHealthVerdict = (props: HealthVerdictProps) => {
  const health = useMlflowHealth(props);
  const { deployments, pods, operatorPods, pvcs, events, diagnoses } = health;
  const deployment = deployments.items.at(0);
  const replicas = deployment ? summarizeDeployment(deployment, pods.items) : undefined;
  const verdict = healthVerdict(
    [deployments, pods, operatorPods, pvcs, events].map((part) => ({
      loaded: part.loaded,
      failed: Boolean(part.error),
    })),
    diagnoses,
    replicas ? { ready: replicas.readyReplicas, desired: replicas.desiredReplicas } : undefined,
  );
  const { onVerdict } = props;
  // The verdict is a new object each render: its JSON says whether it changed.
  const verdictKey = JSON.stringify(verdict);
  useEffect(() => {
    onVerdict?.(JSON.parse(verdictKey) as HealthVerdict);
  }, [onVerdict, verdictKey]);
  return { health, verdict };
};
