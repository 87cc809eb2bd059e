import {
  FIRST_NAMESPACE_PAGE_SIZE,
  NAMESPACE_PAGE_SIZE,
  parseWorkspaceNamespacePage,
  workspaceNamespacesPath,
} from './workspace-namespaces';

const selector = {
  matchLabels: { 'opendatahub.io/dashboard': 'true' },
  matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['system'] }],
};

describe('workspaceNamespacesPath', () => {
  it('asks the apiserver for one page, narrowed by the workspace label selector', () => {
    const url = new URL(workspaceNamespacesPath(selector, 'token+/='), 'https://console');
    expect(url.pathname).toBe('/api/kubernetes/api/v1/namespaces');
    expect(url.searchParams.get('limit')).toBe(String(NAMESPACE_PAGE_SIZE));
    expect(url.searchParams.get('labelSelector')).toBe(
      'opendatahub.io/dashboard=true,tier notin (system)',
    );
    expect(url.searchParams.get('continue')).toBe('token+/=');
  });

  it('asks for every namespace when the instance sets no selector', () => {
    const url = new URL(workspaceNamespacesPath(undefined), 'https://console');
    expect(url.searchParams.has('labelSelector')).toBe(false);
    expect(url.searchParams.has('continue')).toBe(false);
    expect(url.searchParams.get('limit')).toBe(String(FIRST_NAMESPACE_PAGE_SIZE));
  });
});

describe('parseWorkspaceNamespacePage', () => {
  const labels = { 'opendatahub.io/dashboard': 'true' };
  it('keeps the namespaces the workspace provider would expose, with their description', () => {
    const page = parseWorkspaceNamespacePage(
      {
        items: [
          {
            metadata: {
              name: 'team-a',
              labels,
              annotations: { 'mlflow.kubeflow.org/workspace-description': 'Team A' },
            },
          },
          { metadata: { name: 'openshift-monitoring', labels } },
          { metadata: { name: 'kube-system', labels } },
          { metadata: { name: 'no-label' } },
          { metadata: { name: 'system-tier', labels: { ...labels, tier: 'system' } } },
          { metadata: { name: 'team-b', labels } },
        ],
        metadata: { continue: 'next', remainingItemCount: 4500 },
      },
      selector,
    );
    expect(page.workspaces).toEqual([
      { name: 'team-a', description: 'Team A' },
      { name: 'team-b' },
    ]);
    expect(page.continueToken).toBe('next');
    expect(page.remaining).toBe(4500);
  });

  it('has no next page on the last page', () => {
    const page = parseWorkspaceNamespacePage({ items: [], metadata: { continue: '' } }, undefined);
    expect(page).toEqual({ workspaces: [], continueToken: undefined, remaining: undefined });
  });

  it('refuses an answer that is not a list', () => {
    expect(() => parseWorkspaceNamespacePage('<html>', undefined)).toThrow(
      'The namespace list answer has no items.',
    );
  });
});
