import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { AdapterError, type AdapterErrorKind } from '../../../src/adapters/errors';
import { createHttpAdapter } from '../../../src/adapters/http/createHttpAdapter';
import { BASE_URL, contractHandlers, goodRecord, goodRecords, OFFICES, QUERY, SCHEME_PAYLOAD } from '../fixtures';

const server = setupServer(...contractHandlers());
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const adapter = () => createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: 2000 });

async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('expected the call to fail');
}

async function expectKind(promise: Promise<unknown>, kind: AdapterErrorKind, url: string) {
  const error = await failure(promise);
  expect(error.kind).toBe(kind);
  expect(error.url).toBe(url);
  return error;
}

describe('http adapter: the contract served straight', () => {
  test('identity and description', () => {
    const a = adapter();
    expect(a.id).toBe(`http:${BASE_URL}`);
    expect(a.description).toBe(BASE_URL);
    expect(a.type).toBe('http');
  });

  test('offices', async () => {
    const result = await adapter().getOffices();
    expect(result.offices).toEqual(OFFICES);
    expect(result.quality).toEqual({ accepted: OFFICES.length, rejected: 0, issues: [] });
  });

  test('records for a month range, with from and to in the query', async () => {
    let asked = '';
    server.use(
      http.get(`${BASE_URL}/records`, ({ request }) => {
        asked = request.url;
        return HttpResponse.json({ records: goodRecords().filter((r) => r.month === '2025-02') });
      }),
    );
    const result = await adapter().getRecords({ ...QUERY, from: '2025-02', to: '2025-02' });
    expect(asked).toBe(`${BASE_URL}/records?from=2025-02&to=2025-02`);
    expect(result.records).toHaveLength(OFFICES.length);
    expect(result.records.every((r) => r.month === '2025-02')).toBe(true);
    expect(result.quality.rejected).toBe(0);
  });

  test('a records query that is not months is a programming error, not a request', async () => {
    await expect(adapter().getRecords({ ...QUERY, from: '2025-1' })).rejects.toThrow(RangeError);
  });

  test('bad rows come back in the quality report with the URL; good rows still come back', async () => {
    const rows = [goodRecord('county', '2025-01'), goodRecord('county', '2025-02', { accepted: '12' }), goodRecord('ghost', '2025-01')];
    server.use(http.get(`${BASE_URL}/records`, () => HttpResponse.json({ records: rows })));
    const result = await adapter().getRecords(QUERY);
    expect(result.records.map((r) => `${r.officeId} ${r.month}`)).toEqual(['county 2025-01']);
    const source = `${BASE_URL}/records?from=2025-01&to=2025-03`;
    expect(result.quality.issues).toEqual([
      expect.objectContaining({ source, row: 2, field: 'accepted', reason: 'wrong-type' }),
      expect.objectContaining({ source, row: 3, field: 'officeId', reason: 'unknown-office' }),
    ]);
  });

  test('404 on /scheme means "use the built-in default": null, not an error', async () => {
    await expect(adapter().getScheme()).resolves.toBeNull();
  });

  test('a valid scheme is returned', async () => {
    server.use(http.get(`${BASE_URL}/scheme`, () => HttpResponse.json(SCHEME_PAYLOAD)));
    const scheme = await adapter().getScheme();
    // A version 1 scheme is read as version 2 with the built-in definitions.
    expect(scheme).toMatchObject({ id: 'county-2025', version: 2 });
    expect(scheme?.definitions.length).toBeGreaterThan(30);
    expect(scheme?.indicators.map((i) => i.indicatorId)).toEqual(['onlineRate']);
  });

  test('an invalid scheme is invalid-payload naming the problems', async () => {
    server.use(http.get(`${BASE_URL}/scheme`, () => HttpResponse.json({ ...SCHEME_PAYLOAD, version: 3, indicators: [] })));
    const error = await expectKind(adapter().getScheme(), 'invalid-payload', `${BASE_URL}/scheme`);
    expect(error.detail).toContain('version');
  });

  test('only GET, same-origin credentials, JSON accepted', async () => {
    const seen: { url: string; init: RequestInit | undefined }[] = [];
    const spy: typeof fetch = async (input, init) => {
      seen.push({ url: String(input), init });
      return Response.json({ offices: OFFICES });
    };
    await createHttpAdapter({ baseUrl: BASE_URL, fetch: spy }).getOffices();
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`${BASE_URL}/offices`);
    expect(seen[0]!.init).toMatchObject({ method: 'GET', credentials: 'same-origin', headers: { Accept: 'application/json' } });
  });
});

