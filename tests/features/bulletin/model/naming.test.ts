import { describe, expect, test } from 'vitest';
import { generateDataset } from '../../../../mocks/generator';
import { buildEngineData, DEFAULT_SCHEME } from '../../../../src/engine';
import { bulletinFacts } from '../../../../src/engine/bulletin';
import { buildBulletinDocument } from '../../../../src/features/bulletin/model/document';
import { documentNaming } from '../../../../src/features/bulletin/model/naming';
import { generateNarrative } from '../../../../src/features/bulletin/narrative';

// A prefecture's bulletin (the large scenario: 13 counties, several with a 城东街道 or a 城西街道)
// names an office with its county wherever it is shown beside offices of other counties: the
// running text, the card table, the table of offices that did not report. A county's own annex
// table lists its townships under that county's heading, where no name repeats.
const MONTH = '2026-10';
const dataset = generateDataset({ endMonth: MONTH, scenario: 'large' });
const engine = buildEngineData(dataset.offices, dataset.records);
const qualify = (name: string, region: string) => `${name}（${region}）`;

const counts = new Map<string, number>();
for (const office of dataset.offices) if (office.kind !== 'region') counts.set(office.name, (counts.get(office.name) ?? 0) + 1);
const repeated = new Set([...counts].filter(([, count]) => count > 1).map(([name]) => name));

type Table = { id: string; rows: { cells: { kind: string; value: unknown }[] }[] };

describe('the names of a prefecture’s bulletin', () => {
  const facts = bulletinFacts(engine, DEFAULT_SCHEME, MONTH);
  const previous = bulletinFacts(engine, DEFAULT_SCHEME, '2026-09');
  const naming = documentNaming(engine, facts, previous, qualify);
  const regions = facts.rankings.region.rows.map((row) => bulletinFacts(engine, DEFAULT_SCHEME, MONTH, row.officeId));
  const narrative = generateNarrative(facts, 'zh-CN', { issuer: '云岭市政务服务管理局', issueDate: new Date(2026, 10, 3), naming, previous });
  const document = buildBulletinDocument(facts, 'zh-CN', narrative, { naming, regions });
  const tables = document.annexes.flatMap((annex) => annex.blocks.flatMap((block) => (block.type === 'table' ? [block.table as unknown as Table] : [])));

  test('the scenario repeats names across counties (what the test is about)', () => {
    expect(repeated.has('城东街道')).toBe(true);
    expect(repeated.has('城西街道')).toBe(true);
  });

  test('a table mixing counties says each row’s county: a qualified name or its 所在地区 column', () => {
    const counties = new Set(dataset.offices.filter((office) => office.kind === 'region').map((office) => office.name));
    const mixed = tables.filter((table) => table.id === 'cards' || table.id === 'missing');
    expect(mixed.map((table) => table.id).sort()).toEqual(['cards', 'missing']);
    let checked = 0;
    for (const table of mixed) {
      for (const row of table.rows) {
        const cells = row.cells.filter((cell) => cell.kind === 'text').map((cell) => String(cell.value));
        if (!cells.some((text) => repeated.has(text) || /^城[东西]街道（/.test(text))) continue;
        checked += 1;
        expect(cells.some((text) => counties.has(text) || /（.+县）$/.test(text))).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('the card table names an office whose name repeats in the document with its county (the naming function)', () => {
    const cards = tables.find((table) => table.id === 'cards')!;
    const names = cards.rows.map((row) => row.cells.filter((cell) => cell.kind === 'text').map((cell) => String(cell.value)));
    const streets = names.flat().filter((text) => /^城[东西]街道/.test(text));
    expect(streets.length).toBeGreaterThan(1);
    for (const street of streets) expect(street).toMatch(/^城[东西]街道（.+县）$/);
  });

  test('the running text qualifies every repeated name it mentions', () => {
    const text = JSON.stringify(narrative);
    const mentions = [...text.matchAll(/城[东西]街道(（[^）"]*）)?/g)].map((match) => match[0]);
    expect(mentions.length).toBeGreaterThan(0);
    for (const mention of mentions) expect(mention).toMatch(/^城[东西]街道（.+县）$/);
  });

  test('a county’s own annex table lists each of its townships once', () => {
    const own = tables.filter((table) => table.id.startsWith('area-') && table.id.endsWith('-township'));
    expect(own.length).toBe(13);
    for (const table of own) {
      const names = table.rows.map((row) => String(row.cells.find((cell) => cell.kind === 'text')?.value));
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
