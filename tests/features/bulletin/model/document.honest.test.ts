import { describe, expect, test } from 'vitest';
import { buildBulletinDocument, documentTables } from '../../../../src/features/bulletin/model/document';
import { cellText } from '../../../../src/features/bulletin/model/cells';
import type { BulletinTable } from '../../../../src/features/bulletin/model/table';
import { cellFormat } from '../../../../src/features/bulletin/export/format';
import { numberFormats, sheetCell } from '../../../../src/features/bulletin/export/xlsx';
import { generateNarrative } from '../../../../src/features/bulletin/narrative';
import { handFacts } from '../hand-facts';

const format = cellFormat('zh-CN');
const facts = handFacts();
const narrative = generateNarrative(facts, 'zh-CN', { issuer: '示例县行政审批服务局', issueDate: new Date(2025, 3, 3) });
const document = buildBulletinDocument(facts, 'zh-CN', narrative);
const tables = documentTables(document);

function table(id: string): BulletinTable {
  const found = tables.find((entry) => entry.id === id);
  if (!found) throw new Error(`no table ${id}`);
  return found;
}

/** A table's row as printed, by the column keys asked for. */
function printed(entry: BulletinTable, key: string, columns: readonly string[]): string[] {
  const row = entry.rows.find((candidate) => candidate.key === key)!;
  return columns.map((column) => cellText(row.cells[entry.columns.findIndex((c) => c.key === column)]!, format));
}

describe('the bulletin’s text states figures honestly', () => {
  test('a completion rate above 100% says why, beside it', () => {
    expect(narrative.overview).toContain('办结率102.33%（含以前月份受理的件）');
  });

  test('a count on a base under 10 changes in units, a volume in per cent', () => {
    expect(narrative.overview).toContain('超期办结22件，环比增加21件');
    expect(narrative.overview).not.toContain('2,100.00%');
    expect(narrative.overview).toContain('共受理政务服务事项1032件，环比增长3.20%，同比下降1.05%');
  });

  test('a rate’s change is the difference of the rates as printed', () => {
    // 99.97% this month, 99.96% last month: +0.01, though the raw rates differ by 0.019 points.
    expect(narrative.overview).toContain('按时办结率99.97%，环比提高0.01个百分点');
  });

  test('cards: how many offices, then how many cards', () => {
    expect(narrative.cards).toMatch(/^3月共有2个单位被亮红牌3张，未亮黄牌。/);
  });

  test('names an office short of fields as 数据不全; a newcomer or a rank moved by others is not a “riser”', () => {
    expect(narrative.department).toContain('戊局（数据不全）');
    expect(narrative.department).not.toContain('上升最多');
  });

  test('a cumulative figure states no 环比 at all', () => {
    const cumulative = generateNarrative(handFacts({ cumulative: true }), 'zh-CN', { issuer: 'x' });
    expect(cumulative.overview).toContain('共受理政务服务事项1032件，同比下降1.05%');
    expect(cumulative.overview).not.toContain('环比');
  });
});

describe('the bulletin’s tables reconcile with its text and with themselves', () => {
  test('本月 − 上月 = 环比 for every rate, to the last printed digit', () => {
    const figures = table('figures');
    for (const row of figures.rows) {
      const [value, previous, mom] = printed(figures, row.key, ['value', 'previous', 'mom']);
      if (!value!.endsWith('%') || !previous!.endsWith('%') || mom === '—') continue;
      const steps = (text: string) => Math.round(Number(text.replace(/[,%]|个百分点|（.*）/g, '')) * 100);
      expect(steps(mom!), row.key).toBe(steps(value!) - steps(previous!));
    }
    expect(printed(figures, 'onTimeRate', ['value', 'previous', 'mom'])).toEqual(['99.97%', '99.96%', '+0.01个百分点']);
  });

  test('a small base changes in units, a rate above 100% carries its reason', () => {
    const figures = table('figures');
    expect(printed(figures, 'overdue', ['value', 'previous', 'mom'])).toEqual(['22', '1', '+21件']);
    expect(printed(figures, 'badReviews', ['value', 'previous', 'mom'])).toEqual(['2', '0', '+2条']);
    expect(printed(figures, 'accepted', ['mom', 'yoy'])).toEqual(['+3.20%', '-1.05%']);
    expect(printed(figures, 'completionRate', ['value'])).toEqual(['102.33%（含以前月份受理的件）']);
  });

  test('the ranking says 新进, marks a rank moved only by others, and names the fields missing', () => {
    const ranking = table('ranking-department');
    expect(printed(ranking, 'D1', ['rank', 'rankChange', 'note'])).toEqual(['1', '持平', '']);
    expect(printed(ranking, 'D2', ['rank', 'rankChange'])).toEqual(['2', '名次因他单位变动']);
    expect(printed(ranking, 'D3', ['rank', 'rankChange'])).toEqual(['3', '新进']);
    expect(printed(ranking, 'D5', ['note'])).toEqual(['数据不全（未报送热线按时办结数、上月结转在办件数）']);
    expect(printed(ranking, 'D4', ['rank', 'score', 'accepted', 'note'])).toEqual(['—', '—', '—', '未报送']);
  });

  test('a card’s rule by its Chinese name, never its id', () => {
    const cards = table('cards');
    const rules = cards.rows.map((row) => cellText(row.cells[cards.columns.findIndex((c) => c.key === 'rule')]!, format));
    // 'bad-review-unrectified' is not a rule of the built-in scheme (it cards 差评超期未整改 instead): its message stands.
    expect(rules).toEqual(['超期办结', '有差评未按期整改', '超期办结']);
    expect(rules.join('')).not.toMatch(/[a-z]-[a-z]/);
  });

  test('a cumulative figure: — with 累计数不作环比, never a number', () => {
    const cumulative = documentTables(
      buildBulletinDocument(
        handFacts({ cumulative: true }),
        'zh-CN',
        generateNarrative(handFacts({ cumulative: true }), 'zh-CN', { issuer: 'x', issueDate: new Date(2025, 3, 3) }),
      ),
    ).find((entry) => entry.id === 'figures')!;
    expect(printed(cumulative, 'accepted', ['previous', 'mom', 'yoy'])).toEqual(['—', '—（累计数不作环比）', '-1.05%']);
  });

  test('Excel keeps a figure numeric, but never drops the words a figure needs beside it', () => {
    const formats = numberFormats('zh-CN');
    const figures = table('figures');
    const cell = (key: string, column: string) => figures.rows.find((row) => row.key === key)!.cells[figures.columns.findIndex((c) => c.key === column)]!;
    expect(sheetCell(cell('overdue', 'mom'), formats, format)).toMatchObject({ type: Number, value: 21, format: '+0"件";-0"件";0"件"' });
    expect(sheetCell(cell('onTimeRate', 'mom'), formats, format)).toMatchObject({ type: Number, value: 0.01 });
    expect(sheetCell(cell('completionRate', 'value'), formats, format)).toMatchObject({ type: String, value: '102.33%（含以前月份受理的件）' });
    const ranking = table('ranking-department');
    const d3 = ranking.rows.find((row) => row.key === 'D3')!.cells[ranking.columns.findIndex((c) => c.key === 'rankChange')]!;
    expect(sheetCell(d3, formats, format)).toMatchObject({ type: String, value: '新进' });
  });
});
