/**
 * Parameters that only mean something within one scope: a page of a table, a search in it, a
 * child region picked as a filter. Moving to another scope drops them; period, kind, the measure
 * and the filters by level or rule carry over.
 */
export const SCOPE_RELATIVE_PARAMS = ['page', 'q', 'area'] as const;

/** The parameter changes that move a view to another scope (the root is the default: no parameter). */
export function scopeChange(scopeId: string, rootId: string | undefined): Record<string, string | null> {
  const changes: Record<string, string | null> = { scope: scopeId === rootId ? null : scopeId };
  for (const key of SCOPE_RELATIVE_PARAMS) changes[key] = null;
  return changes;
}

/** The query of a link to the same screen at another scope, keeping everything else the URL says. */
export function scopeLinkParams(params: URLSearchParams, scopeId: string, rootId: string | undefined): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(scopeChange(scopeId, rootId))) {
    if (value === null) next.delete(key);
    else next.set(key, value);
  }
  return next;
}
