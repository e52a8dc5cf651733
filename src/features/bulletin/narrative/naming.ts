/** An office as the bulletin's facts name it. */
export interface NamedRef {
  officeId: string;
  name: string;
}

/**
 * How the bulletin names offices. A prefecture's bulletin names offices of thirteen counties, each
 * with its 县公安局 and 城关镇: `name` qualifies a name that repeats among the offices the
 * bulletin names (城关镇（松源县）, by the product's one naming function, ui/naming/qualifiedNames),
 * and `area` says which region directly under the scope an office belongs to (its county), so
 * cards can be summed up by county. The plain naming (no engine at hand: tests, one county with
 * no repeats) names offices as they are.
 */
export interface OfficeNaming {
  name: (office: NamedRef) => string;
  /** The region directly under the scope that holds the office; null for the scope's own offices. */
  area: (officeId: string) => NamedRef | null;
}

export const PLAIN_NAMING: OfficeNaming = {
  name: (office) => office.name,
  area: () => null,
};
