/** The console's error for a non-2xx answer: message, `code`, the `Response` and its parsed JSON body. */
export class HttpError extends Error {
  code: number | undefined;
  response: Response | undefined;
  json: unknown;

  constructor(message: string, code?: number, response?: Response, json?: unknown) {
    super(message);
    this.name = 'HttpError';
    this.code = code;
    this.response = response;
    this.json = json;
  }
}

export class TimeoutError extends Error {
  url: string;
  ms: number;

  constructor(url: string, ms: number) {
    super(`Call to ${url} timed out after ${String(ms)}ms.`);
    this.name = 'TimeoutError';
    this.url = url;
    this.ms = ms;
  }
}

/** useK8sWatchResource's error when discovery does not know the kind (the CRD is missing). */
export class NoModelError extends Error {
  constructor() {
    super('Model does not exist');
    this.name = 'NoModelError';
  }
}
