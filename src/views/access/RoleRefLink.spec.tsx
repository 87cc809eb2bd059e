import { render, screen } from '@testing-library/react';

import type { RoleBinding } from '@/core/k8s/types';

import { RoleRefLink } from './RoleRefLink';

const boundTo = (kind: 'Role' | 'ClusterRole', name: string): RoleBinding => ({
  metadata: { name: 'b', namespace: 'team-a' },
  roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind, name },
  subjects: [],
});

describe('RoleRefLink', () => {
  it('links a Role in the binding’s namespace', () => {
    render(<RoleRefLink binding={boundTo('Role', 'mlflow-reader')} namespace="team-a" />);
    const role = screen.getByText('mlflow-reader');
    expect(role).toHaveAttribute('data-kind', 'Role');
    expect(role).toHaveAttribute('data-namespace', 'team-a');
  });

  it('links a ClusterRole without a namespace', () => {
    render(<RoleRefLink binding={boundTo('ClusterRole', 'admin')} namespace="team-a" />);
    const role = screen.getByText('admin');
    expect(role).toHaveAttribute('data-kind', 'ClusterRole');
    expect(role).not.toHaveAttribute('data-namespace');
  });
});
