/**
 * The cluster admin on Administration → MLflow → Health: the MLflow server is seeded crash-looping
 * on the real apiserver (no controller runs here, so the seeder writes the Pod's status as the
 * kubelet would), and the card names the cause, the fix and the Pod with its logs; when the
 * server is healthy again the card says so without a reload.
 */
import { join } from 'path';

import { isShell, open, SCREENSHOT_DIR } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { seedWorkloadState } from '../support/health-states';

const NAMESPACE = 'redhat-ods-applications';
const SERVER_POD = 'mlflow-6b8d9c7f5-k2x7p';

test.afterEach(() => {
  // Whatever happened, the demo ends with a healthy MLflow.
  seedWorkloadState('healthy');
});

test.describe('Administration → MLflow health, as the cluster admin', () => {
  // The seeder writes Pods of its own into the MLflow namespace: the local stack only.
  test.skip(!isShell(), 'the failing Pods are seeded into the local stack');

  test('shows a CrashLoopBackOff with its reason, the fix and links, then the recovery', async ({
    admin: session,
    expectHealthyPage,
    theme,
  }) => {
    seedWorkloadState('crash-loop');
    const { page } = session;
    await open(session, '/mlflow');

    const diagnosis = page.getByTestId('diagnosis-crash-loop');
    await expect(
      diagnosis.getByText('The MLflow server keeps crashing (CrashLoopBackOff)'),
    ).toBeVisible();
    const text = await diagnosis.innerText();
    // The last line the container wrote, from the Pod's status, and the fix in one sentence.
    expect(text).toContain(
      "mlflow.exceptions.MlflowException: Could not find the artifact repository for the scheme 's4'",
    );
    expect(text).toContain('correct the MLflow CR’s settings it names');
    // The status beside the title rolls the finding up.
    await expect(page.getByTestId('mlflow-status-label')).toHaveText(
      'Degraded: The MLflow server keeps crashing (CrashLoopBackOff)',
    );
    await expect(
      diagnosis.getByRole('link', { name: SERVER_POD, exact: false }).first(),
    ).toHaveAttribute('href', `/k8s/ns/${NAMESPACE}/pods/${SERVER_POD}`);
    await expect(diagnosis.getByRole('link', { name: `Logs of ${SERVER_POD}` })).toHaveAttribute(
      'href',
      `/k8s/ns/${NAMESPACE}/pods/${SERVER_POD}/logs`,
    );

    // The Pod's row says the same, with its restarts.
    const podRow = page
      .locator('table[aria-label="MLflow server Pods"] tbody tr')
      .filter({ hasText: SERVER_POD });
    await expect(podRow).toContainText(/CrashLoopBackOff[\s\S]*0 of 1[\s\S]*6[\s\S]*Error \(1\)/);

    const card = page.locator('.pf-v6-c-card', {
      has: page.locator('.pf-v6-c-card__title-text', { hasText: /^Health$/ }),
    });
    await expectHealthyPage(session, 'admin-health');
    // The card whole, for the README: the shell's page scrolls inside the viewport, which would
    // cut the picture, so the card's ancestors stop clipping (this page is not used for more).
    await card.evaluate((element) => {
      for (let node = element.parentElement; node; node = node.parentElement) {
        node.style.overflow = 'visible';
        node.style.height = 'auto';
        node.style.maxHeight = 'none';
      }
    });
    await card.screenshot({
      path: join(SCREENSHOT_DIR, `health-card-${theme}.png`),
      animations: 'disabled',
    });

    // The operator "rolls out" a fixed Pod: the watches bring it, no reload.
    seedWorkloadState('healthy');
    await expect(diagnosis).toHaveCount(0);
    const allWell = card.locator('.pf-v6-c-alert.pf-m-success');
    await expect(allWell).toBeVisible();
    await expect(allWell).toHaveText(/No known problem found$/);
    await expect(page.getByTestId('mlflow-status-label')).not.toHaveText(/^Degraded/);
  });
});
