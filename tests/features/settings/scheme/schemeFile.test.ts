import { expect, test } from 'vitest';
import { DEFAULT_SCHEME } from '../../../../src/engine';
import { draftFromScheme } from '../../../../src/features/settings/scheme/draftFromScheme';
import { draftMatches } from '../../../../src/features/settings/scheme/draftToInput';
import { schemeJson } from '../../../../src/features/settings/scheme/schemeInput';
import { parseSchemeText } from '../../../../src/features/settings/scheme/schemeFile';

test('the exported JSON reads back as the same scheme', () => {
  const result = parseSchemeText(schemeJson(DEFAULT_SCHEME));
  expect(result).toMatchObject({ ok: true, scheme: DEFAULT_SCHEME });
  expect(parseSchemeText(`\uFEFF${schemeJson(DEFAULT_SCHEME)}`)).toMatchObject({ ok: true });
});

test('a file that is not JSON, or not a valid scheme, is refused with its problems', () => {
  expect(parseSchemeText('{"version": 1,')).toEqual({ ok: false, reason: 'not-json' });
  expect(parseSchemeText('<html>')).toEqual({ ok: false, reason: 'not-json' });
  const bad = parseSchemeText(JSON.stringify({ ...DEFAULT_SCHEME, indicators: [{ ...DEFAULT_SCHEME.indicators[0], floor: 95 }] }));
  expect(bad).toMatchObject({ ok: false, reason: 'invalid', problems: expect.arrayContaining([expect.objectContaining({ code: 'rate-out-of-range' })]) });
});

test('a version 1 file still imports, as the built-in definitions under the default rules', () => {
  const v1 = { version: 1, id: 'old', name: '旧方案', indicators: DEFAULT_SCHEME.indicators, cardRules: DEFAULT_SCHEME.cardRules };
  const result = parseSchemeText(JSON.stringify(v1));
  expect(result).toMatchObject({ ok: true, scheme: { ...DEFAULT_SCHEME, id: 'old', name: '旧方案' } });
  if (!result.ok) return;
  const draft = draftFromScheme(result.scheme);
  expect(draft.definitions).toEqual([]);
  expect(draftMatches(draft, result.scheme)).toBe(true);
});
