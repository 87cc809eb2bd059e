/**
 * Switching MLflow off completely against the real kube-apiserver: the switch's steps
 * (planSwitchSteps / runSwitchSteps, as useSwitchSteps runs them in the view) with the MLflow CR's
 * delete preconditions from instanceDeleteOptions. A delete based on a CR that changed since the
 * dialog read it is refused with 409 and nothing is switched off; a current one deletes the CR and
 * then switches the component off; switching on again creates the default instance.
 *
 * The component is switched on a fresh DataScienceCluster (default-dsc stays Managed); the demo
 * `mlflow` is deleted for a few seconds and restored (spec, status, the ConsoleLink's owner).
 */
import {
  deleteMlflowQuestion,
  instanceDeleteOptions,
} from '../../src/core/instance/instance-removal';
import type {
  MlflowInstanceWithSpec,
  ObservedDataScienceCluster,
} from '../../src/core/instance/instance-types';
import {
  buildSwitchWrite,
  planSwitchSteps,
  runSwitchSteps,
  summarizeSwitchRun,
} from '../../src/core/instance/switch-steps';
import type { SwitchRequest } from '../../src/core/instance/switch-steps';
import { deleteWithOptions } from '../support/delete-with-options';
import { MLFLOW_PATH, restoreSetAsideMlflow } from '../support/mlflow-instance';
import { kube, uniqueName } from '../support/stack';
import type { HttpResult, Identity } from '../support/stack';

const DSCS = '/apis/datasciencecluster.opendatahub.io/v2/datascienceclusters';
const MLFLOWS = '/apis/mlflow.opendatahub.io/v1/mlflows';
const admin = kube('admin');

/** What the console's fetch rejects a non-2xx answer with, so describeError sees what the UI sees. */
const settle = async (pending: Promise<HttpResult>) => {
  const result = await pending;
  if (result.status >= 300) {
    throw Object.assign(new Error(`HTTP ${String(result.status)}`), {
      response: { status: result.status },
      json: result.body,
    });
  }
  return result.body;
};

/**
 * The view's run (src/hooks/useSwitchSteps.ts): the same plan, the same writes from
 * buildSwitchWrite, the same stop on failure; sent with the stack's client instead of the SDK.
 */
const runSwitch = (
  request: SwitchRequest,
  dsc: ObservedDataScienceCluster,
  mlflow: MlflowInstanceWithSpec | undefined,
) => {
  const dscPath = `${DSCS}/${dsc.metadata?.name ?? ''}`;
  return runSwitchSteps(planSwitchSteps(request), (step) => {
    const write = buildSwitchWrite(step, request, { dsc, mlflow });
    switch (write.kind) {
      case 'patch-component':
        return settle(admin.patch(`${dscPath}${write.dryRun ? '?dryRun=All' : ''}`, write.patch));
      case 'delete-instance':
        return settle(deleteWithOptions('admin', MLFLOW_PATH, write.options));
      case 'create-instance':
        return settle(admin.post(MLFLOWS, write.instance));
    }
  });
};

const freshDsc = async () => {
  const result = await admin.post(DSCS, {
    apiVersion: 'datasciencecluster.opendatahub.io/v2',
    kind: 'DataScienceCluster',
    metadata: { name: uniqueName('it-switch-off') },
    spec: { components: { mlflowoperator: { managementState: 'Managed' } } },
  });
  expect(result.status).toBe(201);
  return result.body as ObservedDataScienceCluster;
};

const readDsc = async (dsc: ObservedDataScienceCluster) =>
  (await admin.get(`${DSCS}/${dsc.metadata?.name ?? ''}`)).body as ObservedDataScienceCluster;
const componentState = (dsc: ObservedDataScienceCluster) =>
  dsc.spec?.components?.mlflowoperator?.managementState;

const getMlflow = async () => {
  const result = await admin.get(MLFLOW_PATH);
  expect(result.status).toBe(200);
  return result.body as MlflowInstanceWithSpec;
};

const switchOff: SwitchRequest = { target: 'Removed', deleteInstance: true, createInstance: false };
const switchOn: SwitchRequest = { target: 'Managed', deleteInstance: false, createInstance: true };

describe('switching MLflow off with the instance, and on again with a new one', () => {
  it('refuses a stale delete with 409 (nothing switched off), then deletes a current one', async () => {
    const demo = await getMlflow();
    const dsc = await freshDsc();
    try {
      // The dialog showed the demo; then someone else changed it.
      const shown = demo;
      const touched = await admin.patch(
        MLFLOW_PATH,
        { metadata: { annotations: { 'example.com/touched': 'by someone else' } } },
        'application/merge-patch+json',
      );
      expect(touched.status).toBe(200);

      const stale = await runSwitch(switchOff, dsc, shown);
      expect(stale.done).toEqual(['check-component']);
      expect(summarizeSwitchRun(stale)).toMatchObject({
        kind: 'unchanged',
        step: 'delete-instance',
        error: { kind: 'conflict', status: 409 },
      });
      expect((await admin.get(MLFLOW_PATH)).status).toBe(200);
      expect(componentState(await readDsc(dsc))).toBe('Managed');

      // Reviewed again: the CR as it is now.
      const current = await getMlflow();
      const fresh = await runSwitch(switchOff, await readDsc(dsc), current);
      expect(summarizeSwitchRun(fresh)).toEqual({ kind: 'complete' });
      expect((await admin.get(MLFLOW_PATH)).status).toBe(404);
      expect(componentState(await readDsc(dsc))).toBe('Removed');

      // On again, creating the instance with default storage.
      const on = await runSwitch(switchOn, await readDsc(dsc), undefined);
      expect(summarizeSwitchRun(on)).toEqual({ kind: 'complete' });
      expect(componentState(await readDsc(dsc))).toBe('Managed');
      const created = await getMlflow();
      expect(created.spec).toMatchObject({
        backendStoreUri: 'sqlite:////mlflow/mlflow.db',
        storage: { resources: { requests: { storage: '10Gi' } } },
      });
    } finally {
      await admin.delete(`${DSCS}/${dsc.metadata?.name ?? ''}`);
      await restoreSetAsideMlflow(demo);
    }
    expect((await getMlflow()).spec).toEqual(demo.spec);
  });

  it('refuses a delete whose uid names an earlier object of the same name', async () => {
    const demo = await getMlflow();
    const replaced = {
      ...demo,
      metadata: { ...demo.metadata, uid: '00000000-0000-0000-0000-000000000000' },
    };
    const options = instanceDeleteOptions(replaced);
    expect(options).toBeDefined();
    const refused = await deleteWithOptions('admin', MLFLOW_PATH, options);
    expect(refused.status).toBe(409);
    expect((await admin.get(MLFLOW_PATH)).status).toBe(200);
  });

  it.each<[Identity, boolean]>([
    ['admin', true],
    ['bob', false],
  ])('the delete permission question: %s allowed = %s', async (identity, allowed) => {
    const { group, resource, verb } = deleteMlflowQuestion;
    const review = await kube(identity).post(
      '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews',
      {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: { group, resource, verb } },
      },
    );
    expect((review.body as { status?: { allowed?: boolean } }).status?.allowed === true).toBe(
      allowed,
    );
    // What the apiserver then does, as a dry run.
    const tried = await kube(identity).delete(`${MLFLOW_PATH}?dryRun=All`);
    expect(tried.status).toBe(allowed ? 200 : 403);
  });
});