describe('http adapter: failures are typed', () => {
  test('HTTP 500 → http with the status', async () => {
    server.use(http.get(`${BASE_URL}/offices`, () => HttpResponse.json({ error: 'boom' }, { status: 500 })));
    const error = await expectKind(adapter().getOffices(), 'http', `${BASE_URL}/offices`);
    expect(error.status).toBe(500);
    expect(error.detail).toContain('500');
  });

  test('404 on records is an error (only the scheme may be missing)', async () => {
    server.use(http.get(`${BASE_URL}/records`, () => new HttpResponse(null, { status: 404 })));
    const error = await expectKind(adapter().getRecords(QUERY), 'http', `${BASE_URL}/records?from=2025-01&to=2025-03`);
    expect(error.status).toBe(404);
  });

  test('a scheme endpoint failing with 503 is an error, not "no scheme"', async () => {
    server.use(http.get(`${BASE_URL}/scheme`, () => new HttpResponse('down', { status: 503 })));
    expect((await expectKind(adapter().getScheme(), 'http', `${BASE_URL}/scheme`)).status).toBe(503);
  });

  test('network failure → network', async () => {
    server.use(http.get(`${BASE_URL}/offices`, () => HttpResponse.error()));
    await expectKind(adapter().getOffices(), 'network', `${BASE_URL}/offices`);
  });

  test('no answer within timeoutMs → timeout, without waiting for the server', async () => {
    let answered = false;
    server.use(
      http.get(`${BASE_URL}/offices`, async () => {
        await delay(2000);
        answered = true;
        return HttpResponse.json({ offices: OFFICES });
      }),
    );
    const error = await expectKind(createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: 60 }).getOffices(), 'timeout', `${BASE_URL}/offices`);
    // The adapter gave up before the server's answer (how soon is printed by `npm run bench:adapters`).
    expect(answered).toBe(false);
    expect(error.detail).toContain('0.1 s');
  });

  test('headers on time but a body that stalls still times out', async () => {
    server.use(
      http.get(`${BASE_URL}/offices`, () => {
        const stream = new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(new TextEncoder().encode('{"offices": ['));
            // …and never closes.
          },
        });
        return new HttpResponse(stream, { headers: { 'Content-Type': 'application/json' } });
      }),
    );
    await expectKind(createHttpAdapter({ baseUrl: BASE_URL, timeoutMs: 80 }).getOffices(), 'timeout', `${BASE_URL}/offices`);
  });

  test('the caller aborting → aborted, not timeout', async () => {
    server.use(
      http.get(`${BASE_URL}/offices`, async () => {
        await delay('infinite');
        return HttpResponse.json({ offices: OFFICES });
      }),
    );
    const controller = new AbortController();
    const pending = adapter().getOffices({ signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expectKind(pending, 'aborted', `${BASE_URL}/offices`);
  });

  test('a signal already aborted → aborted without a request', async () => {
    let requests = 0;
    server.use(
      http.get(`${BASE_URL}/offices`, () => {
        requests++;
        return HttpResponse.json({ offices: OFFICES });
      }),
    );
    await expectKind(adapter().getOffices({ signal: AbortSignal.abort() }), 'aborted', `${BASE_URL}/offices`);
    expect(requests).toBe(0);
  });

  test('a body that is not JSON → invalid-payload', async () => {
    server.use(http.get(`${BASE_URL}/offices`, () => HttpResponse.text('offices: none')));
    const error = await expectKind(adapter().getOffices(), 'invalid-payload', `${BASE_URL}/offices`);
    expect(error.detail).toContain('not JSON');
  });

  test('HTML instead of JSON (a server answering with index.html) says so', async () => {
    server.use(http.get(`${BASE_URL}/records`, () => HttpResponse.html('<!doctype html><html></html>')));
    const error = await expectKind(adapter().getRecords(QUERY), 'invalid-payload', `${BASE_URL}/records?from=2025-01&to=2025-03`);
    expect(error.detail).toContain('HTML');
  });

  test('an empty body → invalid-payload', async () => {
    server.use(http.get(`${BASE_URL}/offices`, () => new HttpResponse(null, { status: 200 })));
    expect((await expectKind(adapter().getOffices(), 'invalid-payload', `${BASE_URL}/offices`)).detail).toContain('empty');
  });

  test('JSON of the wrong shape → invalid-payload saying what arrived', async () => {
    server.use(http.get(`${BASE_URL}/offices`, () => HttpResponse.json({ data: OFFICES })));
    const error = await expectKind(adapter().getOffices(), 'invalid-payload', `${BASE_URL}/offices`);
    expect(error.detail).toBe("expected an object with an array 'offices', got an object without 'offices' (its fields: data)");
  });

  test('records as a bare array → invalid-payload', async () => {
    server.use(http.get(`${BASE_URL}/records`, () => HttpResponse.json(goodRecords())));
    const error = await expectKind(adapter().getRecords(QUERY), 'invalid-payload', `${BASE_URL}/records?from=2025-01&to=2025-03`);
    expect(error.detail).toBe("expected an object with an array 'records', got array");
  });

  test('a response that was redirected to another host is refused', async () => {
    const redirected: typeof fetch = async () => {
      const response = Response.json({ offices: OFFICES });
      Object.defineProperty(response, 'url', { value: 'http://elsewhere.test/offices' });
      return response;
    };
    const error = await expectKind(createHttpAdapter({ baseUrl: BASE_URL, fetch: redirected }).getOffices(), 'invalid-payload', `${BASE_URL}/offices`);
    expect(error.detail).toContain('elsewhere.test');
  });
});

