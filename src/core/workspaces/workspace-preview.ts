/**
 * What a new workspace label selector changes: the namespaces that become MLflow workspaces and
 * the ones that stop being workspaces, from the workspace lists under the current and the new
 * selector (each listed by the apiserver and narrowed by the provider's rules).
 */
export interface WorkspaceChange {
  joining: string[];
  leaving: string[];
  /** Workspaces under both selectors. */
  staying: number;
}

export const compareWorkspaces = (
  current: readonly string[],
  next: readonly string[],
): WorkspaceChange => {
  const before = new Set(current);
  const after = new Set(next);
  return {
    joining: next.filter((name) => !before.has(name)).sort(),
    leaving: current.filter((name) => !after.has(name)).sort(),
    staying: next.filter((name) => before.has(name)).length,
  };
};
