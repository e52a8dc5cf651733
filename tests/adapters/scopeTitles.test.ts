import { describe, expect, test } from 'vitest';
import { parseConfig } from '../../src/adapters/parseConfig';
import { DEFAULT_ISSUER_TEMPLATE, issuerFor, titleFor } from '../../src/adapters/scopeTitles';

const city = { id: 'pref', name: '云岭市', isRoot: true };
const county = { id: 'c1', name: '青岚县', isRoot: false };

describe('title and issuer follow the scope', () => {
  test('the title names the scope’s region where config.json says {region}, and is fixed otherwise', () => {
    expect(titleFor('{region}政务服务绩效监测', '云岭市')).toBe('云岭市政务服务绩效监测');
    expect(titleFor('{region}政务服务绩效监测', null)).toBe('政务服务绩效监测');
    expect(titleFor('某省一体化政务服务平台', '青岚县')).toBe('某省一体化政务服务平台');
    expect(parseConfig({ dataSource: { type: 'mock' } }).config!.title).toBe('{region}政务服务绩效监测');
  });

  test('an issuer template signs each scope with its own region', () => {
    expect(issuerFor('{region}政务服务管理局', city)).toBe('云岭市政务服务管理局');
    expect(issuerFor('{region}政务服务管理局', county)).toBe('青岚县政务服务管理局');
    expect(issuerFor(undefined, county)).toBe(DEFAULT_ISSUER_TEMPLATE.replace('{region}', '青岚县'));
  });

  test('a plain issuer name signs the deployment’s own level only: a city’s bulletin is never signed by a county bureau', () => {
    const countyDeployment = { id: 'c1', name: '青岚县', isRoot: true };
    expect(issuerFor('青岚县行政审批服务局', countyDeployment)).toBe('青岚县行政审批服务局');
    expect(issuerFor('云岭市政务服务管理局', county)).toBe('青岚县政务服务管理局');
  });

  test('a map by region id, with "*" for the others', () => {
    const map = { pref: '云岭市政务服务和公共资源交易中心', '*': '{region}行政审批服务局' };
    expect(issuerFor(map, city)).toBe('云岭市政务服务和公共资源交易中心');
    expect(issuerFor(map, county)).toBe('青岚县行政审批服务局');
    expect(issuerFor({ pref: '云岭市政务服务管理局' }, county)).toBe('青岚县政务服务管理局');
  });

  test('config.json: a map is read entry by entry, bad entries dropped with a problem, prototype keys refused', () => {
    const parsed = parseConfig(JSON.parse('{"dataSource":{"type":"mock"},"issuer":{"pref":" 云岭市政务服务管理局 ","c9":7,"__proto__":"x"}}'));
    expect(parsed.config!.issuer).toEqual({ pref: '云岭市政务服务管理局' });
    expect(parsed.problems.join('\n')).toMatch(/issuer\['c9'\] must be a non-empty string/);
    expect(parsed.problems.join('\n')).toMatch(/issuer key '__proto__' ignored/);
  });
});

test('docs/config.schema.json describes the demo config and the parser’s defaults', async () => {
  const { readFileSync } = await import('node:fs');
  const schema = JSON.parse(readFileSync(new URL('../../docs/config.schema.json', import.meta.url), 'utf8')) as {
    properties: Record<string, { default?: unknown }>;
  };
  const demo = JSON.parse(readFileSync(new URL('../../public/config.json', import.meta.url), 'utf8')) as Record<string, unknown>;
  for (const key of Object.keys(demo)) expect(schema.properties, key).toHaveProperty(key);
  const defaults = parseConfig({}).config!;
  expect(schema.properties.title!.default).toBe(defaults.title);
  expect(schema.properties.refreshSeconds!.default).toBe(defaults.refreshSeconds);
  expect(schema.properties.locale!.default).toBe(defaults.locale);
});
