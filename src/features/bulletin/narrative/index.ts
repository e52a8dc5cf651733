import type { Locale } from '../../../domain';
import { RANKED, type BulletinFacts } from '../../../engine';
import { bestWorstParagraph } from './bestWorst';
import { cardsParagraph } from './cards';
import { monthWord, narrativeContext } from './context';
import { addresseesText, docNumberText, issueDateText, openingText, titleText } from './head';
import { kindWord, kindWords } from './kinds';
import { PLAIN_NAMING, type OfficeNaming } from './naming';
import { followUpParagraph, rectificationParagraph } from './rectification';
import { hotlineParagraph } from './hotline';
import { disclosureParagraph, overviewParagraph, provisionalParagraph } from './overview';
import { rankingParagraph } from './rankings';
import { reportingParagraph } from './reporting';
import { reviewsParagraph } from './reviews';

/**
 * Every paragraph staff can edit, in the order the bulletin prints them: the head (发文字号, title,
 * 主送机关, opening), the body, then the signature (发文机关署名) and the date (成文日期).
 */
export const PARAGRAPH_IDS = [
  'docNumber',
  'title',
  'addressees',
  'opening',
  'provisional',
  'overview',
  'reviews',
  'hotline',
  'disclosure',
  'region',
  'department',
  'township',
  'bestWorst',
  'cards',
  'reporting',
  'followUp',
  'rectification',
  'closing',
  'issuer',
  'issueDate',
] as const;
export type ParagraphId = (typeof PARAGRAPH_IDS)[number];

export function isParagraphId(value: unknown): value is ParagraphId {
  return typeof value === 'string' && (PARAGRAPH_IDS as readonly string[]).includes(value);
}

/** A paragraph that does not apply this month (e.g. "provisional" when every office reported) is absent. */
export type Narrative = Partial<Record<ParagraphId, string>>;

export interface NarrativeOptions {
  /** Who signs the bulletin (发文机关署名): config.json's issuer for the scope. */
  issuer: string;
  /** The day it is issued (成文日期); today by default. */
  issueDate?: Date;
  /** How offices are named (qualified where names repeat, by county); plain names by default. */
  naming?: OfficeNaming;
  /** Last month's facts: what became of last month's 整改要求. */
  previous?: BulletinFacts | null;
  /** The 发文字号's prefix when the bulletin has a 版头 (设置 → 通报格式); no 发文字号 otherwise. */
  docNumberPrefix?: string | null;
}

/**
 * The bulletin's text, written from the engine's facts alone: the same object the screen and
 * every export read, so a sentence can never state a number the tables do not show.
 */
export function generateNarrative(facts: BulletinFacts, locale: Locale, options: NarrativeOptions): Narrative {
  const ctx = narrativeContext(locale, facts.definitions, { naming: options.naming ?? PLAIN_NAMING, runningText: true, kinds: kindWords(facts, locale) });
  const issueDate = options.issueDate ?? new Date();
  const narrative: Narrative = {
    title: titleText(ctx, facts),
    addressees: addresseesText(ctx, facts),
    opening: openingText(ctx, facts, options.issuer),
    overview: overviewParagraph(ctx, facts),
    reviews: reviewsParagraph(ctx, facts),
    hotline: hotlineParagraph(ctx, facts),
    disclosure: disclosureParagraph(ctx, facts),
    bestWorst: bestWorstParagraph(ctx, facts),
    cards: cardsParagraph(ctx, facts, kindWord(ctx, 'department')),
    reporting: reportingParagraph(ctx, facts),
    rectification: rectificationParagraph(ctx, facts, options.issuer),
    closing: ctx.t('bulletin.n.closing'),
    issuer: options.issuer,
    issueDate: issueDateText(ctx, issueDate),
  };
  for (const kind of RANKED) if (facts.rankings[kind].rows.length > 0) narrative[kind] = rankingParagraph(ctx, facts, kind);
  if (options.docNumberPrefix !== undefined && options.docNumberPrefix !== null)
    narrative.docNumber = docNumberText(options.docNumberPrefix, issueDate, facts.month);
  const provisional = provisionalParagraph(ctx, facts);
  if (provisional !== null) narrative.provisional = provisional;
  const followUp = followUpParagraph(ctx, facts, options.previous ?? null, monthWord(ctx, facts.previousMonth));
  if (followUp !== null) narrative.followUp = followUp;
  return narrative;
}

export { scopeWord } from './scope';
export { changePhrase, type ChangeKind, type ComparedWith, type CountUnit } from './change';
export { chineseNumber, englishOrdinal, placeWord } from './ordinal';
export { PLAIN_NAMING, type OfficeNaming, type NamedRef } from './naming';
