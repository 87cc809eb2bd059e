/**
 * Administration → MLflow's first screen, at 1440×900: the admin sees the title, the status that
 * rolls everything up and the health's findings without scrolling, also when something fails;
 * bob, who may read none of it, sees one restricted-access state instead of a row of errors.
 */
import type { Page } from '@playwright/test';

import { isShell, open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { seedWorkloadState } from '../support/health-states';

const FIRST_SCREEN = { width: 1440, height: 900 };

/** What a person sees before scrolling: the page's head and the Overview's findings. */
const expectFirstScreen = async (page: Page, finding: RegExp) => {
  await expect(page.getByRole('heading', { name: 'MLflow', level: 1 })).toBeInViewport({
    ratio: 1,
  });
  await expect(page.getByTestId('mlflow-status-label')).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings).toContainText(finding);
  await expect(findings.getByRole('heading').first()).toBeInViewport({ ratio: 1 });
};

test.describe('Administration → MLflow, the first screen', () => {
  test.afterEach(() => {
    // Whatever happened, the demo ends with a healthy MLflow.
    if (isShell()) seedWorkloadState('healthy');
  });

  test('shows the admin the title, the status and the findings without scrolling', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    await page.setViewportSize(FIRST_SCREEN);
    await open(session, '/mlflow');
    await expect(page.getByTestId('mlflow-status-label')).toHaveText('Available');
    await expectFirstScreen(page, /No known problem found/);
    await expectHealthyPage(session, 'admin-first-screen');
  });

  test('puts a failure found, and the status it degrades, on the first screen', async ({
    admin: session,
    expectHealthyPage,
  }) => {
    // The seeder writes Pods of its own into the MLflow namespace: the local stack only.
    test.skip(!isShell(), 'the failing Pods are seeded into the local stack');
    seedWorkloadState('crash-loop');
    const { page } = session;
    await page.setViewportSize(FIRST_SCREEN);
    await open(session, '/mlflow');
    await expect(page.getByTestId('mlflow-status-label')).toHaveText(
      'Degraded: The MLflow server keeps crashing (CrashLoopBackOff)',
    );
    await expectFirstScreen(page, /The MLflow server keeps crashing \(CrashLoopBackOff\)/);
    await expectHealthyPage(session, 'admin-first-screen-crash-loop');
  });

  test('tells bob once that MLflow administration is not his, and whom to ask', async ({
    bob,
    expectHealthyPage,
  }) => {
    const { page } = bob;
    await page.setViewportSize(FIRST_SCREEN);
    await open(bob, '/mlflow');
    const restricted = page.getByRole('heading', {
      name: 'You do not have access to MLflow administration',
    });
    await expect(restricted).toBeInViewport({ ratio: 1 });
    await expect(page.getByText(/ask one for read access to DataScienceClusters/)).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Could not/ })).toHaveCount(0);
    await expect(page.getByTestId('mlflow-status-label')).toHaveCount(0);
    await expectHealthyPage(bob, 'admin-first-screen-bob');
  });
});
