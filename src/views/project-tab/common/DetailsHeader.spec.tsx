import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { MemoryRouter, useLocation } from 'react-router';

import type { ShownError } from '@/hooks/useDescribeError';

import { DetailsHeader } from './DetailsHeader';

const Location = () => <p data-testid="location">{useLocation().pathname}</p>;

const renderHeader = (props: Partial<ComponentProps<typeof DetailsHeader>> = {}) =>
  render(
    <MemoryRouter initialEntries={['/experiments/churn/run-42']}>
      <DetailsHeader
        crumbs={[
          { text: 'Experiments', to: '/experiments' },
          { text: 'churn-model', to: '/experiments/churn' },
        ]}
        title="run-42"
        mlflowUrl="https://mlflow.example.com/#/runs/42"
        mlflowLabel="Open run in MLflow"
        {...props}
      >
        <p>The facts of run-42.</p>
      </DetailsHeader>
      <Location />
    </MemoryRouter>,
  );

const notFound: ShownError = {
  kind: 'not-found',
  status: 404,
  message: 'RESOURCE_DOES_NOT_EXIST',
  retryable: false,
  severity: 'warning',
};

describe('DetailsHeader', () => {
  it('shows one breadcrumb from the list down to the place, the place being no link', async () => {
    renderHeader();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(breadcrumb).toHaveTextContent(/^Experiments.*churn-model.*run-42$/);
    expect(within(breadcrumb).queryByRole('link', { name: 'run-42' })).toBeNull();

    await userEvent.click(within(breadcrumb).getByRole('link', { name: 'churn-model' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/experiments\/churn$/);
  });

  it('names the place in a heading, with its status, its actions and the body', () => {
    renderHeader({
      status: <span>Finished</span>,
      actions: <button type="button">Compare</button>,
    });
    expect(screen.getByRole('heading', { level: 2, name: 'run-42' })).toBeVisible();
    expect(screen.getByText('Finished')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Compare' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy link' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Open run in MLflow/ })).toHaveAttribute(
      'href',
      'https://mlflow.example.com/#/runs/42',
    );
    expect(screen.getByText('The facts of run-42.')).toBeVisible();
  });

  it('shows no MLflow link without a URL', () => {
    renderHeader({ mlflowUrl: undefined });
    expect(screen.queryByRole('link', { name: /Open run in MLflow/ })).toBeNull();
  });

  it('says why the place is not shown instead of the body, the breadcrumb the way back', () => {
    renderHeader({
      query: { error: notFound, retry: jest.fn() },
      notShown: { what: 'the run', notFoundTitle: 'Run run-42 is not in this workspace' },
    });
    expect(screen.getByText('Run run-42 is not in this workspace')).toBeVisible();
    expect(screen.queryByText('The facts of run-42.')).toBeNull();
    expect(screen.queryByRole('link', { name: /^Back to/ })).toBeNull();
    expect(
      within(screen.getByRole('navigation', { name: 'Breadcrumb' })).getByRole('link', {
        name: 'Experiments',
      }),
    ).toHaveAttribute('href', '/experiments');
  });
});
