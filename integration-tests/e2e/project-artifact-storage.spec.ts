/**
 * alice, admin of team-a, moves her project's artifacts to a bucket of her own on Project → MLflow:
 * the header menu's "Artifact storage…" opens the editor on the Settings tab, whose "Artifact
 * storage" row shows the instance's default root under the workspace's folder, the
 * form creates the project's MLflowConfig from the project's Secret (its name fixed by the CRD)
 * after a review, and the row then shows the effective root, never the bucket's value.
 */
import { open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { kube } from '../support/stack';
import { tabPath } from '../support/tab-url';

const WORKSPACE = 'team-a';
// The CRD admits only this name (a CEL rule on spec.artifactRootSecret).
const SECRET_NAME = 'mlflow-artifact-connection';
const SECRETS = `/api/v1/namespaces/${WORKSPACE}/secrets`;
const CONFIG_PATH = `/apis/mlflow.kubeflow.org/v1/namespaces/${WORKSPACE}/mlflowconfigs/mlflow`;
// A value the page must never show: the row names the key, not what it holds.
const BUCKET = `e2e-bucket-${Date.now().toString(36)}`;
const PATH_IN_BUCKET = 'e2e/experiments';

interface MlflowConfigOnCluster {
  spec?: { artifactRootSecret?: string; artifactRootPath?: string };
}

test.beforeEach(async () => {
  // The demo project starts on the instance's storage: otherwise there is nothing to create.
  expect((await kube('admin').get(CONFIG_PATH)).status).toBe(404);
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
  await kube('admin').delete(CONFIG_PATH);
  await kube('admin').delete(`${SECRETS}/${SECRET_NAME}`);
});

test.describe("Project → MLflow artifact storage, as the project's admin", () => {
  test('alice sets her project’s artifact storage from a Secret and sees the effective root', async ({
    alice: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await open(session, tabPath(WORKSPACE));
    // From the experiments, the header's menu leads to the editor, on the Settings tab.
    await page.getByRole('button', { name: 'Workspace actions' }).click();
    await page.getByRole('menuitem', { name: /^Artifact storage…/ }).click();
    const editor = page.getByRole('dialog', { name: "The project's artifact storage" });
    await expect(editor).toBeVisible();
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await expect(editor).toHaveCount(0);
    await expect(page.getByRole('tab', { name: 'Settings', selected: true })).toBeVisible();
    await expect(page).toHaveURL((url) => url.searchParams.get('section') === 'settings');

    const row = page.locator('.pf-v6-c-description-list__group', {
      has: page.getByText('Artifact storage', { exact: true }),
    });
    // alice may not read the cluster's MLflow instance: its root is unnamed, the folder is not.
    await expect(
      row.getByText(
        `The MLflow instance's default root, under workspaces/${WORKSPACE} (you cannot view the instance).`,
      ),
    ).toBeVisible();
    await expect(row.getByText("The MLflow instance's default storage")).toBeVisible();

    await row.getByRole('button', { name: 'Use the project’s own storage' }).click();
    const dialog = page.getByRole('dialog', { name: "The project's artifact storage" });
    await expect(dialog).toBeVisible();
    // The only name the CRD admits is picked already.
    const secret = dialog.getByRole('combobox', { name: 'Secret with the bucket and credentials' });
    await expect(secret).toHaveValue(SECRET_NAME);
    await dialog.getByRole('textbox', { name: 'Path in the bucket' }).fill(PATH_IN_BUCKET);
    await dialog.getByRole('button', { name: 'Review' }).click();

    // The review shows what is sent: a new MLflowConfig naming the Secret and the path.
    const reviewDialog = page.getByRole('dialog', { name: 'Review artifact storage changes' });
    await expect(
      reviewDialog.getByRole('list', { name: 'What will be created' }).getByRole('listitem'),
    ).toHaveText([
      `Secret with the bucket and credentials: (none) → ${SECRET_NAME}`,
      `Path in the bucket: (none) → ${PATH_IN_BUCKET}`,
    ]);
    await expectHealthyPage(session, 'alice-artifact-storage-review', { shows: reviewDialog });
    await reviewDialog.getByRole('button', { name: 'Create' }).click();
    await expect(reviewDialog).toHaveCount(0);

    // The row now shows the override's root, the bucket named by its key, not its value.
    await expect(
      row.getByText(`s3://<AWS_S3_BUCKET of ${SECRET_NAME}>/${PATH_IN_BUCKET}`),
    ).toBeVisible();
    await expect(row.getByText("This project's own storage")).toBeVisible();
    await expect(row.getByRole('button', { name: 'Remove override' })).toBeVisible();
    await expect(page.locator('body')).not.toContainText(BUCKET);

    const saved = await kube('admin').get(CONFIG_PATH);
    expect(saved.status).toBe(200);
    expect((saved.body as MlflowConfigOnCluster).spec).toEqual({
      artifactRootSecret: SECRET_NAME,
      artifactRootPath: PATH_IN_BUCKET,
    });
    await expectHealthyPage(session, 'alice-artifact-storage');
  });
});
