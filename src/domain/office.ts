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

/**
 * A contract v2 roll-up (docs/data-contract.md) sends, under each child of a scope, "part" leaves
 * that each stand for the sum of many offices of one kind that reported the same fields. Their ids
 * start with this (a source never gives an office such an id). The engine counts them in every
 * figure and never names them: no card, no list of offices, no missing-record line.
 */
export const PART_ID_PREFIX = '~';

export function isPartId(id: string): boolean {
  return id.startsWith(PART_ID_PREFIX);
}

export function isOfficeKind(value: unknown): value is OfficeKind {
  return typeof value === 'string' && (OFFICE_KINDS as readonly string[]).includes(value);
}
