import { describe, expect, it } from 'vitest';
import type { Locale } from '../../../../src/domain';
import { buildEngineData, DEFAULT_SCHEME, type Delta } from '../../../../src/engine';
import { bulletinFacts } from '../../../../src/engine/bulletin';
import {
  changePhrase,
  chineseNumber,
  englishOrdinal,
  generateNarrative,
  scopeWord,
  type ChangeKind,
  type ComparedWith,
  type CountUnit,
  type Narrative,
} from '../../../../src/features/bulletin/narrative';
import { narrativeContext, runningTextFormatters } from '../../../../src/features/bulletin/narrative/context';
import { generateDataset } from '../../../../mocks/generator';
import { FIXTURE_RECORDS, FIXTURE_SCHEME, fixtureFacts, fixtureOffices } from '../fixtures';

const ISSUER = '示例县行政审批服务局';
const narrate = (month: string, locale: Locale): Narrative => generateNarrative(fixtureFacts(month), locale, { issuer: ISSUER });

/** A change from `previous` to `current` as the engine states it (gap: no comparison by rule). */
const delta = (previous: number | null, current: number | null, gap?: 'cumulative'): Delta =>
  gap
    ? { previous: null, absolute: null, relative: null, gap }
    : {
        previous,
        absolute: previous === null || current === null ? null : current - previous,
        relative: previous === null || current === null || previous === 0 ? null : (current - previous) / Math.abs(previous),
      };

describe('changes in words', () => {
  const zh = narrativeContext('zh-CN');
  const en = narrativeContext('en');
  const say = (ctx: typeof zh, previous: number | null, current: number | null, kind: ChangeKind, with_: ComparedWith, unit?: CountUnit) =>
    changePhrase(ctx, current, delta(previous, current), kind, with_, unit);

  it('states rises and falls of counts in per cent, of rates in percentage points', () => {
    expect(say(zh, 1000, 1032, 'relative', 'mom')).toBe('环比增长3.20%');
    expect(say(zh, 1043, 1032, 'relative', 'yoy')).toBe('同比下降1.05%');
    expect(say(zh, 0.993, 0.9935, 'points', 'mom')).toBe('环比提高0.05个百分点');
    expect(say(zh, 0.993, 0.988, 'points', 'yoy')).toBe('同比下降0.50个百分点');
    expect(say(en, 1000, 1032, 'relative', 'mom')).toBe('up 3.20% month on month');
    expect(say(en, 1043, 1032, 'relative', 'yoy')).toBe('down 1.05% year on year');
    expect(say(en, 0.993, 0.9935, 'points', 'mom')).toBe('up 0.05 percentage points month on month');
  });

  it('takes a rate’s change between the rates as printed, so the sentence reconciles with both', () => {
    // 99.974% prints as 99.97% and 99.955% as 99.96%: +0.01 个百分点, not the +0.02 of the raw rates.
    expect(say(zh, 0.99955, 0.99974, 'points', 'mom')).toBe('环比提高0.01个百分点');
    expect(say(zh, 0.99965, 0.99974, 'points', 'mom')).toBe('环比持平');
  });

  it('says 持平 for no change, and for a change too small to show at two decimals', () => {
    expect(say(zh, 1000, 1000, 'relative', 'mom')).toBe('环比持平');
    expect(say(zh, 100000, 100004, 'relative', 'mom')).toBe('环比持平');
    expect(say(zh, 0.9997, 0.99974, 'points', 'yoy')).toBe('同比持平');
    expect(say(en, 0.9997, 0.99966, 'points', 'mom')).toBe('unchanged month on month');
    // Just above the rounding edge it is a change again.
    expect(say(zh, 0.9997, 0.99976, 'points', 'mom')).toBe('环比提高0.01个百分点');
  });

  it('says there is no comparable figure when either side is missing, never 0', () => {
    expect(say(zh, null, 1000, 'relative', 'yoy')).toBe('同比暂无可比数据');
    expect(say(en, null, 0.99, 'points', 'mom')).toBe('no comparable figure month on month');
  });

  it('states a change from a base under 10 in units, never as a percentage', () => {
    expect(say(zh, 0, 5, 'relative', 'mom', 'items')).toBe('环比增加5件');
    expect(say(zh, 1, 22, 'relative', 'mom', 'items')).toBe('环比增加21件');
    expect(say(zh, 9, 3, 'relative', 'yoy', 'entries')).toBe('同比减少6条');
    expect(say(zh, 10, 30, 'relative', 'mom', 'items')).toBe('环比增长200.00%');
    expect(say(zh, 4, 6, 'count', 'yoy', 'entries')).toBe('同比增加2条');
    expect(say(zh, 3, 1, 'count', 'mom', 'items')).toBe('环比减少2件');
    expect(say(en, 0, 5, 'relative', 'mom')).toBe('up 5 month on month');
  });

  it('states no 环比 for a cumulative figure (累计数不作环比): the clause is left out', () => {
    expect(changePhrase(zh, 1000, delta(null, null, 'cumulative'), 'relative', 'mom')).toBe('');
    expect(changePhrase(zh, 0.99, delta(null, null, 'cumulative'), 'points', 'mom')).toBe('');
  });
});

