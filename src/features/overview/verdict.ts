import type { Indicator, Locale } from '../../domain';
import type { OfficeEvaluation, PeriodEvaluation, RankedKind } from '../../engine';
import { RANKED } from '../../engine';
import { cardCounts, describeChange, indicatorName, schemeIndicator, type CardCount, type Translate } from '../../ui';

/**
 * The overview's first line: how the scope is doing this period, built from the data — how many
 * of the scheme's indicators got better or worse against the comparison period, how many offices
 * carry a red and a yellow card, and who is last of each kind.
 */
export interface VerdictFacts {
  kind: PeriodEvaluation['requested']['kind'];
  /** 环比 (month, quarter, range) or 同比 (a year-to-date: 累计数不作环比). */
  against: 'mom' | 'yoy';
  /** A period in progress is compared with the same months of its comparison period. */
  inProgress: boolean;
  better: Indicator[];
  worse: Indicator[];
  flat: Indicator[];
  /** Scheme indicators the scope has a comparable value for (better + worse + flat). */
  compared: number;
  red: CardCount;
  yellow: CardCount;
  /** The office ranked last of each kind that has a ranking with a last place (not all tied for first). */
  last: { kind: RankedKind; office: OfficeEvaluation }[];
}

/** The kinds the overview shows bottom lists for: those with anyone in the ranking, in RANKED order. */
export function kindsShown(evaluation: Pick<PeriodEvaluation, 'rankings'>): RankedKind[] {
  return RANKED.filter((kind) => (evaluation.rankings[kind] ?? []).some((office) => office.rank !== null));
}

export function verdictFacts(evaluation: PeriodEvaluation): VerdictFacts {
  const against = evaluation.requested.kind === 'ytd' ? 'yoy' : 'mom';
  const scope = evaluation.scope;
  const better: Indicator[] = [];
  const worse: Indicator[] = [];
  const flat: Indicator[] = [];
  const seen = new Set<string>();
  for (const item of evaluation.scheme.indicators) {
    if (seen.has(item.indicatorId)) continue;
    seen.add(item.indicatorId);
    const indicator = schemeIndicator(evaluation.scheme, item.indicatorId);
    const value = scope.values[item.indicatorId];
    const change = describeChange(indicator, value, scope.deltas[item.indicatorId]?.[against]);
    if (change.tone === 'good') better.push(indicator);
    else if (change.tone === 'bad') worse.push(indicator);
    else if (change.tone === 'flat') flat.push(indicator);
  }
  const counts = cardCounts(evaluation.cards);
  const last = kindsShown(evaluation).flatMap((kind) => {
    const office = evaluation.worst[kind]?.[0];
    return office ? [{ kind, office }] : [];
  });
  return {
    kind: evaluation.requested.kind,
    against,
    inProgress: evaluation.through !== null,
    better,
    worse,
    flat,
    compared: better.length + worse.length + flat.length,
    red: counts.red,
    yellow: counts.yellow,
    last,
  };
}

/** Indicators named in the verdict before "等": the worse ones are the news. */
export const VERDICT_NAMED = 3;

export interface VerdictWords {
  t: Translate;
  locale: Locale;
  formatCount: (value: number) => string;
}

/**
 * The verdict as one line: "本月较上月 6 项考核指标向好、2 项变差（好评率、网上办理率）；红牌 2 个单位、
 * 黄牌 3 个单位；部门末位：县民政局，乡镇（街道）末位：东镇。" `names` are the offices' names as the
 * screen shows them (qualified where they repeat).
 */
export function verdictText(facts: VerdictFacts, words: VerdictWords, names: ReadonlyMap<string, string> = new Map()): string {
  const { t, locale, formatCount } = words;
  const period = t(`overview.verdict.period.${facts.kind}`);
  const compared = t(
    facts.against === 'yoy' ? 'overview.verdict.yoy' : facts.inProgress ? 'overview.verdict.momSameMonths' : `overview.verdict.mom.${facts.kind}`,
  );
  const parts: string[] = [];
  if (facts.compared === 0) parts.push(t('overview.verdict.noComparison', { period }));
  else {
    const named = facts.worse.slice(0, VERDICT_NAMED).map((indicator) => indicatorName(indicator, locale));
    const more = facts.worse.length > VERDICT_NAMED ? t('overview.verdict.more') : '';
    parts.push(
      t(facts.flat.length > 0 ? 'overview.verdict.indicatorsFlat' : 'overview.verdict.indicators', {
        period,
        compared,
        better: formatCount(facts.better.length),
        worse: formatCount(facts.worse.length),
        flat: formatCount(facts.flat.length),
      }) + (named.length > 0 ? t('overview.verdict.worseNames', { names: named.join(t('overview.verdict.separator')) + more }) : ''),
    );
  }
  parts.push(
    facts.red.offices + facts.yellow.offices === 0
      ? t('overview.verdict.noCards')
      : t('overview.verdict.cards', { red: formatCount(facts.red.offices), yellow: formatCount(facts.yellow.offices) }),
  );
  if (facts.last.length > 0) {
    parts.push(
      facts.last
        .map(({ kind, office }) => t('overview.verdict.last', { kind: t(`kind.${kind}`), name: names.get(office.officeId) ?? office.name }))
        .join(t('overview.verdict.lastSeparator')),
    );
  }
  // A provisional period is said once, by the notice above the page (EvaluationPage).
  return parts.join(t('overview.verdict.clause')) + t('overview.verdict.end');
}
