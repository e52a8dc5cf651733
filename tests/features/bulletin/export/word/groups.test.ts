import { describe, expect, it } from 'vitest';
import { count, text } from '../../../../../src/features/bulletin/model/cells';
import type { Block } from '../../../../../src/features/bulletin/model/documentTypes';
import type { BulletinTable } from '../../../../../src/features/bulletin/model/table';
import { mergeGroupedTables } from '../../../../../src/features/bulletin/export/word/groups';

const column = (key: string, numeric = true) => ({ key, header: key, numeric });

function areaTable(county: string, kind: string, names: string[], note: boolean): BulletinTable {
  return {
    id: `area-${county}-${kind}`,
    caption: `${county}${kind}排名`,
    sheetName: `各县${kind}排名`,
    group: { header: '所在县', value: county },
    columns: [column('name', false), column('accepted'), ...(note ? [column('note', false)] : [])],
    rows: names.map((name, index) => ({ key: name, cells: [text(name), count(100 + index), ...(note ? [text('未报送')] : [])] })),
    emptyText: `${county}无${kind}`,
  };
}

describe('tables of one list merged for Word', () => {
  it('makes one table of consecutive grouped tables, each caption a row above its rows, a missing column blank', () => {
    const heading: Block = { type: 'subheading', text: '县区情况', level: 2 };
    const plain: BulletinTable = { ...areaTable('市', '汇总', ['合计'], false), group: undefined, id: 'plain' };
    const blocks: Block[] = [
      heading,
      { type: 'table', table: areaTable('松源县', '部门', ['甲局', '乙局'], false) },
      { type: 'table', table: areaTable('松源县', '乡镇', ['东镇'], true) },
      { type: 'table', table: areaTable('云塘县', '部门', [], false) },
      { type: 'table', table: plain },
    ];
    const merged = mergeGroupedTables(blocks);
    expect(merged.map((block) => block.type)).toEqual(['subheading', 'grouped', 'table']);
    const grouped = merged[1]!;
    if (grouped.type !== 'grouped') throw new Error('not merged');
    expect(grouped.table.columns.map((item) => item.key)).toEqual(['name', 'accepted', 'note']);
    expect(grouped.table.rows.map((row) => row.cells.map((cell) => cell.value))).toEqual([
      ['甲局', 100, ''],
      ['乙局', 101, ''],
      ['东镇', 100, '未报送'],
    ]);
    // Each county's caption heads its rows; an empty table says so under its caption.
    expect(grouped.groups).toEqual([
      { at: 0, text: '松源县部门排名' },
      { at: 2, text: '松源县乡镇排名' },
      { at: 3, text: '云塘县部门排名' },
      { at: 3, text: '云塘县无部门' },
    ]);
    expect(merged[2]).toEqual({ type: 'table', table: plain });
  });

  it('leaves a single grouped table as it is', () => {
    const table = areaTable('松源县', '部门', ['甲局'], false);
    expect(mergeGroupedTables([{ type: 'table', table }])).toEqual([{ type: 'table', table }]);
  });
});