describe('how the scope and places are named', () => {
  it('calls the whole scope 全县 / 全市 / 全州 from the region’s own name', () => {
    expect(scopeWord({ officeId: 'a', name: '青岚县', kind: 'region' }, 'zh-CN')).toBe('全县');
    expect(scopeWord({ officeId: 'a', name: '衡阳市', kind: 'region' }, 'zh-CN')).toBe('全市');
    expect(scopeWord({ officeId: 'a', name: '阿坝州', kind: 'region' }, 'zh-CN')).toBe('全州');
    expect(scopeWord({ officeId: 'a', name: '示范园', kind: 'region' }, 'zh-CN')).toBe('示范园');
    expect(scopeWord({ officeId: 'a', name: '青岚县', kind: 'region' }, 'en')).toBe('青岚县');
  });

  it('writes places as 第一 … 第九十九 and 1st, 2nd, 3rd, 11th, 21st', () => {
    expect([1, 2, 3, 10, 11, 12, 20, 26, 99].map(chineseNumber)).toEqual(['一', '二', '三', '十', '十一', '十二', '二十', '二十六', '九十九']);
    expect(chineseNumber(120)).toBe('120');
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });
});

describe('the bulletin of March 2025 (every office reported), in Chinese', () => {
  const text = narrate('2025-03', 'zh-CN');

  it('opens with the totals, their 环比 and 同比, rates and their change in points', () => {
    expect(text.overview).toContain('2025年3月，全县共受理政务服务事项1032件，环比增长3.20%，同比下降1.05%；');
    expect(text.overview).toContain('办结1000件，办结率96.90%；');
    expect(text.overview).toContain('按时办结率98.80%，环比下降0.50个百分点；');
    expect(text.overview).toContain('超期办结1件，环比增加1件。');
  });

  it('says 持平 for an unchanged rate and 暂无数据 for a missing one', () => {
    expect(text.overview).toContain('网上办理率50.00%，环比持平；');
    expect(text.overview).toContain('全程网办率暂无数据。');
    expect(text.hotline).toBe('3月暂无12345热线数据。');
    expect(text.disclosure).toBe('3月暂无政务公开数据。');
    expect(text.reviews).toContain('主动评价率暂无数据');
  });

  it('names tied offices together: 并列第一', () => {
    expect(text.department).toContain('3月共有3个县直部门参与综合评价排名；甲局、乙局以94.00分并列第一，丙局以54.00分排名末位。');
    expect(text.department).toContain('较2月名次上升最多的是甲局、乙局（上升1位），下降最多的是丙局（下降2位）。');
    expect(text.bestWorst).toContain('综合得分排名前三的县直部门：并列第一名甲局、乙局（均为94.00分），第三名丙局（54.00分）。');
    // A single township is first, and nobody is last of a field of one.
    expect(text.township).toContain('东镇以100.00分位列第一。');
    expect(text.township).not.toContain('末位');
  });

  it('says each rule in one sentence with its count and offices (the detail goes to the card table)', () => {
    expect(text.cards).toBe('3月共有1个单位被亮红牌1张，未亮黄牌。超期办结（红牌）1个单位：丙局1件。');
    expect(text.cards).not.toContain('超期办结件数1件');
  });

  it('splits reviews by level and says what became of the bad ones', () => {
    expect(text.reviews).toContain('3月共收到办事评价1000条，环比持平；其中好评（满意、非常满意）998条、基本满意0条、差评（不满意、非常不满意）2条；');
    expect(text.reviews).toContain('好评率99.80%，环比下降0.20个百分点');
    expect(text.reviews).toContain('差评已整改1条、未整改1条，差评整改率50.00%。');
  });

  it('is not provisional, and says everyone reported', () => {
    expect(text.provisional).toBeUndefined();
    expect(text.reporting).toBe('3月应报送数据的5个单位均已报送。');
    expect(text.issuer).toBe(ISSUER);
  });
});

describe('the bulletin of March 2025, in English', () => {
  const text = narrate('2025-03', 'en');

  it('states the same numbers and changes', () => {
    expect(text.overview).toContain('In Mar 2025, service items accepted in 示例县: 1,032, up 3.20% month on month, down 1.05% year on year;');
    expect(text.overview).toContain('down 0.50 percentage points month on month');
    expect(text.overview).toContain('the online handling rate was 50.00%, unchanged month on month');
    expect(text.overview).toContain('there is no figure for the fully online rate.');
    expect(text.hotline).toBe('There are no 12345 hotline figures for Mar 2025.');
  });

  it('names ties together', () => {
    expect(text.department).toContain('甲局 and 乙局 tied for first with 94.00 points, 丙局 came last with 54.00 points.');
    expect(text.bestWorst).toContain('joint 1st 甲局 and 乙局 (94.00 each); 3rd 丙局 (54.00)');
  });

  it('has no Chinese words of its own (only names from the data and staff-written rule text)', () => {
    const own = Object.entries(text)
      .filter(([id]) => id !== 'issuer')
      .map(([, paragraph]) => paragraph.replace(/示例县行政审批服务局|示例县|示例方案|甲局|乙局|丙局|东镇|东村|有超期办结事项/g, ''))
      .join(' ');
    expect(own.match(/[\u4e00-\u9fff]+/g)).toBeNull();
  });
});

