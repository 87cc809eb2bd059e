/**
 * The storage editor as a careless admin and a curious browser see it (issue 13): no response or
 * watch frame the page receives carries the value of a Secret the user did not pick, and a
 * password typed into a URI cannot be saved without a separate consent, nor be seen in the review.
 */
import type { Page } from '@playwright/test';

import { isShell, open } from '../support/browser';
import { expect, test } from '../support/fixtures';
import { MLFLOW_NAMESPACE, readMlflow } from '../support/mlflow-instance';

const PASSWORD = `hunter2-${Date.now().toString(36)}`;

/** How a value can travel: as typed (stringData, text) or base64-encoded (a Secret's data). */
const encodings = (value: string) => [value, Buffer.from(value).toString('base64')];

/** Every response body and every WebSocket frame a page receives from now on, with its source. */
const recordTraffic = (page: Page) => {
  const reads: Promise<void>[] = [];
  const received: { source: string; text: string }[] = [];
  let sockets = 0;
  page.on('response', (response) => {
    reads.push(
      response.body().then(
        (body) => {
          received.push({ source: response.url(), text: body.toString('utf8') });
        },
        // Redirects and aborted requests have no body to read.
        () => undefined,
      ),
    );
  });
  page.on('websocket', (socket) => {
    sockets += 1;
    socket.on('framereceived', ({ payload }) => {
      const text = typeof payload === 'string' ? payload : payload.toString('utf8');
      received.push({ source: `frame of ${socket.url()}`, text });
    });
  });
  return {
    /** Watches opened (the shell, like the console, runs them over WebSockets). */
    sockets: () => sockets,
    /** Where any form of `value` arrived, once every body that was started has been read. */
    carriersOf: async (value: string) => {
      await Promise.all(reads);
      return received
        .filter(({ text }) => encodings(value).some((form) => text.includes(form)))
        .map(({ source }) => source);
    },
    sources: () => received.map(({ source }) => source),
  };
};

// The Secrets are seeded into the local stack's MLflow namespace; nothing is saved.
test.describe('the storage editor with hostile data, as admin', () => {
  test.skip(!isShell(), 'the Secrets are seeded into the local stack');

  test('never receives the values of a Secret the user did not pick', async ({
    hostileSecrets: secrets,
    admin: session,
    expectHealthyPage,
  }) => {
    const { page } = session;
    const traffic = recordTraffic(page);
    await open(session, '/mlflow/storage');
    await page.getByRole('button', { name: 'Edit storage settings' }).click();
    await page.getByRole('radio', { name: 'External: PostgreSQL or MySQL, and S3' }).check();

    const credentials = page.getByRole('combobox', { name: 'S3 credentials Secret' });
    // Every Secret is offered by name, the marker's too: the names did arrive.
    await expect(credentials.locator(`option[value="${secrets.markerSecret}"]`)).toBeAttached();
    await credentials.selectOption(secrets.pickedSecret);
    // Its keys were read: the one it lacks is named.
    const missingKeys = page.getByText('Missing keys: AWS_S3_ENDPOINT');
    await expect(missingKeys).toBeVisible();
    await expectHealthyPage(session, 'hostile-storage-secret-picked', { shows: missingKeys });
    await page.getByRole('button', { name: 'Cancel' }).click();

    // The scan can see a value: the picked Secret's own did arrive (read for its key names).
    await expect.poll(() => traffic.carriersOf(secrets.pickedValue)).toHaveLength(1);
    expect(traffic.sockets()).toBeGreaterThan(0);
    // The list of Secrets was fetched (as metadata) while recording.
    expect(
      traffic.sources().some((url) => url.endsWith(`/namespaces/${MLFLOW_NAMESPACE}/secrets`)),
    ).toBe(true);
    await expect.poll(() => traffic.carriersOf(secrets.marker)).toEqual([]);
  });

  test('refuses a typed password until it is moved or consented to, and hides it in the review', async ({
    signIn,
    expectHealthyPage,
  }) => {
    const original = await readMlflow();
    const session = await signIn('admin');
    const { page } = session;
    await open(session, '/mlflow/storage');
    await page.getByRole('button', { name: 'Edit storage settings' }).click();
    await page.getByRole('radio', { name: 'External: PostgreSQL or MySQL, and S3' }).check();
    await page.getByRole('radio', { name: 'Typed URI' }).check();
    await page
      .getByRole('textbox', { name: 'Database URI' })
      .fill(`postgresql://mlflow:${PASSWORD}@postgres.example.com:5432/mlflow`);
    await page
      .getByRole('textbox', { name: 'Registry store URI' })
      .fill(`mysql://registry:${PASSWORD}@mysql.example.com/registry`);
    await page.getByRole('textbox', { name: 'Artifact destination' }).fill('s3://bucket/artifacts');
    // Both URIs offer the move into a Secret.
    await expect(page.getByRole('button', { name: 'Create Secret and use it' })).toHaveCount(2);

    await page.getByRole('button', { name: 'Review changes' }).click();
    const refusal = page.getByText(
      'This URI contains a password: move it into a Secret, or agree to store it in clear text.',
    );
    await expect(refusal.first()).toBeVisible();
    await expect(refusal).toHaveCount(2);
    await expect(page.getByRole('dialog')).toHaveCount(0);

    const consents = page.getByRole('checkbox', {
      name: 'Store it in the MLflow resource in clear text instead',
    });
    await consents.nth(0).check();
    await consents.nth(1).check();
    await page.getByRole('button', { name: 'Review changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Review storage changes' });
    await expect(dialog).toBeVisible();
    const shown = await dialog.innerText();
    expect(shown).toContain('postgresql://mlflow:****@postgres.example.com:5432/mlflow');
    expect(shown).toContain('mysql://registry:****@mysql.example.com/registry');
    expect(shown).not.toContain(PASSWORD);
    await expectHealthyPage(session, 'hostile-storage-password-review', { shows: dialog });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // Nothing was written.
    expect((await readMlflow()).metadata.resourceVersion).toBe(original.metadata.resourceVersion);
  });
});
