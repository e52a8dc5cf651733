import { readdirSync } from 'node:fs';
import { expect, test } from 'vitest';
import { HOSTILE_CASES } from './catalogue';
import { CASES_DIR } from './harness';

test('every file in cases/ is a catalogue case and every case file exists', () => {
  const files = readdirSync(CASES_DIR).sort();
  const listed = HOSTILE_CASES.flatMap((item) => (item.file ? [item.file] : [])).sort();
  expect(files).toEqual(listed);
});

test('each case has a unique id matching its file, and a one-line description', () => {
  const ids = HOSTILE_CASES.map((item) => item.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const item of HOSTILE_CASES) {
    expect(item.id).toMatch(/^\d{2}-[a-z0-9-]+$/);
    if (item.file) expect(item.file.slice(0, 3), item.id).toBe(item.id.slice(0, 3));
    expect(item.description.length, item.id).toBeGreaterThan(10);
    expect(item.description.length, item.id).toBeLessThan(140);
    expect(item.description, item.id).not.toMatch(/\n/);
  }
});

test('the catalogue holds every kind of hostile input issue 7 names', () => {
  const text = HOSTILE_CASES.map((item) => `${item.id} ${item.description}`).join('\n');
  for (const wanted of [
    /not-json/,
    /wrong-shape/,
    /strings-for-numbers/,
    /negative-counts/,
    /fractional-counts/,
    /beyond-2-53/,
    /nan-infinity-tokens/,
    /broken-consistency/,
    /duplicate-rows/,
    /unknown-offices/,
    /parent-cycle/,
    /"2025-13", "25-3"/,
    /empty-dataset/,
    /50 MB/,
    /bom/,
    /GBK/,
    /html-names/,
    /=, \+, - and @/,
  ]) {
    expect(text).toMatch(wanted);
  }
});