describe('a partial month (April 2025: 丙局 sent nothing)', () => {
  it('says first that the figures are provisional, and names who did not report', () => {
    const text = narrate('2025-04', 'zh-CN');
    expect(text.provisional).toBe('4月应报送数据的5个单位中，尚有1个未报送或未报齐，本通报所列数字和排名为临时结果，待数据补齐后更新。');
    expect(text.reporting).toBe('4月应报送数据的5个单位中已报送4个，报送率80.00%；未报送数据的单位——部门：丙局。');
    expect(text.department).toContain('丙局未报送数据，未参与排名');
    expect(text.department).toContain('因部分单位数据未报齐，本排名为临时结果。');
    // No March 2024 figure for April: the year-on-year change is said to be missing.
    expect(text.overview).toContain('环比下降10.66%，同比暂无可比数据；');
    expect(text.overview).toContain('按时办结率99.22%，环比提高0.42个百分点；');
    expect(text.cards).toBe('4月未发生红牌、黄牌预警。');
  });

  it('in English too', () => {
    const text = narrate('2025-04', 'en');
    expect(text.provisional).toMatch(/provisional/);
    expect(text.reporting).toBe('Offices that reported for Apr 2025: 4 of 5 due (80.00%); not reported: Department: 丙局.');
    expect(text.department).toContain('Not ranked for not reporting: 丙局.');
    expect(text.cards).toBe('No red or yellow card was issued in Apr 2025.');
  });

  it('marks an office ranked on incomplete data wherever it is named', () => {
    // 东镇’s village room is silent in March while the township centre reported: ranked, but partial.
    const records = FIXTURE_RECORDS.filter((record) => !(record.officeId === 'V1' && record.month === '2025-03'));
    const facts = bulletinFacts(buildEngineData(fixtureOffices(), records), FIXTURE_SCHEME, '2025-03');
    const zh = generateNarrative(facts, 'zh-CN', { issuer: ISSUER });
    expect(zh.township).toMatch(/东镇（数据不完整）以[\d.]+分位列第一/);
    expect(zh.bestWorst).toMatch(/第一名东镇（数据不完整）（[\d.]+分）/);
    expect(zh.reporting).toContain('村（社区）：东村');
    expect(zh.provisional).toBeDefined();
  });

  it('does not rank a township on its villages alone when its own centre sent nothing', () => {
    const records = FIXTURE_RECORDS.filter((record) => !(record.officeId === 'T1' && record.month === '2025-03'));
    const facts = bulletinFacts(buildEngineData(fixtureOffices(), records), FIXTURE_SCHEME, '2025-03');
    const zh = generateNarrative(facts, 'zh-CN', { issuer: ISSUER });
    expect(zh.township).not.toContain('位列第一');
    expect(zh.township).toContain('东镇');
    expect(zh.reporting).toContain('乡镇（街道）：东镇');
  });
});

describe('on the mock county (36 months, 26 departments, 12 townships)', () => {
  const dataset = generateDataset({ endMonth: '2026-10', scenario: 'normal' });
  const engine = buildEngineData(dataset.offices, dataset.records);

  it('never prints NaN, Infinity or undefined, in any month, in either language', () => {
    for (const month of ['2024-01', '2025-06', '2026-09', '2026-10']) {
      const facts = bulletinFacts(engine, DEFAULT_SCHEME, month);
      for (const locale of ['zh-CN', 'en'] as const) {
        const text = Object.values(generateNarrative(facts, locale, { issuer: ISSUER })).join('\n');
        expect(text).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
      }
    }
  });

  it('states the totals exactly as the engine computed them', () => {
    const facts = bulletinFacts(engine, DEFAULT_SCHEME, '2026-10');
    const zh = runningTextFormatters('zh-CN');
    const text = generateNarrative(facts, 'zh-CN', { issuer: ISSUER });
    expect(text.overview).toContain(`全县共受理政务服务事项${zh.formatCount(facts.totals.counts.accepted)}件`);
    expect(text.overview).toContain(`按时办结率${zh.formatRate(facts.totals.values.onTimeRate)}`);
    expect(text.hotline).toContain(`10月受理12345热线工单${zh.formatCount(facts.totals.counts.hotlineTickets)}件`);
    for (const card of facts.cards.red) expect(text.cards).toContain(card.name);
  });
});
