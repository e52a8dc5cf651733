import { exampleCounts, KIND_WORDS_ZH, toCsv, type TemplateCell } from '../../src/adapters/file/template';
import { OFFICE_COLUMNS, RECORD_COLUMNS } from '../../src/adapters/file/columns';
import { addMonths, COUNT_FIELDS, lastCompleteMonth, type OfficeKind } from '../../src/domain';

/**
 * A prefecture's own files, as staff would import them: 单位表 (2,500 offices: the prefecture, 10
 * counties, and their departments and townships) and 月度数据表 with one row per office and month
 * in the template's columns, counts that keep every consistency rule (the template's own
 * examples, varied by office and month). 2,500 offices × 80 months = 200,000 record rows, ~30 MB.
 * With `broken`, every row carries a negative count, so all 200,000 are left out and reported.
 * Used by the browser test that watches the main thread during the import, and by the bench.
 */
export function bigImportFiles({ officeCount = 2500, months = 80, broken = false } = {}): { offices: string; records: string; rows: number } {
  const offices: TemplateCell[][] = [OFFICE_COLUMNS.map((column) => column.header)];
  const kinds: OfficeKind[] = [];
  offices.push(['P', '示例市', KIND_WORDS_ZH.region, null]);
  kinds.push('region');
  for (let county = 0; county < 10; county++) {
    offices.push([`C${county}`, `第${county + 1}县`, KIND_WORDS_ZH.region, 'P']);
    kinds.push('region');
  }
  for (let i = 0; offices.length <= officeCount; i++) {
    const kind: OfficeKind = i % 3 === 0 ? 'township' : 'department';
    offices.push([`O${i}`, `第${(i % 10) + 1}县第${i}单位`, KIND_WORDS_ZH[kind], `C${i % 10}`]);
    kinds.push(kind);
  }
  const last = lastCompleteMonth(new Date());
  const lines: string[] = [RECORD_COLUMNS.map((column) => column.header).join(',')];
  for (let month = 0; month < months; month++) {
    const key = addMonths(last, month - months + 1);
    for (let index = 0; index < officeCount; index++) {
      const counts = exampleCounts(300 + ((index * 37 + month * 11) % 900), kinds[index]!, index + month);
      // Broken: every row says it accepted -1 items (a shifted column does that), so every row is reported.
      if (broken) counts.accepted = -1;
      lines.push([offices[index + 1]![0], key, ...COUNT_FIELDS.map((field) => counts[field] ?? '')].join(','));
    }
  }
  return { offices: toCsv({ name: '单位表', rows: offices }), records: `\uFEFF${lines.join('\r\n')}\r\n`, rows: lines.length - 1 };
}
