import type { Locale, MonthKey } from '../../../domain';
import type { BulletinFacts, RankedKind } from '../../../engine';
import { narrativeContext, type NarrativeContext } from '../narrative/context';
import type { Narrative, ParagraphId } from '../narrative';
import { chineseNumber } from '../narrative/ordinal';
import type { BulletinTable } from './table';
import { cardsTable } from './tables/cards';
import { missingTable } from './tables/coverage';
import { KEY_FIGURES, allFigureIds, figuresTable, hotlineFigureIds, kindTotalsTable, reviewFigureIds, reviewLevelsTable } from './tables/figures';
import { bestWorstTable, rankingTable, schemeTable } from './tables/rankings';

export type ChartId = `scores-${RankedKind}`;

export interface ChartRef {
  id: ChartId;
  kind: RankedKind;
  title: string;
}

export type Block =
  | { type: 'paragraph'; id: ParagraphId; text: string }
  | { type: 'table'; table: BulletinTable }
  | { type: 'chart'; chart: ChartRef };

export interface BulletinSection {
  id: string;
  /** Numbered as printed: 一、总体情况 / 1. Overview. */
  heading: string;
  blocks: Block[];
  /** The statistical annex: printed last, in landscape in Word. */
  annex?: boolean;
}

/**
 * The bulletin as one document: what the screen draws and what Word, Excel and print write,
 * built from the engine's facts and the (possibly edited) paragraphs and nothing else.
 */
export interface BulletinDocument {
  locale: Locale;
  month: MonthKey;
  /** 青岚县政务服务绩效月度通报（2026年10月） */
  title: string;
  /** Said under the title while some office has not reported; null otherwise. */
  subtitle: string | null;
  issuer: string;
  /** 2026年11月3日 / 3 Nov 2026 */
  issueDate: string;
  scopeName: string;
  partial: boolean;
  sections: BulletinSection[];
  /** Without extension; the title is what staff file it under. */
  fileName: string;
}

export interface DocumentOptions {
  issueDate: Date;
}

function formatIssueDate(date: Date, locale: Locale): string {
  if (locale === 'zh-CN') return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
}

function numbered(ctx: NarrativeContext, index: number, heading: string): string {
  return ctx.locale === 'zh-CN' ? `${chineseNumber(index)}、${heading}` : `${index}. ${heading}`;
}

function paragraph(narrative: Narrative, id: ParagraphId): Block[] {
  const text = narrative[id];
  return text === undefined ? [] : [{ type: 'paragraph', id, text }];
}

function table(table: BulletinTable): Block {
  return { type: 'table', table };
}

export function buildBulletinDocument(facts: BulletinFacts, locale: Locale, narrative: Narrative, options: DocumentOptions): BulletinDocument {
  const ctx = narrativeContext(locale, facts.definitions);
  const { t, f } = ctx;
  const month = f.formatMonth(facts.month);
  const title = t('bulletin.doc.title', { scope: facts.scope.name, month });
  const chart = (kind: RankedKind): Block => ({
    type: 'chart',
    chart: { id: `scores-${kind}`, kind, title: t('bulletin.chart.scores', { kind: t(`kind.${kind}`) }) },
  });

  const body: { id: string; heading: string; blocks: Block[] }[] = [
    {
      id: 'overview',
      heading: t('bulletin.section.overview'),
      blocks: [
        ...paragraph(narrative, 'provisional'),
        ...paragraph(narrative, 'overview'),
        ...paragraph(narrative, 'disclosure'),
        table(figuresTable(ctx, facts, 'key-figures', t('bulletin.table.keyFigures'), t('bulletin.sheet.keyFigures'), KEY_FIGURES)),
      ],
    },
    {
      id: 'department',
      heading: t('bulletin.section.ranking', { kind: t('kind.department') }),
      blocks: [...paragraph(narrative, 'department'), chart('department'), table(rankingTable(ctx, facts, 'department'))],
    },
    {
      id: 'township',
      heading: t('bulletin.section.ranking', { kind: t('kind.township') }),
      blocks: [...paragraph(narrative, 'township'), chart('township'), table(rankingTable(ctx, facts, 'township'))],
    },
    {
      id: 'reviews',
      heading: t('bulletin.section.reviews'),
      blocks: [...paragraph(narrative, 'reviews'), table(reviewLevelsTable(ctx, facts))],
    },
    {
      id: 'hotline',
      heading: t('bulletin.section.hotline'),
      blocks: [
        ...paragraph(narrative, 'hotline'),
        table(figuresTable(ctx, facts, 'hotline-figures', t('bulletin.table.hotline'), t('bulletin.sheet.hotline'), hotlineFigureIds())),
      ],
    },
    { id: 'cards', heading: t('bulletin.section.cards'), blocks: [...paragraph(narrative, 'cards'), table(cardsTable(ctx, facts))] },
    { id: 'best-worst', heading: t('bulletin.section.bestWorst'), blocks: [...paragraph(narrative, 'bestWorst'), table(bestWorstTable(ctx, facts))] },
    { id: 'reporting', heading: t('bulletin.section.reporting'), blocks: [...paragraph(narrative, 'reporting'), table(missingTable(ctx, facts))] },
    { id: 'closing', heading: t('bulletin.section.closing'), blocks: paragraph(narrative, 'closing') },
  ];

  const annexTables = [
    figuresTable(ctx, facts, 'figures', t('bulletin.table.figures'), t('bulletin.sheet.figures'), allFigureIds()),
    figuresTable(ctx, facts, 'review-figures', t('bulletin.table.reviewFigures'), t('bulletin.sheet.reviewFigures'), reviewFigureIds()),
    kindTotalsTable(ctx, facts),
    schemeTable(ctx, facts, 'department'),
    schemeTable(ctx, facts, 'township'),
  ].map((entry, index) => ({ ...entry, caption: t('bulletin.annexTable', { number: index + 1, caption: entry.caption }) }));

  return {
    locale,
    month: facts.month,
    title,
    subtitle: facts.partial ? t('bulletin.doc.provisional') : null,
    issuer: narrative.issuer ?? '',
    issueDate: formatIssueDate(options.issueDate, locale),
    scopeName: facts.scope.name,
    partial: facts.partial,
    sections: [
      ...body.map((section, index) => ({ ...section, heading: numbered(ctx, index + 1, section.heading) })),
      { id: 'annex', heading: t('bulletin.section.annex'), blocks: annexTables.map(table), annex: true },
    ],
    fileName: title,
  };
}

/** Every table of a document in order, e.g. one sheet each in Excel. */
export function documentTables(document: BulletinDocument): BulletinTable[] {
  return document.sections.flatMap((section) => section.blocks.flatMap((block) => (block.type === 'table' ? [block.table] : [])));
}
