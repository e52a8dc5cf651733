import { describe, expect, it } from 'vitest';
import { count, text } from '../../../../../src/features/bulletin/model/cells';
import type { BulletinTable } from '../../../../../src/features/bulletin/model/table';
import { cellFormat } from '../../../../../src/features/bulletin/export/format';
import { SIZE, TEXT, textEms, textTwips } from '../../../../../src/features/bulletin/export/word/geometry';
import { layoutTable } from '../../../../../src/features/bulletin/export/word/layout';

const format = cellFormat('zh-CN');
const column = (key: string, header: string, numeric = false) => ({ key, header, numeric });

/** A card list: 8 columns, a rule name of 12 characters, a month. */
function cards(rows: number): BulletinTable {
  return {
    id: 'cards',
    caption: '红黄牌',
    sheetName: '红黄牌',
    columns: [
      column('level', '牌色'),
      column('area', '所在地区'),
      column('name', '单位'),
      column('rule', '规则'),
      column('actual', '实际值', true),
      column('threshold', '阈值', true),
      column('since', '起始月份'),
      column('months', '连续月数', true),
    ],
    rows: Array.from({ length: rows }, (_, index) => ({
      key: String(index),
      cells: [
        text('黄牌'),
        text('市直部门'),
        text('国家税务总局云塘县税务局'),
        text('热线按时办结率低于预警线'),
        count(90),
        count(92),
        text('2026年10月'),
        count(index + 1),
      ],
    })),
    emptyText: '无',
    wide: true,
  };
}

describe('Word table layout', () => {
  it('counts LibreOffice’s gap at each change between Chinese and digits', () => {
    // 2026年10月: six digits of 0.64 em, two characters of 1 em, three changes of 0.2 em.
    expect(textEms('2026年10月')).toBeCloseTo(6 * 0.64 + 2 + 3 * 0.2, 10);
    expect(textEms('100.00%')).toBeCloseTo(5 * 0.64 + 0.33 + 0.95, 10);
    expect(textEms('（2026）')).toBeCloseTo(4 * 0.64 + 2, 10);
  });

  it('sets a long list with every cell on one line on the portrait page, smaller before wrapping', () => {
    const table = cards(40);
    const layout = layoutTable(table, format);
    // At 小五 the names and rules would have to wrap; at 8 pt every cell fits on one line.
    expect(layout).toMatchObject({ size: SIZE.smallest, landscape: false });
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT.width);
    table.columns.forEach((_, index) => {
      const widest = Math.max(...table.rows.map((row) => textTwips(String(row.cells[index]!.value), layout.size)));
      expect(layout.widths[index]!).toBeGreaterThan(widest);
    });
  });
});
