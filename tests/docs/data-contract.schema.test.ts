import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/adapters/parseConfig';
import {
  BUILT_IN_INDICATORS,
  CARD_LEVELS,
  COMPARISONS,
  CONSISTENCY_RULES,
  COUNT_FIELDS,
  DEFAULT_SCHEME_RULES,
  DIRECTIONS,
  FIELD_NATURE,
  formulaSides,
  INDICATOR_CATEGORIES,
  INDICATOR_UNITS,
  isCountField,
  isMonthKey,
  LOCALES,
  MISSING_DATA_RULES,
  NATIONAL_REVIEW_LEVELS,
  OFFICE_KINDS,
  parseTerm,
  REVIEW_LEVEL_RULES,
  REVIEW_LEVELS,
} from '../../src/domain';
import { fields as zhFields } from '../../src/ui/i18n/zh-CN/fields';
import { generateDataset } from '../../mocks/generator';
import { SCENARIO_NAMES } from '../../mocks/scenarios';

type Json = Record<string, unknown>;

const schemaPath = fileURLToPath(new URL('../../docs/data-contract.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Json;
const defs = schema.$defs as Record<string, Json>;
const props = (def: Json) => def.properties as Record<string, Json>;
const markdown = readFileSync(fileURLToPath(new URL('../../docs/data-contract.md', import.meta.url)), 'utf8');
const record = () => defs.MonthlyRecord!;
/** The counts that came with contract v1.1: those after the twenty of v1. */
const V11_FIELDS = COUNT_FIELDS.slice(20);
const NATURE_WORDS = { flow: 'flow', closing: 'month-end level', opening: 'month-start level' } as const;

interface SchemaRule {
  id: string;
  parts: string[];
  relation: 'lte' | 'eq';
  whole: string[];
  severity: string;
}

describe('docs/data-contract.schema.json', () => {
  test('is JSON Schema 2020-12 with the contract’s definitions', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    for (const name of ['Office', 'MonthlyRecord', 'OfficesResponse', 'RecordsResponse', 'Config']) {
      expect(defs[name], name).toBeTypeOf('object');
    }
  });

  test('every $ref points at a definition that exists', () => {
    const refs = JSON.stringify(schema).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const name = /#\/\$defs\/(\w+)/.exec(ref)?.[1];
      expect(name && defs[name], ref).toBeTruthy();
    }
  });

  test('MonthlyRecord lists exactly the COUNT_FIELDS of src/domain/counts.ts, in order', () => {
    const fields = Object.keys(props(defs.MonthlyRecord!));
    expect(fields).toEqual(['officeId', 'month', ...COUNT_FIELDS]);
    for (const field of COUNT_FIELDS) expect(props(defs.MonthlyRecord!)[field]!.$ref).toBe('#/$defs/Count');
    expect(defs.MonthlyRecord!.required).toEqual(['officeId', 'month']);
  });

  test('every count says its nature and, if it came with v1.1, so; its description starts with its Chinese name', () => {
    for (const field of COUNT_FIELDS) {
      const property = props(record())[field]!;
      expect(property['x-nature'], field).toBe(FIELD_NATURE[field]);
      expect(property['x-since'], field).toBe(V11_FIELDS.includes(field) ? '1.1' : undefined);
      expect(String(property.description).startsWith(zhFields[`quality.field.${field}`]), field).toBe(true);
    }
    expect(V11_FIELDS).toEqual(['overdueOpen', 'carriedOver', ...REVIEW_LEVELS, 'badReviewsOverdue', 'hotlineCompleted']);
  });

  test("the consistency rules are the domain's, in order, with their severity; the five levels require each other", () => {
    const rules = record()['x-consistency'] as SchemaRule[];
    expect(rules).toEqual(
      CONSISTENCY_RULES.map((rule) => ({ id: rule.id, parts: [...rule.parts], relation: rule.relation, whole: [...rule.whole], severity: rule.severity })),
    );
    const levelRules = record()['x-reviewLevelRules'] as { id: string; levels: string[]; severity: string }[];
    expect(levelRules.map((rule) => rule.id)).toEqual([...REVIEW_LEVEL_RULES]);
    expect(levelRules.map((rule) => rule.levels)).toEqual([NATIONAL_REVIEW_LEVELS.good, NATIONAL_REVIEW_LEVELS.bad]);
    const dependent = record().dependentRequired as Record<string, string[]>;
    for (const level of REVIEW_LEVELS) expect(dependent[level]).toEqual(REVIEW_LEVELS.filter((other) => other !== level));
  });

  test('the mock serves the schema: known fields, sound counts, the five levels together, every rule of the schema kept', () => {
    const data = generateDataset({ scenario: 'normal', endMonth: '2025-10', months: 12 });
    const known = new Set(Object.keys(props(record())));
    const rules = record()['x-consistency'] as SchemaRule[];
    const dependent = record().dependentRequired as Record<string, string[]>;
    const problems: string[] = [];
    for (const row of data.records as unknown as Record<string, unknown>[]) {
      const at = `${String(row.officeId)} ${String(row.month)}`;
      for (const key of Object.keys(row)) if (!known.has(key)) problems.push(`${at}: ${key} is not in the schema`);
      for (const field of COUNT_FIELDS) {
        const value = row[field];
        if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 0)) problems.push(`${at}: ${field} = ${String(value)}`);
      }
      for (const [level, others] of Object.entries(dependent)) {
        if (level in row) for (const other of others) if (!(other in row)) problems.push(`${at}: ${level} without ${other}`);
      }
      // Read from the schema, not the domain: the document a backend's author reads is the one the mock keeps.
      const sum = (names: string[]) =>
        names.every((name) => typeof row[name] === 'number') ? names.reduce((total, name) => total + (row[name] as number), 0) : null;
      for (const rule of rules) {
        const parts = sum(rule.parts);
        const whole = sum(rule.whole);
        if (parts === null || whole === null) continue;
        if (rule.relation === 'lte' ? parts > whole : parts !== whole) problems.push(`${at}: ${rule.id}`);
      }
    }
    expect(problems.slice(0, 10)).toEqual([]);
    const departmentRow = data.records.find((row) => row.officeId === 'd-police')!;
    expect(Object.keys(departmentRow)).toEqual(Object.keys(props(record())));
  });

  test('data-contract.md documents every count with its Chinese name and nature, and every rule with its severity', () => {
    for (const field of COUNT_FIELDS) {
      const row = markdown.split('\n').find((line) => line.startsWith(`| \`${field}\` |`));
      expect(row, field).toBeDefined();
      const [, , chinese, nature] = row!.split('|').map((cell) => cell.trim());
      expect(chinese, field).toBe(zhFields[`quality.field.${field}`]);
      expect(nature, field).toBe(NATURE_WORDS[FIELD_NATURE[field]]);
    }
    for (const rule of CONSISTENCY_RULES) expect(markdown, rule.id).toMatch(new RegExp(`\\| \`${rule.id}\` \\|[^\\n]*\\| ${rule.severity} \\|`));
    for (const id of REVIEW_LEVEL_RULES) expect(markdown, id).toMatch(new RegExp(`\\| \`${id}\` \\|[^\\n]*\\| note \\|`));
  });

  test("a term of a formula: the schema's pattern and the domain agree", () => {
    const pattern = new RegExp((defs.Term as Json).pattern as string);
    const terms = ['accepted', ' carriedOver? ', 'hotlineCompleted|hotlineTickets', 'a | b', 'a?', 'a|b?', '?', '', 'a b', '1a', 'a||b', 'a|', '好评', 'a?|b'];
    for (const term of terms) expect(pattern.test(term), JSON.stringify(term)).toBe(parseTerm(term) !== null);
    for (const indicator of BUILT_IN_INDICATORS) {
      for (const sum of formulaSides(indicator.formula)) for (const term of sum) expect(pattern.test(term), `${indicator.id}: ${term}`).toBe(true);
    }
  });

  test("the scheme: version 1 or 2, definitions as the domain types them, review levels and rules with the domain's defaults", () => {
    const scheme = props(defs.Scheme!);
    expect(scheme.version!.enum).toEqual([1, 2]);
    const indicator = props(defs.Indicator!);
    expect(indicator.unit!.enum).toEqual([...INDICATOR_UNITS]);
    expect(indicator.direction!.enum).toEqual([...DIRECTIONS]);
    expect(indicator.category!.enum).toEqual([...INDICATOR_CATEGORIES]);
    expect((defs.ReviewLevel as Json).enum).toEqual([...REVIEW_LEVELS]);
    expect(scheme.reviewLevels!.default).toEqual(NATIONAL_REVIEW_LEVELS);
    const rules = props(scheme.rules!);
    expect(rules.missingData!.enum).toEqual([...MISSING_DATA_RULES]);
    expect({ missingData: rules.missingData!.default, talkAfterMonths: rules.talkAfterMonths!.default }).toEqual(DEFAULT_SCHEME_RULES);
    expect(((defs.Formula as Json).oneOf as Json[]).map((variant) => props(variant).type!.const)).toEqual(['count', 'ratio', 'difference']);
  });

  test('the scheme example of data-contract.md is a version 2 scheme whose formulas name fields and indicators that exist', () => {
    const example = /```jsonc\n([\s\S]*?)```/.exec(markdown)?.[1];
    expect(example).toBeDefined();
    const scheme = JSON.parse(example!) as Json;
    expect(scheme.version).toBe(2);
    for (const key of defs.Scheme!.required as string[]) expect(scheme, key).toHaveProperty(key);
    const definitions = scheme.definitions as { id: string; formula: Parameters<typeof formulaSides>[0] }[];
    const ids = new Set([...BUILT_IN_INDICATORS.map((indicator) => indicator.id), ...definitions.map((definition) => definition.id)]);
    for (const definition of definitions) {
      for (const sum of formulaSides(definition.formula)) {
        for (const term of sum) {
          const parsed = parseTerm(term);
          expect(parsed, term).not.toBeNull();
          for (const name of parsed!.names) expect(isCountField(name) || ids.has(name), name).toBe(true);
        }
      }
    }
    for (const item of scheme.indicators as { indicatorId: string }[]) expect(ids.has(item.indicatorId), item.indicatorId).toBe(true);
    for (const rule of scheme.cardRules as { subject: string }[]) expect(ids.has(rule.subject), rule.subject).toBe(true);
    expect((scheme.indicators as { weight: number }[]).reduce((total, item) => total + item.weight, 0)).toBe(100);
  });

  test('a count is a non-negative safe integer or null', () => {
    expect(defs.Count).toMatchObject({ type: ['integer', 'null'], minimum: 0, maximum: Number.MAX_SAFE_INTEGER });
  });

  test('the month pattern agrees with the domain', () => {
    const pattern = new RegExp(defs.MonthKey!.pattern as string);
    for (const month of ['2025-01', '2025-12', '1999-10', '2025-13', '2025-00', '25-3', '2025-1', '2025-01-01', ' 2025-01']) {
      expect(pattern.test(month), month).toBe(isMonthKey(month));
    }
  });

  test('enums agree with the domain and the mock scenarios', () => {
    expect(defs.OfficeKind!.enum).toEqual([...OFFICE_KINDS]);
    const cardRule = (props(defs.Scheme!).cardRules!.items as Json).properties as Record<string, Json>;
    expect(cardRule.comparison!.enum).toEqual([...COMPARISONS]);
    expect(cardRule.level!.enum).toEqual([...CARD_LEVELS]);
    expect(props(defs.Config!).locale!.enum).toEqual([...LOCALES]);
    const [http, mock] = defs.DataSource!.oneOf as Json[];
    expect(props(http!).type!.const).toBe('http');
    expect(props(mock!).scenario!.enum).toEqual([...SCENARIO_NAMES]);
  });

  test('the documented config defaults are the ones parseConfig applies', () => {
    const { config } = parseConfig({});
    const configProps = props(defs.Config!);
    expect(configProps.title!.default).toBe(config?.title);
    expect(configProps.refreshSeconds!.default).toBe(config?.refreshSeconds);
    expect(configProps.locale!.default).toBe(config?.locale);
    expect(configProps.allowUrlOverride!.default).toBe(config?.allowUrlOverride);
  });

  test('the example config.json of data-contract.md parses without problems', () => {
    const example = /```json\n([\s\S]*?)```/.exec(markdown)?.[1];
    expect(example).toBeDefined();
    const parsed = parseConfig(JSON.parse(example!));
    expect(parsed.problems).toEqual([]);
    expect(parsed.config?.dataSource).toEqual({ type: 'http', baseUrl: '/api/v1', timeoutMs: 20000 });
  });
});
