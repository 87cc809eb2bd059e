/**
 * The shell's Projects list, as the console 4.22 draws it: a data view table named "Projects
 * table", one row per project the user may see (no data-test-rows markers, which the console's
 * list no longer has), each named by the kind's badge and a link to the project.
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';

import { ProjectsPage } from '../../dev/console-shell/app/pages/ProjectsPage';

const project = (name: string, annotations: Record<string, string> = {}) => ({
  apiVersion: 'project.openshift.io/v1',
  kind: 'Project',
  metadata: { name, annotations, creationTimestamp: '2025-03-04T09:05:00Z' },
  status: { phase: 'Active' },
});

let listed: unknown[] = [];
const watched: unknown[] = [];
jest.mock('../../dev/console-shell/app/sdk/watch', () => ({
  useK8sWatchResource: (resource: unknown) => {
    watched.push(resource);
    return [listed, true, undefined];
  },
}));
jest.mock('../../dev/console-shell/app/sdk/access-review', () => ({
  useAccessReview: () => [true, false],
}));

const renderProjects = () =>
  render(
    <MemoryRouter>
      <ProjectsPage kind="Project" />
    </MemoryRouter>,
  );
/** The table's body rows, as a person reads them. */
const bodyRows = () =>
  within(screen.getByRole('grid', { name: 'Projects table' }))
    .getAllByRole('row')
    .slice(1);

describe("the shell's Projects list", () => {
  beforeEach(() => {
    watched.length = 0;
  });

  it('shows one row per project in a "Projects table", from the Project API', () => {
    listed = [
      project('team-b'),
      project('team-a', {
        'openshift.io/display-name': 'Team A',
        'openshift.io/requester': 'alice',
      }),
    ];
    renderProjects();
    expect(watched).toContainEqual({
      groupVersionKind: { group: 'project.openshift.io', version: 'v1', kind: 'Project' },
      isList: true,
    });
    const table = screen.getByRole('grid', { name: 'Projects table' });
    expect(table).toHaveAttribute('data-test', 'data-view-table');
    expect(document.querySelector('[data-test-rows]')).toBeNull();
    const [first, second] = bodyRows();
    expect(bodyRows()).toHaveLength(2);
    expect(first).toHaveTextContent(/^ProjectPRteam-aTeam AActivealice/);
    expect(within(first).getByRole('link', { name: 'team-a' })).toHaveAttribute(
      'href',
      '/k8s/cluster/projects/team-a',
    );
    expect(second).toHaveTextContent(/^ProjectPRteam-bNo display nameActiveNo requester/);
  });

  it('narrows the rows by name', async () => {
    listed = [project('team-a'), project('team-b'), project('other')];
    renderProjects();
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'team');
    expect(bodyRows().map((row) => within(row).getByRole('link').textContent)).toEqual([
      'team-a',
      'team-b',
    ]);
    await userEvent.clear(screen.getByRole('textbox', { name: 'Filter by name' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Filter by name' }), 'nothing');
    expect(bodyRows()).toHaveLength(1);
    expect(bodyRows()[0]).toHaveTextContent('No Projects found');
  });

  it('shows 50 rows a page, as the console’s data view', () => {
    listed = Array.from({ length: 120 }, (_, i) => project(`p-${String(i).padStart(3, '0')}`));
    renderProjects();
    expect(bodyRows()).toHaveLength(50);
    expect(within(bodyRows()[0]).getByRole('link')).toHaveTextContent('p-000');
  });
});
