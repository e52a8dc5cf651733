import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ZH_PARTS, zhCN as zhFirst, type MessageKey } from '../../../../src/ui/i18n/zh-CN';
import { en } from '../../../../src/ui/i18n/en';
import { isMessageKey } from '../../../../src/ui/i18n/translate';

/** The whole Chinese dictionary: the first screen's words and every part fetched with a screen. */
const zhCN: Record<string, string> = Object.assign({ ...zhFirst }, ...(await Promise.all(Object.values(ZH_PARTS).map((load) => load()))));

const DIR = path.resolve(import.meta.dirname, '../../../../src/ui/i18n/zh-CN');

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
    for (const key of Object.keys(zhCN) as MessageKey[]) {
      expect(params(en[key]), key).toEqual(params(zhCN[key]!));
    }
  });
});

describe('dictionary parts', () => {
  test('every Chinese file is a part a screen can fetch, words a part spreads in, or words always there', async () => {
    const parts = new Set(Object.keys(ZH_PARTS));
    const unreachable: string[] = [];
    for (const file of readdirSync(DIR).filter((name) => name !== 'index.ts')) {
      const part = file.replace(/\.ts$/, '');
      if (parts.has(part)) continue;
      const words = Object.values((await import(path.join(DIR, file))) as Record<string, Record<string, string>>);
      // A part too long for one file spreads another file's words (bulletin → bulletinText): those are fetched with it.
      if (!words.every((exported) => Object.keys(exported).every((key) => key in zhFirst || key in zhCN))) unreachable.push(file);
    }
    expect(unreachable).toEqual([]);
  });

  test('a key no dictionary has is no MessageKey', () => {
    // @ts-expect-error: MessageKey is the keys of the first screen's words and of every part, nothing else.
    const key: MessageKey = 'nav.nowhere';
    expect(isMessageKey(key)).toBe(false);
  });
});
