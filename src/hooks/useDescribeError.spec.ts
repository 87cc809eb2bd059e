import { renderHook } from '@testing-library/react';

import { createMlflowClient, errorFromResponse, getServerInfo } from '@/core/mlflow';

import { useDescribeError } from './useDescribeError';

const describe_ = () => renderHook(() => useDescribeError()).result.current;

describe('one table: HTTP status → kind → what the user reads', () => {
  it.each([
    [400, 'bad-request', 'MLflow rejected the query', false],
    [401, 'unauthorized', 'Your console session has ended', false],
    [403, 'forbidden', "You don't have access to this workspace's experiments", false],
    [404, 'not-found', 'Not found in MLflow', false],
    [409, 'conflict', undefined, false],
    [422, 'invalid', undefined, false],
    [418, 'unknown', undefined, false],
    [500, 'server', undefined, false],
    [501, 'server', undefined, false],
    [502, 'unreachable', 'MLflow cannot be reached', true],
    [503, 'unreachable', 'MLflow cannot be reached', true],
    [504, 'unreachable', 'MLflow cannot be reached', true],
  ])('%i is %s, titled %p, retryable %p', (status, kind, title, retryable) => {
    const shown = describe_()(errorFromResponse(status, '{"message":"the server said"}'));
    expect(shown).toMatchObject({ kind, status, retryable, message: 'the server said' });
    // No title of its own: the view says "Could not load <what>".
    expect(shown.title).toBe(title);
  });

  it('reads the same kind from the console HttpError of a Kubernetes call', () => {
    expect(describe_()({ response: { status: 403 }, json: { message: 'denied' } })).toMatchObject({
      kind: 'forbidden',
      message: 'denied',
    });
  });

  it('tells a server without workspaces from any other 400', () => {
    const shown = describe_()(
      errorFromResponse(400, '{"message":"A workspace context is required for this request"}'),
    );
    expect(shown.kind).toBe('workspaces-disabled');
    expect(shown.title).toBe('The MLflow server has workspaces disabled');
    expect(shown.explanation).toMatch(/--enable-workspaces/);
  });

  it('says MLflow cannot be reached for a network error, and may retry', () => {
    expect(describe_()(new TypeError('Failed to fetch'))).toMatchObject({
      kind: 'unreachable',
      title: 'MLflow cannot be reached',
      message: 'Failed to fetch',
      retryable: true,
    });
  });

  it('shows the words of an HTML error page from the proxy, not its markup', () => {
    const shown = describe_()(errorFromResponse(502, '<html><body>Bad Gateway</body></html>'));
    expect(shown).toMatchObject({ kind: 'unreachable', severity: 'danger' });
    expect(shown.message).toBe('Bad Gateway');
  });

  it('says a 200 with HTML instead of JSON (a login page) is a server error, not data', async () => {
    const client = createMlflowClient({
      baseUrl: '/mlflow',
      fetch: () =>
        Promise.resolve({
          ok: true,
          status: 200,
          text: () => Promise.resolve('<html>login</html>'),
        }),
    });
    const error: unknown = await getServerInfo(client).catch((caught: unknown) => caught);
    const shown = describe_()(error);
    expect(shown).toMatchObject({ kind: 'server', status: 200, retryable: false });
    expect(shown.message).toMatch(/not JSON/);
  });

  it('describes what is not an error object at all', () => {
    expect(describe_()('boom')).toMatchObject({ kind: 'unknown', message: 'boom' });
  });
});
