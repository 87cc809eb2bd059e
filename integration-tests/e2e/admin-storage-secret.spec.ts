/**
 * The cluster admin moves MLflow to an external database on Administration → MLflow and types a
 * URI with a password: the form warns, refuses an invalid combination before anything is sent,
 * and moves the URI into a Secret, so the saved MLflow resource reads it from there
 * (backendStoreUriFrom) and holds no password.
 */
import { open } from '../support/browser';
import { eventually } from '../support/eventually';
import { expect, test } from '../support/fixtures';
import type { MlflowObject } from '../support/mlflow-instance';
import { MLFLOW_NAMESPACE, readMlflow, restoreMlflowSpec } from '../support/mlflow-instance';
import { kube, uniqueName } from '../support/stack';

const PASSWORD = `e2e-pw-${Date.now().toString(36)}`;
const DATABASE_URI = `postgresql://mlflow:${PASSWORD}@postgres.example.com:5432/mlflow`;
const ARTIFACT_ROOT = 's3://mlflow-e2e/artifacts';
// A Secret of its own per run: the form's default name may be in use by an earlier run or a person.
const SECRET_NAME = uniqueName('e2e-backend-uri');
const SECRET_PATH = `/api/v1/namespaces/${MLFLOW_NAMESPACE}/secrets/${SECRET_NAME}`;

interface Secret {
  metadata: { labels?: Record<string, string> };
  data?: Record<string, string>;
}

let original: MlflowObject;

test.beforeAll(async () => {
  original = await readMlflow();
});

test.afterAll(async () => {
  // Whatever happened, the demo instance goes back to SQLite on its volume, and the Secret goes.
  await restoreMlflowSpec(original.spec);
  await kube('admin').delete(SECRET_PATH);
});

// Everything it changes is put back in afterAll (the instance's spec, the Secret), so it runs
// against a real console too; there the operator rolls MLflow out twice meanwhile.
test.describe('Administration → MLflow storage, as the cluster admin', () => {
  test('moves a database URI with a password into a Secret, after blocking an invalid combination', async ({
    signIn,
    expectHealthyPage,
  }) => {
    // The demo instance starts on SQLite: otherwise "External" below would change nothing.
    expect(original.spec.backendStoreUri).toBe('sqlite:////mlflow/mlflow.db');
    const session = await signIn('admin');
    const { page } = session;
    await open(session, '/mlflow');
    // Storage is a tab of its own, with a path of its own to come back to.
    await page.getByRole('tab', { name: 'Storage' }).click();
    await expect(page).toHaveURL(/\/mlflow\/storage$/);
    await page.getByRole('button', { name: 'Edit storage settings' }).click();

    await page.getByRole('radio', { name: 'External: PostgreSQL or MySQL, and S3' }).check();
    await page.getByRole('radio', { name: 'Typed URI' }).check();
    await page.getByRole('textbox', { name: 'Database URI' }).fill(DATABASE_URI);
    const passwordWarning = page.getByRole('heading', { name: /This URI contains a password/ });
    await expect(passwordWarning).toBeVisible();
    await expectHealthyPage(session, 'admin-storage-password-warning', { shows: passwordWarning });

    // Not serving artifacts and no default artifact root: MLflow would not know where they go.
    await page.getByRole('checkbox', { name: 'Serve artifacts through MLflow' }).uncheck();
    await page.getByRole('button', { name: 'Review changes' }).click();
    const ruleMessage = page.getByText(
      'Choose where artifacts go: either let MLflow serve them, or set a default artifact root. (defaultArtifactRoot, serveArtifacts)',
    );
    await expect(ruleMessage).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    // Refused in the browser: the apiserver never saw a write.
    expect((await readMlflow()).metadata.resourceVersion).toBe(original.metadata.resourceVersion);
    await expectHealthyPage(session, 'admin-storage-invalid-combination', { shows: ruleMessage });

    await page.getByRole('textbox', { name: 'Default artifact root' }).fill(ARTIFACT_ROOT);
    await expect(ruleMessage).toHaveCount(0);
    await page.getByRole('textbox', { name: 'Secret name' }).fill(SECRET_NAME);
    await page.getByRole('button', { name: 'Create Secret and use it' }).click();
    // The form now reads the URI from the Secret; the typed URI and its warning are gone.
    await expect(
      page.getByRole('radio', { name: 'From a Secret (recommended)', checked: true }),
    ).toBeVisible();
    await expect(passwordWarning).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Database URI' })).toHaveCount(0);
    await expect(page.getByRole('combobox', { name: `Secret in ${MLFLOW_NAMESPACE}` })).toHaveValue(
      SECRET_NAME,
    );

    const secret = await kube('admin').get(SECRET_PATH);
    expect(secret.status).toBe(200);
    const { data, metadata } = secret.body as Secret;
    expect(Buffer.from(data?.['backend-store-uri'] ?? '', 'base64').toString()).toBe(DATABASE_URI);
    expect(metadata.labels?.['app.kubernetes.io/managed-by']).toBe('mlflow-console-plugin');

    await page.getByRole('button', { name: 'Review changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Review storage changes' });
    await expect(dialog).toBeVisible();
    const changes = dialog.getByRole('list', { name: 'What changes' });
    await expect(
      changes.getByText(`Secret of the database URI: (none) → ${SECRET_NAME}`, { exact: true }),
    ).toBeVisible();
    await expect(dialog).not.toContainText(PASSWORD);
    await expectHealthyPage(session, 'admin-storage-review-secret', { shows: dialog });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(
      page.getByText('Storage settings saved. The operator now rolls out MLflow with them.'),
    ).toBeVisible();
    await expect(
      page.getByText(`Database URI from Secret ${SECRET_NAME}, key backend-store-uri`),
    ).toBeVisible();

    const saved = await eventually(readMlflow, (mlflow) => 'backendStoreUriFrom' in mlflow.spec);
    expect(saved.spec.backendStoreUriFrom).toEqual({
      name: SECRET_NAME,
      key: 'backend-store-uri',
    });
    expect(saved.spec.backendStoreUri).toBeUndefined();
    expect(saved.spec.defaultArtifactRoot).toBe(ARTIFACT_ROOT);
    expect(JSON.stringify(saved.spec)).not.toContain(PASSWORD);
    // Nor anywhere else in the object (annotations, managedFields).
    expect(JSON.stringify(saved)).not.toContain(PASSWORD);
    await expectHealthyPage(session, 'admin-storage-saved-secret');
  });
});
