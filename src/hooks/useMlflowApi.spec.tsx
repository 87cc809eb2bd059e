import { consoleFetch } from '@openshift-console/dynamic-plugin-sdk';
import { render, renderHook, screen, waitFor } from '@testing-library/react';

import { experimentsPage, mockMlflow } from '@/test-utils/fake-mlflow';
import type { FakeReply } from '@/test-utils/fake-mlflow';

import { useExperimentCount, useExperimentCounts, useMlflowExperiments } from './useMlflowData';

const search = { maxResults: 25 };

/** A list of experiment names, as a view would render it. */
const ExperimentNames = ({ workspace }: { workspace: string }) => {
  const query = useMlflowExperiments(workspace, search);
  if (query.loading) return <p>loading</p>;
  if (query.error) return <p>{query.error.title ?? query.error.kind}</p>;
  return (
    <ul>
      {query.data?.items.map((experiment) => (
        <li key={experiment.experiment_id}>{experiment.name}</li>
      ))}
    </ul>
  );
};

describe('useMlflowQuery: the plugin query cache', () => {
  it('asks once when two components ask the same thing', async () => {
    const seen = mockMlflow(() => experimentsPage(['fraud-detection']));
    render(
      <>
        <ExperimentNames workspace="team-a" />
        <ExperimentNames workspace="team-a" />
      </>,
    );
    expect(await screen.findAllByText('fraud-detection')).toHaveLength(2);
    expect(seen).toHaveLength(1);
  });

  it('keeps workspaces apart: the same search in two workspaces is two requests', async () => {
    const seen = mockMlflow((request) => experimentsPage([`in-${request.workspace ?? ''}`]));
    render(
      <>
        <ExperimentNames workspace="team-a" />
        <ExperimentNames workspace="team-b" />
      </>,
    );
    expect(await screen.findByText('in-team-a')).toBeInTheDocument();
    expect(await screen.findByText('in-team-b')).toBeInTheDocument();
    expect(seen.map((request) => request.workspace).sort()).toEqual(['team-a', 'team-b']);
  });

  it('aborts the request when the component that asked unmounts', async () => {
    jest.mocked(consoleFetch).mockClear();
    mockMlflow(() => new Promise<FakeReply>(() => undefined));
    const { unmount } = renderHook(() => useMlflowExperiments('team-a', search));
    await waitFor(() => {
      expect(consoleFetch).toHaveBeenCalledTimes(1);
    });
    const init = jest.mocked(consoleFetch).mock.calls[0][1]!;
    expect(init.signal?.aborted).toBe(false);
    unmount();
    expect(init.signal?.aborted).toBe(true);
  });

  it.each([
    [403, "You don't have access to this workspace's experiments"],
    [404, 'Not found in MLflow'],
    [400, 'MLflow rejected the query'],
    [500, 'server'],
  ])('does not ask again after a %i', async (status, shown) => {
    const seen = mockMlflow(() => ({ status, body: { message: 'no' } }));
    render(<ExperimentNames workspace="team-a" />);
    expect(await screen.findByText(shown)).toBeInTheDocument();
    expect(seen).toHaveLength(1);
  });

  it.each([
    ['a 503 from the proxy', { status: 503, body: 'Service Unavailable' }],
    ['a network error', 'network-error'],
  ] as [string, FakeReply][])(
    'asks twice more after %s, then says MLflow cannot be reached',
    async (_, reply) => {
      const seen = mockMlflow(() => reply);
      render(<ExperimentNames workspace="team-a" />);
      expect(await screen.findByText('MLflow cannot be reached')).toBeInTheDocument();
      expect(seen).toHaveLength(3);
    },
  );

  it('shows the rows again when asked for less than two failures ago', async () => {
    let failures = 1;
    const seen = mockMlflow(() => {
      failures -= 1;
      return failures >= 0 ? { status: 502, body: 'Bad Gateway' } : experimentsPage(['back']);
    });
    render(<ExperimentNames workspace="team-a" />);
    expect(await screen.findByText('back')).toBeInTheDocument();
    expect(seen).toHaveLength(2);
  });

  it('renders cached rows at once on Back, without waiting for MLflow', async () => {
    let answer: FakeReply = experimentsPage(['fraud-detection']);
    const seen = mockMlflow(() => answer);
    const { unmount } = render(<ExperimentNames workspace="team-a" />);
    expect(await screen.findByText('fraud-detection')).toBeInTheDocument();
    unmount();
    // MLflow would now be slow: the second mount must not wait for it.
    answer = experimentsPage(['never-shown']);
    render(<ExperimentNames workspace="team-a" />);
    expect(screen.getByText('fraud-detection')).toBeInTheDocument();
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
    expect(seen).toHaveLength(1);
  });

  it('shares the count of a workspace between the inventory item and the overview', async () => {
    const seen = mockMlflow((request) => experimentsPage([`in-${request.workspace ?? ''}`]));
    const { result: single } = renderHook(() => useExperimentCount('team-a'));
    await waitFor(() => {
      expect(single.current.data).toEqual({ count: 1, more: false });
    });
    const { result: many } = renderHook(() => useExperimentCounts(['team-a', 'team-b']));
    await waitFor(() => {
      expect(Object.keys(many.current).sort()).toEqual(['team-a', 'team-b']);
    });
    expect(seen.map((request) => request.workspace)).toEqual(['team-a', 'team-b']);
  });
});
