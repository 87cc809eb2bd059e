import { adminTabPath, parseAdminTab } from './adminTab';

describe('the admin page tabs in the URL', () => {
  it('puts each tab but the Overview in a path segment of its own', () => {
    expect(adminTabPath('overview')).toBe('/mlflow');
    expect(adminTabPath('storage')).toBe('/mlflow/storage');
    expect(adminTabPath('settings')).toBe('/mlflow/settings');
    expect(adminTabPath('workspaces')).toBe('/mlflow/workspaces');
  });

  it('reads a tab back from its segment, and anything unknown as the Overview', () => {
    expect(parseAdminTab('storage')).toBe('storage');
    expect(parseAdminTab('workspaces')).toBe('workspaces');
    expect(parseAdminTab(undefined)).toBe('overview');
    expect(parseAdminTab('yaml')).toBe('overview');
  });
});
