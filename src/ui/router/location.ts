/**
 * Deep links live in the hash (#/rankings?period=m:2025-03&kind=township), so one static build
 * works from any path and a pasted link restores the same view without server rewrites.
 */
export interface HashLocation {
  path: string;
  params: URLSearchParams;
}

export function parseHash(hash: string): HashLocation {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  const [pathPart = '', query = ''] = raw.split('?', 2);
  const path = '/' + pathPart.split('/').filter(Boolean).map(safeDecode).join('/');
  return { path, params: new URLSearchParams(query) };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function buildHash(path: string, params?: URLSearchParams | Record<string, string | null | undefined>): string {
  const search = params instanceof URLSearchParams ? new URLSearchParams(params) : new URLSearchParams();
  if (params && !(params instanceof URLSearchParams)) {
    for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== '') search.set(key, value);
  }
  const encodedPath = '/' + path.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  const query = search.toString();
  return `#${encodedPath}${query ? `?${query}` : ''}`;
}

/** Matches "/office/:id" against "/office/abc" → { id: 'abc' }, or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = h;
    else if (w !== h) return null;
  }
  return params;
}