describe('http adapter: base URLs', () => {
  test('a relative baseUrl resolves against the document, without double slashes', async () => {
    const seen: string[] = [];
    const spy: typeof fetch = async (input) => {
      seen.push(String(input));
      return new Response(null, { status: 404 });
    };
    const documentBase = 'http://hall.test/dashboard/index.html';
    const mock = createHttpAdapter({ baseUrl: 'mock-api/', type: 'mock', documentBase, fetch: spy, variant: 'scenario=hostile' });
    expect(mock.id).toBe('mock:http://hall.test/dashboard/mock-api#scenario=hostile');
    expect(mock.description).toBe('http://hall.test/dashboard/mock-api');
    await mock.getScheme();
    const rooted = createHttpAdapter({ baseUrl: '/api/v1//', documentBase, fetch: spy });
    await rooted.getScheme();
    expect(seen).toEqual(['http://hall.test/dashboard/mock-api/scheme', 'http://hall.test/api/v1/scheme']);
  });

  test.each([
    ['', 'empty'],
    ['javascript:alert(1)', 'http or https'],
    ['ftp://files.test/x', 'http or https'],
    ['http://user:secret@backend.test/api', 'user name or password'],
    ['http://backend.test/api?token=1', 'query'],
    ['relative/without/document', 'relative baseUrl needs a document'],
  ])('baseUrl %j is refused at once', (baseUrl, message) => {
    expect(() => createHttpAdapter({ baseUrl })).toThrow(message);
  });
});
