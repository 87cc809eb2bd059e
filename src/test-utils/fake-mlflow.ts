/**
 * Test-only: steers the mocked consoleFetch like the console's proxy in front of MLflow would
 * answer, including consoleFetch's habit of rejecting non-2xx answers with an HttpError
 * ({response, json}), so that the hooks' adapter is exercised too.
 */
import { MLFLOW_PROXY_BASE_PATH } from '@/core/mlflow';

// The mocked consoleFetch (the SDK is mapped to __mocks__/, so this is the mock every module
// sees); views may not import it by name, as they reach MLflow through src/hooks.
const { consoleFetch } = jest.requireActual<{
  consoleFetch: jest.Mock<Promise<Response>, [string, RequestInit | undefined]>;
}>('@openshift-console/dynamic-plugin-sdk');

export interface FakeRequest {
  method: string;
  /** The MLflow path, e.g. /ajax-api/2.0/mlflow/experiments/search. */
  path: string;
  query: URLSearchParams;
  workspace?: string;
  body?: Record<string, unknown>;
}

export type FakeReply = { status: number; body: unknown } | 'network-error';

export type FakeMlflow = (request: FakeRequest) => FakeReply | Promise<FakeReply>;

/** Routes every consoleFetch call to `handler`; returns the requests seen. */
export const mockMlflow = (handler: FakeMlflow): FakeRequest[] => {
  const seen: FakeRequest[] = [];
  consoleFetch.mockImplementation(async (url, init) => {
    const parsed = new URL(url, 'https://console.example.com');
    if (!parsed.pathname.startsWith(MLFLOW_PROXY_BASE_PATH)) {
      throw new Error(`unexpected request to ${url}`);
    }
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const request: FakeRequest = {
      method: init?.method ?? 'GET',
      path: parsed.pathname.slice(MLFLOW_PROXY_BASE_PATH.length),
      query: parsed.searchParams,
      workspace: headers['X-MLFLOW-WORKSPACE'],
      body:
        typeof init?.body === 'string'
          ? (JSON.parse(init.body) as Record<string, unknown>)
          : undefined,
    };
    seen.push(request);
    const reply = await handler(request);
    if (reply === 'network-error') throw new TypeError('Failed to fetch');
    if (reply.status >= 400) {
      // What the console's consoleFetch rejects with: a JSON body is already read into `json`;
      // another body (a proxy's text error page) is left unread on the response.
      const isText = typeof reply.body === 'string';
      throw Object.assign(new Error('Request failed'), {
        response: {
          status: reply.status,
          statusText: '',
          bodyUsed: !isText,
          text: () => Promise.resolve(isText ? (reply.body as string) : ''),
        },
        json: isText ? undefined : reply.body,
      });
    }
    return {
      ok: true,
      status: reply.status,
      text: () => Promise.resolve(JSON.stringify(reply.body)),
    } as unknown as Response;
  });
  return seen;
};

export const ok = (body: unknown): FakeReply => ({ status: 200, body });

/** A page of experiments as MLflow sends it. */
export const experimentsPage = (names: string[], nextPageToken?: string) =>
  ok({
    experiments: names.map((name, index) => ({
      experiment_id: String(index + 1),
      name,
      lifecycle_stage: 'active',
      last_update_time: Date.UTC(2026, 7, 1) + index,
      creation_time: Date.UTC(2026, 6, 1),
      tags: [
        { key: 'mlflow.note.content', value: `About ${name}` },
        { key: 'team', value: 'a' },
      ],
    })),
    ...(nextPageToken ? { next_page_token: nextPageToken } : {}),
  });
