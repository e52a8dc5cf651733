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
  /**
   * 行政区划代码 (optional; added to the contract with the map page): six digits for a county or above (GB/T 2260), nine or the
   * twelve of the statistical division code for a township. Only the map reads it, to find the
   * office's boundary; an office without one is matched by name.
   */
  adminCode?: string;
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

/**
 * A 行政区划代码 as the contract accepts it: six digits (GB/T 2260: a county or above), nine (a
 * township, GB/T 10114) or twelve (统计用区划代码).
 */
export const ADMIN_CODE_PATTERN = /^\d{6}(\d{3}(\d{3})?)?$/;

export function isOfficeKind(value: unknown): value is OfficeKind {
  return typeof value === 'string' && (OFFICE_KINDS as readonly string[]).includes(value);
}
