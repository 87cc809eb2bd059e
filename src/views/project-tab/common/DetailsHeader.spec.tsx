import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentProps } from 'react';
import { MemoryRouter, useLocation } from 'react-router';

import type { ShownError } from '@/hooks/useDescribeError';

import { DetailsHeader } from './DetailsHeader';

const Location = () => <p data-testid="location">{useLocation().pathname}</p>;

const renderHeader = (props: Partial<ComponentProps<typeof DetailsHeader>> = {}) =>
  render(
    <MemoryRouter initialEntries={['/models/widget']}>
      <DetailsHeader
        crumbs={[{ text: 'Registered models', to: '/models' }, { text: 'widget' }]}
        mlflowUrl="https://mlflow.example.com/#/models/widget"
        mlflowLabel="Open model in MLflow"
        {...props}
      >
        <p>The versions of widget.</p>
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
  it('shows the way up, the place, the MLflow link and the body', async () => {
    renderHeader();
    const breadcrumb = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(breadcrumb).toHaveTextContent('Registered models');
    expect(breadcrumb).toHaveTextContent('widget');
    expect(screen.getByRole('link', { name: /Open model in MLflow/ })).toHaveAttribute(
      'href',
      'https://mlflow.example.com/#/models/widget',
    );
    expect(screen.getByText('The versions of widget.')).toBeVisible();

    await userEvent.click(screen.getByRole('link', { name: 'Registered models' }));
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/models$/);
  });

  it('shows the place as text, not as a link', () => {
    renderHeader();
    expect(screen.queryByRole('link', { name: 'widget' })).toBeNull();
    expect(screen.getByText('widget')).toBeVisible();
  });

  it('shows no MLflow link without a URL', () => {
    renderHeader({ mlflowUrl: undefined });
    expect(screen.queryByRole('link', { name: /Open model in MLflow/ })).toBeNull();
  });

  it('says why the place is not shown, with the way back, instead of the body', () => {
    renderHeader({
      query: { error: notFound, retry: jest.fn() },
      notShown: {
        what: 'the registered model',
        notFoundTitle: 'Registered model widget is not in this workspace',
        backTo: '/models',
        backLabel: 'Back to the registered models',
      },
    });
    expect(screen.getByText('Registered model widget is not in this workspace')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Back to the registered models' })).toHaveAttribute(
      'href',
      '/models',
    );
    expect(screen.queryByText('The versions of widget.')).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeVisible();
  });

  it('puts a title and its status in the heading row instead of a breadcrumb', () => {
    renderHeader({
      crumbs: undefined,
      heading: <h3>widget run</h3>,
      mlflowLabel: 'Open run in MLflow',
    });
    expect(screen.queryByRole('navigation', { name: 'Breadcrumb' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'widget run' })).toBeVisible();
    expect(screen.getByRole('link', { name: /Open run in MLflow/ })).toBeVisible();
  });
});
