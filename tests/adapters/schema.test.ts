import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/adapters/parseConfig';
import { CARD_LEVELS, COMPARISONS, COUNT_FIELDS, isMonthKey, LOCALES, OFFICE_KINDS } from '../../src/domain';
import { SCENARIO_NAMES } from '../../mocks/scenarios';

type Json = Record<string, unknown>;

const schemaPath = fileURLToPath(new URL('../../docs/data-contract.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Json;
const defs = schema.$defs as Record<string, Json>;
const props = (def: Json) => def.properties as Record<string, Json>;

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
    const markdown = readFileSync(fileURLToPath(new URL('../../docs/data-contract.md', import.meta.url)), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(markdown)?.[1];
    expect(example).toBeDefined();
    const parsed = parseConfig(JSON.parse(example!));
    expect(parsed.problems).toEqual([]);
    expect(parsed.config?.dataSource).toEqual({ type: 'http', baseUrl: '/api/v1', timeoutMs: 20000 });
  });
});
