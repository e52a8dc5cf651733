export const OFFICE_KINDS = ['region', 'department', 'township', 'village'] as const;
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** Kinds that are ranked against each other; a region is the whole, villages are too small to rank. */
export const RANKED_KINDS: readonly OfficeKind[] = ['department', 'township'];

export interface Office {
  id: string;
  name: string;
  kind: OfficeKind;
  /** null only for the root region. */
  parentId: string | null;
}

export function isOfficeKind(value: unknown): value is OfficeKind {
  return typeof value === 'string' && (OFFICE_KINDS as readonly string[]).includes(value);
}
