import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { errorFromResponse } from '@/core/mlflow';
import { useDescribeError } from '@/hooks/useDescribeError';

import { MlflowErrorState } from './MlflowErrorState';
import { reloadPage } from './reloadPage';

jest.mock('./reloadPage');

const Shown = ({ status, onRetry }: { status: number; onRetry: () => void }) => {
  const describe = useDescribeError();
  const error = describe(errorFromResponse(status, '{"message":"the server said"}'));
  return <MlflowErrorState error={error} title="experiments" onRetry={onRetry} />;
};

describe('an MLflow failure as the user reads it', () => {
  it('says the session ended on a 401 and offers a reload, not a retry', async () => {
    const onRetry = jest.fn();
    render(<Shown status={401} onRetry={onRetry} />);
    expect(screen.getByText('Your console session has ended')).toBeInTheDocument();
    expect(screen.getByText(/Reload the page to sign in again/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('offers Retry when MLflow could not be reached', async () => {
    const onRetry = jest.fn();
    render(<Shown status={503} onRetry={onRetry} />);
    expect(screen.getByText('MLflow cannot be reached')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('offers neither for a refusal: asking again cannot change it', () => {
    render(<Shown status={403} onRetry={jest.fn()} />);
    expect(
      screen.getByText("You don't have access to this workspace's experiments"),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
