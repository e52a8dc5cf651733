/**
 * The base URL, resolved once: absolute, http(s) only, no trailing slash. A relative baseUrl
 * ('mock-api', '/api/v1') resolves against the document, so a build served under a sub-path
 * still finds its API beside it.
 */
export function resolveBaseUrl(baseUrl: string, documentBase: string | undefined = defaultDocumentBase()): string {
  const trimmed = baseUrl.trim();
  if (trimmed === '') throw new TypeError('baseUrl is empty');
  let url: URL;
  try {
    url = documentBase === undefined ? new URL(trimmed) : new URL(trimmed, documentBase);
  } catch {
    const why = documentBase === undefined ? ' (a relative baseUrl needs a document to resolve against)' : '';
    throw new TypeError(`baseUrl ${JSON.stringify(baseUrl)} is not a valid URL${why}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TypeError(`baseUrl must use http or https, got ${url.protocol}`);
  }
  // Credentials in a URL would end up in logs and on the status page.
  if (url.username || url.password) throw new TypeError('baseUrl must not contain a user name or password');
  if (url.search || url.hash) throw new TypeError('baseUrl must not contain a query (?…) or a fragment (#…)');
  return url.origin + url.pathname.replace(/\/{2,}/g, '/').replace(/\/+$/, '');
}

/** `${base}/${path}?query`, with exactly one slash between and every parameter encoded. */
export function endpointUrl(base: string, path: string, params?: Readonly<Record<string, string>>): string {
  const query = params ? new URLSearchParams(params).toString() : '';
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}${query ? `?${query}` : ''}`;
}

function defaultDocumentBase(): string | undefined {
  if (typeof document !== 'undefined') return document.baseURI;
  if (typeof location !== 'undefined') return location.href;
  return undefined;
}
