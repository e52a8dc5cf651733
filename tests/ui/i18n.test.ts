import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { zhCN as zhFirst } from '../../src/ui/i18n/zh-CN';
import { bulletin } from '../../src/ui/i18n/zh-CN/bulletin';
import { files } from '../../src/ui/i18n/zh-CN/files';
import { screen } from '../../src/ui/i18n/zh-CN/screen';
import { screenPages } from '../../src/ui/i18n/zh-CN/screenPages';
import { screenSettings } from '../../src/ui/i18n/zh-CN/screenSettings';
import { settings } from '../../src/ui/i18n/zh-CN/settings';
import { status } from '../../src/ui/i18n/zh-CN/status';
import { alerts } from '../../src/ui/i18n/zh-CN/alerts';
import { office } from '../../src/ui/i18n/zh-CN/office';
import { rankings } from '../../src/ui/i18n/zh-CN/rankings';
import { themes } from '../../src/ui/i18n/zh-CN/themes';
import { errors } from '../../src/ui/i18n/zh-CN/errors';
import { fields } from '../../src/ui/i18n/zh-CN/fields';

/** The whole Chinese dictionary: the first screen's words and the parts fetched with their screens. */
const zhCN = { ...zhFirst, ...bulletin, ...settings, ...files, ...screen, ...screenPages, ...screenSettings, ...status, ...rankings, ...alerts, ...office, ...themes, ...errors, ...fields };
import { en } from '../../src/ui/i18n/en';
import { createTranslate, interpolate } from '../../src/ui/i18n/translate';

const DIR = path.resolve(import.meta.dirname, '../../src/ui/i18n/zh-CN');

describe('dictionaries', () => {
  test('no key is defined in two screen files (a spread would silently drop one)', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const file of readdirSync(DIR).filter((name) => name !== 'index.ts')) {
      const source = readFileSync(path.join(DIR, file), 'utf8');
      for (const match of source.matchAll(/^\s+'([^']+)':/gm)) {
        const key = match[1]!;
        if (seen.has(key)) clashes.push(`${key} in ${seen.get(key)} and ${file}`);
        seen.set(key, file);
      }
    }
    expect(clashes).toEqual([]);
  });

  test('English has every key, and no text is empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
    for (const [key, text] of Object.entries(en)) expect(text.trim(), key).not.toBe('');
    for (const [key, text] of Object.entries(zhCN)) expect(text.trim(), key).not.toBe('');
  });

  test('both languages use the same parameters in each message', () => {
    const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(zhCN) as (keyof typeof zhCN)[]) {
      expect(params(en[key]), key).toEqual(params(zhCN[key]));
    }
  });
});

describe('translate', () => {
  test('fills parameters and keeps a missing one visible', () => {
    expect(interpolate('共 {count} 条', { count: '1,024' })).toBe('共 1,024 条');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  test('Chinese by default, English on request', () => {
    expect(createTranslate('zh-CN')('nav.overview')).toBe('总览');
    expect(createTranslate('en')('nav.overview')).toBe('Overview');
  });
});
