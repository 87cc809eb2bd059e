/**
 * What the tab's header says about this namespace as an MLflow workspace, in one word: the
 * facts come in one by one (the name rules at once, the cluster's status and MLflow's
 * server-info later), and until they say otherwise the answer is that it is still being checked.
 */
import { mlflowMayServe } from '@/core/place/tab-blocker';
import type { ServingInput } from '@/core/place/tab-blocker';

export type WorkspaceState =
  | 'checking'
  | 'workspace'
  | 'not-a-workspace'
  | 'workspaces-disabled'
  | 'mlflow-not-serving'
  | 'unreachable';

export interface WorkspaceStateInput extends ServingInput {
  /** The namespace can be a workspace (name, the instance's label selector). */
  eligible: boolean;
  /** server-info's workspaces_enabled, once known. */
  workspacesEnabled?: boolean;
  serverInfoFailed: boolean;
}

/** The state of the workspace, the most telling fact first. */
export const deriveWorkspaceState = (input: WorkspaceStateInput): WorkspaceState => {
  if (!input.eligible) return 'not-a-workspace';
  if (!mlflowMayServe(input)) return 'mlflow-not-serving';
  if (input.serverInfoFailed) return 'unreachable';
  if (input.workspacesEnabled === false) return 'workspaces-disabled';
  return input.workspacesEnabled ? 'workspace' : 'checking';
};
