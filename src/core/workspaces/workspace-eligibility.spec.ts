import { formatLabelSelector, matchesLabelSelector } from '@/core/k8s/label-selector';

import { explainWorkspaceEligibility } from './workspace-eligibility';

const ns = (name: string, labels?: Record<string, string>) => ({ metadata: { name, labels } });

describe('explainWorkspaceEligibility', () => {
  it('accepts an ordinary project when no selector is set', () => {
    expect(explainWorkspaceEligibility(ns('team-a'))).toEqual({ eligible: true });
  });

  it.each(['openshift-monitoring', 'kube-system', 'redhat-ods-applications'])(
    'excludes %s by its prefix',
    (name) => {
      expect(explainWorkspaceEligibility(ns(name))).toMatchObject({
        eligible: false,
        reason: 'excluded-prefix',
      });
    },
  );

  it('explains a label selector the namespace does not match', () => {
    const selector = { matchLabels: { 'mlflow-enabled': 'true' } };
    expect(explainWorkspaceEligibility(ns('team-a'), selector)).toEqual({
      eligible: false,
      reason: 'label-selector',
      selector: 'mlflow-enabled=true',
    });
    expect(
      explainWorkspaceEligibility(ns('team-a', { 'mlflow-enabled': 'true' }), selector),
    ).toEqual({ eligible: true });
  });
});

describe('matchesLabelSelector', () => {
  const labels = { tier: 'gold', env: 'prod' };
  it.each([
    [{ matchExpressions: [{ key: 'tier', operator: 'In', values: ['gold', 'silver'] }] }, true],
    [{ matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['gold'] }] }, false],
    [{ matchExpressions: [{ key: 'env', operator: 'Exists' }] }, true],
    [{ matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, false],
    [{ matchExpressions: [{ key: 'env', operator: 'Bogus' }] }, false],
    [
      { matchLabels: { tier: 'gold' }, matchExpressions: [{ key: 'x', operator: 'DoesNotExist' }] },
      true,
    ],
  ])('evaluates %j as %s', (selector, expected) => {
    expect(matchesLabelSelector(labels, selector)).toBe(expected);
  });

  it('formats selectors as kubectl does', () => {
    expect(
      formatLabelSelector({
        matchLabels: { a: 'b' },
        matchExpressions: [
          { key: 'c', operator: 'In', values: ['d', 'e'] },
          { key: 'f', operator: 'Exists' },
        ],
      }),
    ).toBe('a=b,c in (d,e),f');
  });
});
