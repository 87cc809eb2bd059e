/**
 * The admin page's tabs, each at its own path as on the console's details pages
 * (`/mlflow` is the Overview, `/mlflow/storage` the Storage tab), so that a tab can be linked to.
 */
export const ADMIN_TABS = ['overview', 'storage', 'settings', 'workspaces'] as const;

export type AdminTab = (typeof ADMIN_TABS)[number];

export const ADMIN_PAGE_PATH = '/mlflow';

const isAdminTab = (segment: string): segment is AdminTab =>
  (ADMIN_TABS as readonly string[]).includes(segment);

/** The tab a path segment names; an unknown or missing one is the Overview. */
export const parseAdminTab = (segment: string | undefined): AdminTab =>
  segment !== undefined && isAdminTab(segment) ? segment : 'overview';

export const adminTabPath = (tab: AdminTab): string =>
  tab === 'overview' ? ADMIN_PAGE_PATH : `${ADMIN_PAGE_PATH}/${tab}`;
