import { RANKED, type BulletinFacts, type RankedKind } from '../../../engine';
import type { Narrative, ParagraphId } from '../narrative';
import { kindWord } from '../narrative/kinds';
import { chineseNumber } from '../narrative/ordinal';
import type { NarrativeContext } from '../narrative/context';
import type { Block, BulletinSection } from './documentTypes';

function paragraph(narrative: Narrative, id: ParagraphId): Block[] {
  const text = narrative[id];
  return text === undefined || text.trim() === '' ? [] : [{ type: 'paragraph', id, text }];
}

/** （一）/ (1): the second level of a 公文's headings. */
function subheading(ctx: NarrativeContext, index: number, text: string): Block {
  return { type: 'subheading', text: ctx.locale === 'zh-CN' ? `（${chineseNumber(index)}）${text}` : `(${index}) ${text}` };
}

/** Sub-sections numbered in order, those without text left out. */
function numbered(ctx: NarrativeContext, parts: readonly { heading: string; blocks: Block[] }[]): Block[] {
  return parts.filter((part) => part.blocks.length > 0).flatMap((part, index) => [subheading(ctx, index + 1, part.heading), ...part.blocks]);
}

/**
 * The body of the 公文: 一、总体情况 (handling, reviews, hotline, disclosure), 二、排名情况 (each kind
 * ranked at this scope with its chart, then the best and the laggards with their reasons), 三、红黄牌,
 * 四、数据报送, 五、整改要求. Tables go to the annexes; a chart stays in the body while it fits
 * the page (past `chartRowLimit` offices its kind's table carries the figures alone).
 */
export function buildBody(ctx: NarrativeContext, facts: BulletinFacts, narrative: Narrative, chartRowLimit: number): BulletinSection[] {
  const { t } = ctx;
  const chart = (kind: RankedKind): Block[] => {
    const ranked = facts.rankings[kind].rows.filter((row) => row.rank !== null).length;
    if (ranked < 2 || ranked > chartRowLimit) return [];
    return [{ type: 'chart', chart: { id: `scores-${kind}`, kind, title: t('bulletin.chart.scores', { kind: kindWord(ctx, kind) }) } }];
  };
  const rankings = RANKED.filter((kind) => facts.rankings[kind].rows.length > 0).map((kind) => ({
    heading: t('bulletin.sub.ranking', { kind: kindWord(ctx, kind) }),
    blocks: [...paragraph(narrative, kind), ...chart(kind)],
  }));

  const sections: { id: string; heading: string; blocks: Block[] }[] = [
    {
      id: 'overview',
      heading: t('bulletin.section.overview'),
      blocks: [
        ...paragraph(narrative, 'provisional'),
        ...numbered(ctx, [
          { heading: t('bulletin.sub.handling'), blocks: paragraph(narrative, 'overview') },
          { heading: t('bulletin.sub.reviews'), blocks: paragraph(narrative, 'reviews') },
          { heading: t('bulletin.sub.hotline'), blocks: paragraph(narrative, 'hotline') },
          { heading: t('bulletin.sub.disclosure'), blocks: paragraph(narrative, 'disclosure') },
        ]),
      ],
    },
    {
      id: 'rankings',
      heading: t('bulletin.section.rankings'),
      blocks: numbered(ctx, [...rankings, { heading: t('bulletin.sub.bestWorst'), blocks: paragraph(narrative, 'bestWorst') }]),
    },
    { id: 'cards', heading: t('bulletin.section.cards'), blocks: paragraph(narrative, 'cards') },
    { id: 'reporting', heading: t('bulletin.section.reporting'), blocks: paragraph(narrative, 'reporting') },
    {
      id: 'closing',
      heading: t('bulletin.section.closing'),
      blocks: [...paragraph(narrative, 'followUp'), ...paragraph(narrative, 'rectification'), ...paragraph(narrative, 'closing')],
    },
  ];
  return sections
    .filter((section) => section.blocks.length > 0)
    .map((section, index) => ({
      ...section,
      heading: ctx.locale === 'zh-CN' ? `${chineseNumber(index + 1)}、${section.heading}` : `${index + 1}. ${section.heading}`,
    }));
}
