import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';

import { mockMlflow, ok } from '@/test-utils/fake-mlflow';

import LoggedModelsTable from './LoggedModelsTable';

const model = (name: string) => ({
  info: { model_id: `m-${name}`, experiment_id: '7', name, status: 'LOGGED_MODEL_READY' },
  data: {},
});

/** The address bar and the browser's Back button, as far as the tab's router goes. */
const Browser = () => {
  const navigate = useNavigate();
  return (
    <>
      <output aria-label="location">{useLocation().search}</output>
      <button
        type="button"
        onClick={() => {
          void navigate(-1);
        }}
      >
        Browser back
      </button>
    </>
  );
};

const renderAt = (query: string) =>
  render(
    <MemoryRouter initialEntries={[`/mlflow?experiment=7&expView=logged-models${query}`]}>
      <LoggedModelsTable namespace="team-a" experimentId="7" />
      <Browser />
    </MemoryRouter>,
  );

describe('LoggedModelsTable paging', () => {
  it('keeps the page in the URL, and Back returns to the page before', async () => {
    const seen = mockMlflow((request) =>
      request.body?.page_token === 'p2'
        ? ok({ models: [model('second-page-model')] })
        : ok({ models: [model('first-page-model')], next_page_token: 'p2' }),
    );
    renderAt('');
    await screen.findByText('first-page-model');
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByText('second-page-model')).toBeInTheDocument();
    expect(screen.getByLabelText('location')).toHaveTextContent(/loggedPage=p2$/);
    expect(seen.at(-1)?.body).toMatchObject({ experiment_ids: ['7'], page_token: 'p2' });

    await userEvent.click(screen.getByRole('button', { name: 'Browser back' }));
    expect(await screen.findByText('first-page-model')).toBeInTheDocument();
    expect(screen.getByLabelText('location')).not.toHaveTextContent('loggedPage');
  });

  it('opens a link on the page it names, at its page size', async () => {
    const seen = mockMlflow(() => ok({ models: [model('linked-page-model')] }));
    renderAt('&loggedSize=50&loggedPage=p2');
    expect(await screen.findByText('linked-page-model')).toBeInTheDocument();
    expect(seen[0].body).toMatchObject({ max_results: 50, page_token: 'p2' });
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeEnabled();
  });
});
