/**
 * The ServiceAccount team-a/trainer's MLflow integration access, for the e2e specs that grant and
 * revoke it through the UI: what the apiserver holds (read as admin), what MLflow answers trainer,
 * and taking the stack's own binding away for the spec and giving it back afterwards (the stack
 * seeds trainer-mlflow-integration, and other rings rely on it).
 */
import type { RoleBinding, Subject } from '../../src/core/k8s/types';
import { kube, mlflowBaseUrl, mlflowFetch } from './stack';

export const NAMESPACE = 'team-a';
export const TRAINER = 'trainer';
/** The integration ClusterRole as the stack installs it (with the operator's kustomize prefix). */
export const INTEGRATION_ROLE = 'mlflow-operator-mlflow-integration';
/** The label the plugin puts on bindings it creates (src/core/access/mlflow-access.ts). */
const CREATED_BY_LABEL = 'app.kubernetes.io/created-by';

const BINDINGS = `/apis/rbac.authorization.k8s.io/v1/namespaces/${NAMESPACE}/rolebindings`;

const isTrainer = (subject: Subject) =>
  subject.kind === 'ServiceAccount' &&
  subject.name === TRAINER &&
  (subject.namespace ?? NAMESPACE) === NAMESPACE;

/** team-a's RoleBindings that give trainer the integration role (any name ending like it). */
export const trainerIntegrationBindings = async (): Promise<RoleBinding[]> => {
  const result = await kube('admin').get(BINDINGS);
  if (result.status !== 200) throw new Error(`listing RoleBindings: ${String(result.status)}`);
  return (result.body as { items: RoleBinding[] }).items.filter(
    (binding) =>
      binding.roleRef.kind === 'ClusterRole' &&
      binding.roleRef.name.endsWith('mlflow-integration') &&
      (binding.subjects ?? []).some(isTrainer),
  );
};

const expectStatus = (what: string, status: number, allowed: number[]) => {
  if (!allowed.includes(status)) throw new Error(`${what}: apiserver answered ${String(status)}`);
};

/**
 * Removes trainer from every integration binding in team-a (deleting a binding it alone is in) and
 * returns the bindings as they were, minus the plugin's own: those are leftovers of an interrupted
 * run of these specs, not part of the stack, so they are not given back.
 */
export const takeAwayTrainerAccess = async (): Promise<RoleBinding[]> => {
  const admin = kube('admin');
  const found = await trainerIntegrationBindings();
  for (const binding of found) {
    const path = `${BINDINGS}/${binding.metadata?.name ?? ''}`;
    const others = (binding.subjects ?? []).filter((subject) => !isTrainer(subject));
    if (others.length === 0) {
      expectStatus(`deleting ${path}`, (await admin.delete(path)).status, [200, 404]);
    } else {
      // The resourceVersion read above makes this fail rather than drop a concurrent change.
      expectStatus(
        `updating ${path}`,
        (await admin.put(path, { ...binding, subjects: others })).status,
        [200],
      );
    }
  }
  return found.filter((binding) => !binding.metadata?.labels?.[CREATED_BY_LABEL]);
};

/** Puts bindings back as they were taken away (created again, or their subjects restored). */
export const giveBackBindings = async (bindings: readonly RoleBinding[]) => {
  const admin = kube('admin');
  for (const binding of bindings) {
    const { name, namespace, labels, annotations } = binding.metadata ?? {};
    const path = `${BINDINGS}/${name ?? ''}`;
    const current = await admin.get(path);
    const restored = { ...binding, metadata: { name, namespace, labels, annotations } };
    if (current.status === 404) {
      expectStatus(`re-creating ${path}`, (await admin.post(BINDINGS, restored)).status, [201]);
    } else {
      const { resourceVersion } = (current.body as RoleBinding).metadata ?? {};
      const update = { ...restored, metadata: { ...restored.metadata, resourceVersion } };
      expectStatus(`restoring ${path}`, (await admin.put(path, update)).status, [200]);
    }
  }
};

export interface TrainerView {
  /** experiments/search: MLflow answers 200 with the experiments trainer may see (none if denied). */
  searchStatus: number;
  experiments: string[];
  /** experiments/get-by-name of a seeded experiment: here a missing permission is a 403. */
  getStatus: number;
}

/**
 * What MLflow answers trainer's token in one workspace, the way a workload calls it. A search is
 * filtered to nothing rather than refused, so the 403 is asked of a named experiment.
 */
export const whatTrainerSees = async (
  workspace: string,
  seededExperiment: string,
): Promise<TrainerView> => {
  const call = mlflowFetch('trainer');
  const headers = { 'Content-Type': 'application/json', 'X-MLFLOW-WORKSPACE': workspace };
  const search = await call(`${mlflowBaseUrl()}/ajax-api/2.0/mlflow/experiments/search`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ max_results: 100 }),
  });
  const found = search.ok
    ? (((await search.json()) as { experiments?: { name: string }[] }).experiments ?? [])
    : [];
  const get = await call(
    `${mlflowBaseUrl()}/ajax-api/2.0/mlflow/experiments/get-by-name?experiment_name=${encodeURIComponent(seededExperiment)}`,
    { headers },
  );
  await get.body?.cancel(); // only the status matters; free the connection
  return {
    searchStatus: search.status,
    experiments: found.map((experiment) => experiment.name),
    getStatus: get.status,
  };
};
