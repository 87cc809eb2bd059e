/**
 * The trainerWithoutAccess fixture of the grant/revoke specs: trainer starts without MLflow access
 * in team-a (and MLflow, which caches allow decisions for 2 s in the stack, really refuses it),
 * loses whatever the test granted, and gets the stack's own bindings back. With it, the checks of
 * what the apiserver and MLflow (called with trainer's own token) say after a grant or a revoke.
 */
import { expect } from '@playwright/test';

import { eventually } from './eventually';
import {
  giveBackBindings,
  INTEGRATION_ROLE,
  NAMESPACE,
  takeAwayTrainerAccess,
  TRAINER,
  trainerIntegrationBindings,
  whatTrainerSees,
} from './trainer-access';

export interface TrainerWithoutAccess {
  /** Where trainer lives and is granted access: team-a. */
  namespace: string;
  /** The ClusterRole a grant binds trainer to. */
  integrationRole: string;
  /**
   * The apiserver holds exactly one binding of trainer to the integration ClusterRole, and
   * trainer's own token reaches team-a's seeded experiments but nothing of team-b.
   */
  expectGranted: () => Promise<void>;
  /** No binding is left, and MLflow refuses trainer in team-a again. */
  expectRevoked: () => Promise<void>;
}

const expectGranted = async () => {
  const granted = await trainerIntegrationBindings();
  expect(
    granted.map((binding) => ({
      name: binding.metadata?.name,
      roleRef: binding.roleRef,
      subjects: binding.subjects,
    })),
  ).toEqual([
    {
      name: 'trainer-mlflow',
      roleRef: {
        apiGroup: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: INTEGRATION_ROLE,
      },
      subjects: [{ kind: 'ServiceAccount', name: TRAINER, namespace: NAMESPACE }],
    },
  ]);
  const inTeamA = await eventually(
    () => whatTrainerSees(NAMESPACE, 'fraud-detection'),
    (view) => view.getStatus === 200,
  );
  expect(inTeamA.searchStatus).toBe(200);
  expect(inTeamA.getStatus).toBe(200);
  expect(inTeamA.experiments).toEqual(
    expect.arrayContaining(['fraud-detection', 'churn-model', 'automl-trial']),
  );
  await expect
    .poll(() => whatTrainerSees('team-b', 'ocr-invoices'))
    .toEqual({
      searchStatus: 200,
      experiments: [],
      getStatus: 403,
    });
};

const expectRevoked = async () => {
  await expect.poll(trainerIntegrationBindings).toEqual([]);
  const revoked = await eventually(
    () => whatTrainerSees(NAMESPACE, 'fraud-detection'),
    (view) => view.getStatus === 403,
  );
  expect(revoked).toEqual({ searchStatus: 200, experiments: [], getStatus: 403 });
};

/** Sets trainer up without access, hands the checks to the test, then puts everything back. */
export const withTrainerWithoutAccess = async (
  use: (trainer: TrainerWithoutAccess) => Promise<void>,
) => {
  const taken = await takeAwayTrainerAccess();
  try {
    const before = await eventually(
      () => whatTrainerSees(NAMESPACE, 'fraud-detection'),
      (view) => view.getStatus === 403,
    );
    if (before.getStatus !== 403) {
      throw new Error(`trainer still reaches team-a without a binding: ${JSON.stringify(before)}`);
    }
    await use({
      namespace: NAMESPACE,
      integrationRole: INTEGRATION_ROLE,
      expectGranted,
      expectRevoked,
    });
  } finally {
    // Whatever the test granted goes, even when it failed half-way; the stack's own comes back.
    await takeAwayTrainerAccess();
    await giveBackBindings(taken);
  }
};
