import type { Card, Office } from '../../../domain';
import type { EngineData, OfficeEvaluation, PeriodEvaluation } from '../../../engine';
import { cardKey } from '../cardTracker';
import type { MapColouring } from '../params';
import type { ScreenPalette } from '../screenTheme';

/** A unit's cards: its own and those of every office inside it (a township's villages, a county's all). */
export interface UnitCards {
  red: Card[];
  yellow: Card[];
  /** Some red card is news (first hour): the unit pulses. */
  fresh: boolean;
}

/**
 * The cards of the scope gathered by the map unit that contains each card's office. Cards of
 * offices in no unit (the scope's own departments on a township map) are returned apart: the page
 * says how many there are, since the map has no place for them.
 */
export function cardsByUnit(
  engine: EngineData,
  cards: readonly Card[],
  units: readonly Office[],
  fresh: ReadonlySet<string>,
): { byUnit: Map<string, UnitCards>; elsewhere: Card[] } {
  const unitIndex = new Set(units.map((office) => engine.officeIndex.get(office.id)));
  const byUnit = new Map<string, UnitCards>(units.map((office) => [office.id, { red: [], yellow: [], fresh: false }]));
  const elsewhere: Card[] = [];
  for (const card of cards) {
    let index = engine.officeIndex.get(card.officeId) ?? -1;
    while (index >= 0 && !unitIndex.has(index)) index = engine.parentIndex[index]!;
    const unit = index >= 0 ? byUnit.get(engine.offices[index]!.id) : undefined;
    if (!unit) {
      elsewhere.push(card);
      continue;
    }
    if (card.level === 'red') {
      unit.red.push(card);
      if (fresh.has(cardKey(card))) unit.fresh = true;
    } else unit.yellow.push(card);
  }
  return { byUnit, elsewhere };
}

/** The evaluations of the map's units: the scope's ranking of their kind (counties or townships). */
export function unitEvaluations(evaluation: PeriodEvaluation, units: readonly Office[]): Map<string, OfficeEvaluation> {
  const kind = units[0]?.kind === 'region' ? 'region' : 'township';
  return new Map(evaluation.rankings[kind].map((office) => [office.officeId, office]));
}

export interface ScoreClass {
  colour: string;
  /** Highest and lowest score in the class. */
  high: number;
  low: number;
  count: number;
}

/**
 * Up to five classes of the ranked units by place (the best fifth first), so a county of near-equal
 * scores still shows its order; ties never straddle two classes. The legend states each class's
 * range of scores, so the colours say "among the best here", not an absolute grade.
 */
export function scoreClasses(evaluations: readonly OfficeEvaluation[], scale: readonly string[]): { classes: ScoreClass[]; classOf: Map<string, number> } {
  const ranked = evaluations
    .filter((office) => office.score !== null && office.rank !== null)
    .sort((a, b) => b.score! - a.score! || a.officeId.localeCompare(b.officeId));
  const count = Math.min(scale.length, ranked.length);
  const classOf = new Map<string, number>();
  const classes: ScoreClass[] = [];
  ranked.forEach((office, index) => {
    const previous = ranked[index - 1];
    const wanted = Math.floor((index * count) / ranked.length);
    const last = classes.length - 1;
    // Classes stay consecutive (a run of ties may hold the next one back) and ties share one.
    const cls = previous && previous.score === office.score ? classOf.get(previous.officeId)! : Math.min(Math.max(wanted, last), last + 1);
    classOf.set(office.officeId, cls);
    const entry = classes[cls];
    if (entry) {
      entry.low = Math.min(entry.low, office.score!);
      entry.count++;
    } else classes[cls] = { colour: scale[cls]!, high: office.score!, low: office.score!, count: 1 };
  });
  return { classes, classOf };
}

export type CardClass = 'red' | 'yellow' | 'none' | 'noData';

export function cardClass(cards: UnitCards | undefined, office: OfficeEvaluation | undefined): CardClass {
  if (cards && cards.red.length > 0) return 'red';
  if (cards && cards.yellow.length > 0) return 'yellow';
  if (!office || office.standing === 'not-reported') return 'noData';
  return 'none';
}

export function cardColour(cls: CardClass, palette: ScreenPalette): string {
  switch (cls) {
    case 'red':
      return palette.tokens.red;
    case 'yellow':
      return palette.tokens.yellow;
    case 'none':
      return palette.calm;
    case 'noData':
      return palette.none;
  }
}

/** Light text on dark fills, dark on light ones (relative luminance of an #rrggbb colour). */
export function inkFor(fill: string): 'light' | 'dark' {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(fill);
  if (!match) return 'light';
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((hex) => {
    const c = parseInt(hex, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.4 ? 'dark' : 'light';
}

/** What colours a unit under the chosen colouring. */
export function unitFill(
  colouring: MapColouring,
  office: OfficeEvaluation | undefined,
  cards: UnitCards | undefined,
  classOf: ReadonlyMap<string, number>,
  scale: readonly string[],
  palette: ScreenPalette,
): string {
  if (colouring === 'cards') return cardColour(cardClass(cards, office), palette);
  const cls = office ? classOf.get(office.officeId) : undefined;
  return cls === undefined ? palette.none : (scale[cls] ?? palette.none);
}
