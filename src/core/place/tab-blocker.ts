/**
 * What stands between a person and a workspace's MLflow data in Project → MLflow, if anything:
 * one answer from every fact the tab has, in the order a person should hear them. Pure, as
 * `mlflow-status.ts` is for the admin page.
 */
import type { MlflowStatus } from '@/core/instance/mlflow-status';

/** States in which the MLflow server may answer; anything else is not worth a request. */
const MAY_SERVE: readonly MlflowStatus['kind'][] = ['available', 'starting', 'degraded'];

export interface ServingInput {
  /** The cluster's MLflow status is loaded (`statusKind` is then known). */
  statusLoaded: boolean;
  statusKind: MlflowStatus['kind'];
  /** The user may not read the cluster's MLflow objects: only MLflow itself can tell. */
  statusForbidden: boolean;
  /** OpenShift AI's or MLflow's CRD exists. */
  mlflowInstalled: boolean;
}

/** Whether MLflow may answer at all; until the status is in, wherever OpenShift AI is installed. */
export const mlflowMayServe = (input: ServingInput): boolean =>
  input.statusForbidden ||
  (input.statusLoaded ? MAY_SERVE.includes(input.statusKind) : input.mlflowInstalled);

export interface BlockerInput extends ServingInput {
  /** The namespace can be a workspace (name, label selector). */
  eligible: boolean;
  /** server-info's workspaces_enabled, once known. */
  workspacesEnabled?: boolean;
  /** server-info failed (the header shows it, with Retry). */
  serverInfoFailed: boolean;
  /** May the user list experiments here (asked for registered models only). */
  experimentAccess: { loading: boolean; allowed: boolean };
}

export type TabBlocker =
  | 'mlflow-not-serving'
  | 'not-a-workspace'
  | 'server-unreachable'
  | 'checking-access'
  | 'no-experiment-access';

/** The blocker of the experiments section, or undefined when its data can be asked for. */
export const experimentsBlocker = (input: BlockerInput): TabBlocker | undefined => {
  if (!mlflowMayServe(input)) return 'mlflow-not-serving';
  if (!input.eligible || input.workspacesEnabled === false) return 'not-a-workspace';
  if (input.serverInfoFailed) return 'server-unreachable';
  return undefined;
};

/** Registered models are filtered to nothing for who may not list experiments: say so instead. */
export const modelsBlocker = (input: BlockerInput): TabBlocker | undefined => {
  const blocker = experimentsBlocker(input);
  if (blocker) return blocker;
  if (input.experimentAccess.loading) return 'checking-access';
  if (!input.experimentAccess.allowed) return 'no-experiment-access';
  return undefined;
};
