/**
 * The cluster admin sees in Administration → MLflow's workspaces overview which projects override
 * their artifact storage: team-a's row changes from the instance default to its override as soon
 * as the project's MLflowConfig is created (one cluster-wide watch, no reload), naming the Secret
 * the bucket comes from and never the bucket itself.
 */
import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { kube } from '../support/stack';

const WORKSPACE = 'team-a';
// The CRD admits only this name (a CEL rule on spec.artifactRootSecret).
const SECRET_NAME = 'mlflow-artifact-connection';
const SECRETS = `/api/v1/namespaces/${WORKSPACE}/secrets`;
const CONFIGS = `/apis/mlflow.kubeflow.org/v1/namespaces/${WORKSPACE}/mlflowconfigs`;
// A value the page must never show.
const BUCKET = `e2e-bucket-${Date.now().toString(36)}`;
const PATH_IN_BUCKET = 'e2e/overview';

test.beforeEach(async () => {
  // The demo project starts on the instance's storage.
  expect((await kube('admin').get(`${CONFIGS}/mlflow`)).status).toBe(404);
  const created = await kube('alice').post(SECRETS, {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: SECRET_NAME },
    stringData: { AWS_S3_BUCKET: BUCKET, AWS_ACCESS_KEY_ID: 'e2e', AWS_SECRET_ACCESS_KEY: 'e2e' },
  });
  expect(created.status).toBe(201);
});

test.afterEach(async () => {
  // Whatever happened, team-a goes back to the instance's storage and the Secret goes.
  await kube('admin').delete(`${CONFIGS}/mlflow`);
  await kube('admin').delete(`${SECRETS}/${SECRET_NAME}`);
});

test.describe('Administration → MLflow, which projects override artifact storage', () => {
  test("admin sees team-a's override appear on its row, and filters to it", async ({
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, '/mlflow/workspaces');
    const table = page.getByRole('grid', { name: 'MLflow workspaces' });
    const teamA = table.getByRole('row').filter({ hasText: WORKSPACE });
    const teamB = table.getByRole('row').filter({ hasText: 'team-b' });
    await expect(teamA.getByText('Instance default')).toBeVisible();

    // alice gives her project its own storage while the admin looks at the overview.
    const created = await kube('alice').post(CONFIGS, {
      apiVersion: 'mlflow.kubeflow.org/v1',
      kind: 'MLflowConfig',
      metadata: { name: 'mlflow' },
      spec: { artifactRootSecret: SECRET_NAME, artifactRootPath: PATH_IN_BUCKET },
    });
    expect(created.status).toBe(201);
    await expect(
      teamA.getByText(`Override: s3://<AWS_S3_BUCKET of ${SECRET_NAME}>/${PATH_IN_BUCKET}`),
    ).toBeVisible();
    await expect(teamB.getByText('Instance default')).toBeVisible();
    await expect(page.getByText(BUCKET)).toHaveCount(0);

    await page.getByRole('checkbox', { name: 'Only projects that override storage' }).check();
    await expect(teamB).toHaveCount(0);
    await expect(teamA).toHaveCount(1);
    await expectHealthyPage(session, 'admin-workspace-storage');
  });
});
