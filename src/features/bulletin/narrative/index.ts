import type { Locale } from '../../../domain';
import type { BulletinFacts } from '../../../engine';
import { bestWorstParagraph } from './bestWorst';
import { cardsParagraph } from './cards';
import { narrativeContext } from './context';
import { hotlineParagraph } from './hotline';
import { disclosureParagraph, overviewParagraph, provisionalParagraph } from './overview';
import { rankingParagraph } from './rankings';
import { reportingParagraph } from './reporting';
import { reviewsParagraph } from './reviews';

/** Every paragraph staff can edit, in the order the bulletin prints them. */
export const PARAGRAPH_IDS = [
  'issuer',
  'provisional',
  'overview',
  'disclosure',
  'department',
  'township',
  'reviews',
  'hotline',
  'cards',
  'bestWorst',
  'reporting',
  'closing',
] as const;
export type ParagraphId = (typeof PARAGRAPH_IDS)[number];

export function isParagraphId(value: unknown): value is ParagraphId {
  return typeof value === 'string' && (PARAGRAPH_IDS as readonly string[]).includes(value);
}

/** A paragraph that does not apply this month (e.g. "provisional" when every office reported) is absent. */
export type Narrative = Partial<Record<ParagraphId, string>>;

export interface NarrativeOptions {
  /** Who issues the bulletin: the deployment's title or the region's name. */
  issuer: string;
}

/**
 * The bulletin's text, written from the engine's facts alone: the same object the screen and
 * every export read, so a sentence can never state a number the tables do not show.
 */
export function generateNarrative(facts: BulletinFacts, locale: Locale, options: NarrativeOptions): Narrative {
  const ctx = narrativeContext(locale, facts.definitions);
  const narrative: Narrative = {
    issuer: options.issuer,
    overview: overviewParagraph(ctx, facts),
    disclosure: disclosureParagraph(ctx, facts),
    department: rankingParagraph(ctx, facts, 'department'),
    township: rankingParagraph(ctx, facts, 'township'),
    reviews: reviewsParagraph(ctx, facts),
    hotline: hotlineParagraph(ctx, facts),
    cards: cardsParagraph(ctx, facts),
    bestWorst: bestWorstParagraph(ctx, facts),
    reporting: reportingParagraph(ctx, facts),
    closing: ctx.t('bulletin.n.closing'),
  };
  const provisional = provisionalParagraph(ctx, facts);
  if (provisional !== null) narrative.provisional = provisional;
  return narrative;
}

export { scopeWord } from './scope';
export { changePhrase, type ChangeKind, type ComparedWith, type CountUnit } from './change';
export { chineseNumber, englishOrdinal, placeWord } from './ordinal';
