import { AdapterError } from '../errors';

export interface GetJsonOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  /** The caller's signal (react-query cancels on unmount or key change). */
  signal?: AbortSignal | undefined;
  /** Answer 404 with { found: false } instead of an error. */
  notFoundIsNull?: boolean;
  /** The only origin a response may come from; a redirect elsewhere is refused. */
  origin: string;
}

export type JsonResult = { found: true; body: unknown } | { found: false };

/**
 * One GET of a JSON document. Every failure becomes an AdapterError of the kind a person can act
 * on: 'timeout' (our limit passed), 'aborted' (the caller cancelled), 'network' (no response),
 * 'http' (a status that is not 2xx) and 'invalid-payload' (not JSON). The limit covers reading the
 * body too: a server that sends headers and then stalls still times out.
 */
export async function getJson(url: string, options: GetJsonOptions): Promise<JsonResult> {
  const { signal } = options;
  if (signal?.aborted) throw new AdapterError('aborted', url, 'the request was cancelled before it started');

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  const onCallerAbort = () => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  const failure = (error: unknown): AdapterError => {
    if (timedOut) {
      const seconds = formatSeconds(options.timeoutMs);
      return new AdapterError('timeout', url, `no complete response within ${seconds}`, undefined, {
        reason: 'timeout',
        params: { seconds: options.timeoutMs / 1000 },
      });
    }
    if (signal?.aborted) return new AdapterError('aborted', url, 'the request was cancelled');
    return new AdapterError('network', url, error instanceof Error ? error.message : String(error));
  };

  try {
    let response: Response;
    try {
      response = await options.fetch(url, {
        method: 'GET',
        credentials: 'same-origin',
        // Revalidate with the server each time: a refresh must never be answered by a stale HTTP cache.
        cache: 'no-cache',
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      });
    } catch (error) {
      throw failure(error);
    }

    if (response.url && originOf(response.url) !== options.origin) {
      discard(response);
      const host = originOf(response.url);
      throw new AdapterError('invalid-payload', url, `the request was redirected to another host (${host}); refused`, undefined, {
        reason: 'redirected',
        params: { host },
      });
    }
    if (response.status === 404 && options.notFoundIsNull) {
      discard(response);
      return { found: false };
    }
    if (!response.ok) {
      discard(response);
      const text = response.statusText ? ` ${response.statusText}` : '';
      throw new AdapterError('http', url, `HTTP ${response.status}${text}`, response.status);
    }

    let text: string;
    try {
      text = await readText(response, controller.signal);
    } catch (error) {
      throw failure(error);
    }
    return { found: true, body: parseJson(text, url) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

function parseJson(text: string, url: string): unknown {
  if (text.trim() === '') throw new AdapterError('invalid-payload', url, 'the response body is empty, expected JSON', undefined, { reason: 'empty-body' });
  try {
    return JSON.parse(text);
  } catch (error) {
    // A server that answers unknown paths with index.html is the usual cause: say so.
    if (text.trimStart().startsWith('<')) {
      throw new AdapterError('invalid-payload', url, 'the response is HTML, not JSON: is baseUrl pointing at the API?', undefined, { reason: 'html-body' });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new AdapterError('invalid-payload', url, `the response is not JSON (${reason})`, undefined, { reason: 'not-json', params: { reason } });
  }
}

/**
 * The body, or a rejection as soon as `signal` aborts. Not every fetch ties the signal to a body
 * already being read (mocked responses do not), so the race makes the limit hold everywhere.
 */
function readText(response: Response, signal: AbortSignal): Promise<string> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<string>((resolve, reject) => {
    const onAbort = () => {
      discard(response);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    response.text().then(
      (text) => {
        signal.removeEventListener('abort', onAbort);
        resolve(text);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

function discard(response: Response): void {
  response.body?.cancel().catch(() => undefined);
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
