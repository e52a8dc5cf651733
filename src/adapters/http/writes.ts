import { isPlainObject } from '../validate/describe';
import { endpointUrl } from './url';

/** What the data service answered to an upload, a login or an undo: its status, and its body as data. */
export interface ServiceAnswer {
  ok: boolean;
  status: number;
  body: Record<string, unknown>;
}

/**
 * The writes a data service (contract v2 with uploads) takes from the app: log in with an editor's
 * token (the service answers with an HttpOnly cookie for this origin), upload files, undo the last
 * import, and store the bulletin's edits. Same-origin only, like every request of the app.
 */
export interface ServiceWrites {
  login(token: string): Promise<ServiceAnswer>;
  session(): Promise<ServiceAnswer>;
  upload(files: readonly File[], options?: { acceptPartial?: boolean }): Promise<ServiceAnswer>;
  undoLastImport(): Promise<ServiceAnswer>;
  getBulletinEdits(key: string): Promise<ServiceAnswer>;
  putBulletinEdits(key: string, edits: unknown): Promise<ServiceAnswer>;
  putScheme(scheme: unknown): Promise<ServiceAnswer>;
}

async function send(url: string, init: RequestInit, fetchImpl: typeof fetch): Promise<ServiceAnswer> {
  const response = await fetchImpl(url, {
    credentials: 'same-origin',
    cache: 'no-store',
    ...init,
    headers: { Accept: 'application/json', ...(init.headers ?? {}) },
  });
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  return { ok: response.ok, status: response.status, body: isPlainObject(body) ? body : {} };
}

export function serviceWrites(base: string, fetchImpl: typeof fetch): ServiceWrites {
  const json = (method: string, body: unknown): RequestInit => ({ method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  return {
    login: (token) => send(endpointUrl(base, 'auth/session'), { method: 'POST', headers: { Authorization: `Bearer ${token.trim()}` } }, fetchImpl),
    session: () => send(endpointUrl(base, 'auth/session'), { method: 'GET' }, fetchImpl),
    upload(files, { acceptPartial = false } = {}) {
      const form = new FormData();
      for (const file of files) form.append('files', file, file.name);
      return send(endpointUrl(base, 'imports', acceptPartial ? { acceptPartial: '1' } : undefined), { method: 'POST', body: form }, fetchImpl);
    },
    undoLastImport: () => send(endpointUrl(base, 'imports/undo'), { method: 'POST' }, fetchImpl),
    getBulletinEdits: (key) => send(endpointUrl(base, 'bulletin-edits', { key }), { method: 'GET' }, fetchImpl),
    putBulletinEdits: (key, edits) => send(endpointUrl(base, 'bulletin-edits', { key }), json('PUT', edits), fetchImpl),
    putScheme: (scheme) => send(endpointUrl(base, 'scheme'), json('PUT', scheme), fetchImpl),
  };
}
