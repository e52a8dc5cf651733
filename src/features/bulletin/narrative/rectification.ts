import { addMonths, isRate, type MonthKey } from '../../../domain';
import { RANKED, type BulletinFacts, type RankedKind } from '../../../engine';
import { indicatorIn, joinNames, sentence, type NarrativeContext } from './context';
import { cardValue, ruleName } from './cards';
import { kindWord } from './kinds';
import { lossSummary } from './laggards';
import type { NamedRef } from './naming';

/** One thing a named unit is told to fix, with what identifies it next month. */
export type Problem = { type: 'card'; ruleId: string; text: string } | { type: 'laggard'; kind: RankedKind; text: string } | { type: 'talk'; text: string };

/** A unit the bulletin names for rectification, and what it must fix. */
export interface NamedUnit {
  office: NamedRef;
  problems: Problem[];
}

/**
 * Who the bulletin names for rectification (整改): every office with a red card, the bottom three of
 * each kind (by the indicators that lost them their points) and every 约谈提示. In a prefecture's
 * bulletin, the counties' own offices with red cards are left to their county (the paragraph says
 * so); the city names its counties and its own departments.
 */
export function namedUnits(ctx: NarrativeContext, facts: BulletinFacts): NamedUnit[] {
  const units = new Map<string, NamedUnit>();
  const add = (office: NamedRef, problem: Problem) => {
    const unit = units.get(office.officeId) ?? { office: { officeId: office.officeId, name: office.name }, problems: [] };
    if (!unit.problems.some((known) => known.type === problem.type && known.text === problem.text)) unit.problems.push(problem);
    units.set(office.officeId, unit);
  };
  const byCounty = facts.rankings.region.rows.length > 0;
  for (const card of facts.cards.red) {
    if (byCounty && ctx.naming.area(card.officeId) !== null) continue;
    const rate = isRate(card.indicator ?? indicatorIn(ctx, card.subject));
    add(card, {
      type: 'card',
      ruleId: card.ruleId,
      text: ctx.t(rate ? 'bulletin.n.fix.cardRate' : 'bulletin.n.fix.card', { rule: ruleName(ctx, card), value: cardValue(ctx, card) }),
    });
  }
  for (const kind of RANKED) {
    for (const row of facts.worst[kind]) {
      if (row.rank === null) continue;
      const losses = lossSummary(ctx, row);
      add(row, {
        type: 'laggard',
        kind,
        text: losses ? ctx.t('bulletin.n.fix.laggard', { losses }) : ctx.t('bulletin.n.fix.laggardNone', { kind: kindWord(ctx, kind) }),
      });
    }
  }
  for (const flag of facts.talkFlags) add(flag, { type: 'talk', text: ctx.t('bulletin.n.fix.talk', { count: ctx.f.formatCount(flag.months.length) }) });
  return [...units.values()];
}

/** A unit's problems in one breath: "超期办结4件，超期未办结2件" (a laggard's own list is joined with 、). */
function problemList(ctx: NarrativeContext, problems: readonly Problem[]): string {
  return problems.map((problem) => problem.text).join(ctx.locale === 'zh-CN' ? '，' : '; ');
}

/** The default deadline: the end of the month after the bulletin's, so next month's bulletin can say whether it was done. */
export function rectificationDeadline(month: MonthKey): { year: number; month: number; day: number } {
  const next = addMonths(month, 1);
  const year = Number(next.slice(0, 4));
  const m = Number(next.slice(5, 7));
  return { year, month: m, day: new Date(year, m, 0).getDate() };
}

export function deadlineText(ctx: NarrativeContext, month: MonthKey): string {
  const { year, month: m, day } = rectificationDeadline(month);
  return ctx.locale === 'zh-CN'
    ? `${year}年${m}月${day}日`
    : new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(year, m - 1, day));
}

/**
 * 整改要求: each named unit with what it must fix, one deadline (editable; by default the end of
 * next month) and to whom it reports. Yellow cards and, in a prefecture, the counties' carded
 * offices get one sentence for all.
 */
export function rectificationParagraph(ctx: NarrativeContext, facts: BulletinFacts, issuer: string): string {
  const units = namedUnits(ctx, facts);
  const deadline = deadlineText(ctx, facts.month);
  const separator = ctx.locale === 'zh-CN' ? '；' : '; ';
  const parts: string[] = [];
  if (units.length > 0) {
    const list = units.map((unit) => ctx.t('bulletin.n.fix.unit', { name: ctx.naming.name(unit.office), problems: problemList(ctx, unit.problems) }));
    parts.push(sentence(ctx, [[ctx.t('bulletin.n.fix.intro', { deadline, issuer, list: list.join(separator) })]]));
  }
  const countyCards = facts.rankings.region.rows.length > 0 && facts.cards.red.some((card) => ctx.naming.area(card.officeId) !== null);
  if (countyCards) parts.push(sentence(ctx, [[ctx.t('bulletin.n.fix.counties', { kind: kindWord(ctx, 'region'), deadline })]]));
  if (facts.cards.yellow.length > 0) parts.push(sentence(ctx, [[ctx.t('bulletin.n.fix.yellow', { deadline })]]));
  if (parts.length === 0) return sentence(ctx, [[ctx.t('bulletin.n.fix.none')]]);
  return parts.join(ctx.locale === 'zh-CN' ? '' : ' ');
}

function persists(problem: Problem, now: BulletinFacts, officeId: string): boolean {
  if (problem.type === 'card') return now.cards.red.some((card) => card.officeId === officeId && card.ruleId === problem.ruleId);
  if (problem.type === 'laggard') return now.worst[problem.kind].some((row) => row.officeId === officeId && row.rank !== null);
  return now.talkFlags.some((flag) => flag.officeId === officeId);
}

/**
 * 上月整改落实: the units last month's bulletin named, each said to have put its problems right or
 * not (its red card of the same rule, its place among the bottom three, its 约谈提示 still there).
 * Nothing is said when there is no last month, or it named nobody.
 */
export function followUpParagraph(ctx: NarrativeContext, facts: BulletinFacts, previous: BulletinFacts | null, previousMonthWord: string): string | null {
  if (!previous) return null;
  const units = namedUnits(ctx, previous);
  if (units.length === 0) return null;
  const done: string[] = [];
  const open: string[] = [];
  for (const unit of units) {
    const remaining = unit.problems.filter((problem) => persists(problem, facts, unit.office.officeId));
    const name = ctx.naming.name(unit.office);
    if (remaining.length === 0) done.push(name);
    else open.push(ctx.t('bulletin.n.followUp.open', { name, problems: problemList(ctx, remaining) }));
  }
  return sentence(ctx, [
    [
      ctx.t('bulletin.n.followUp.intro', { month: previousMonthWord }),
      ...(done.length > 0 ? [ctx.t('bulletin.n.followUp.done', { names: joinNames(ctx, done) })] : []),
    ],
    open.length > 0 ? [ctx.t('bulletin.n.followUp.notDone', { list: open.join(ctx.locale === 'zh-CN' ? '、' : '; ') })] : [],
  ]);
}
