import { useAccessReview } from '@openshift-console/dynamic-plugin-sdk';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { experimentsPage, mockMlflow } from '@/test-utils/fake-mlflow';

import { ProjectMlflowInventoryItem } from './ProjectMlflowInventoryItem';

const renderItem = (projectName: string) =>
  render(
    <MemoryRouter>
      <ProjectMlflowInventoryItem projectName={projectName} />
    </MemoryRouter>,
  );

const names = (count: number) => Array.from({ length: count }, (_, index) => `e${String(index)}`);

describe('ProjectMlflowInventoryItem', () => {
  beforeEach(() => {
    jest.mocked(useAccessReview).mockReturnValue([true, false]);
  });

  it('counts the experiments with one request and links to the MLflow tab', async () => {
    const seen = mockMlflow(() => experimentsPage(names(32)));
    renderItem('team-a');
    const link = await screen.findByRole('link', { name: '32 MLflow experiments' });
    expect(link).toHaveAttribute('href', '/k8s/cluster/projects/team-a/mlflow');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ workspace: 'team-a', body: { max_results: 100 } });
  });

  it('says 100+ when MLflow has another page, without paging through', async () => {
    const seen = mockMlflow(() => experimentsPage(names(100), 'next'));
    renderItem('team-a');
    expect(
      await screen.findByRole('link', { name: '100+ MLflow experiments' }),
    ).toBeInTheDocument();
    expect(seen).toHaveLength(1);
  });

  it('shows nothing, and asks nothing, for namespaces that are never workspaces', () => {
    const seen = mockMlflow(() => experimentsPage([]));
    const { container } = renderItem('openshift-monitoring');
    expect(container).toBeEmptyDOMElement();
    expect(seen).toHaveLength(0);
  });

  it('says "no access" rather than "0" for who may not list experiments', () => {
    jest.mocked(useAccessReview).mockReturnValue([false, false]);
    const seen = mockMlflow(() => experimentsPage([]));
    renderItem('team-b');
    expect(screen.getByText('(no access)')).toBeInTheDocument();
    expect(seen).toHaveLength(0);
  });

  it('says "1 MLflow experiment" in the singular', async () => {
    mockMlflow(() => experimentsPage(names(1)));
    renderItem('team-a');
    expect(await screen.findByRole('link', { name: '1 MLflow experiment' })).toBeInTheDocument();
  });

  it("says when MLflow is unreachable, with the console's yellow warning icon", async () => {
    mockMlflow(() => ({ status: 503, body: 'Service Unavailable' }));
    renderItem('team-a');
    expect(await screen.findByText('MLflow unreachable')).toBeInTheDocument();
    const item = screen.getByTestId('inventory-item');
    expect(item).toContainElement(screen.getByTestId('warning-icon'));
    expect(item).toContainElement(screen.getByRole('link', { name: 'MLflow experiments' }));
  });
});
