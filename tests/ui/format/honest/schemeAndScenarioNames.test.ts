import { expect, test } from 'vitest';
import { scenarioName, schemeName } from '../../../../src/ui/format/honest/schemeAndScenarioNames';
import { zh } from './words';

test('schemes by name, the built-in one as 默认考核方案', () => {
  expect(schemeName({ id: 'default-2025', name: '政务服务绩效考核方案（默认）' }, zh)).toBe('默认考核方案');
  expect(schemeName({ id: 'qinglan-2026', name: '青岚县2026年考核方案' }, zh)).toBe('青岚县2026年考核方案');
  expect(schemeName({ id: 'x', name: ' ' }, zh)).toBe('未命名方案');
});

test('demo scenarios in Chinese', () => {
  expect(['normal', 'large', 'hostile', 'slow', 'error', 'outage', undefined, 'other'].map((name) => scenarioName(name, zh))).toEqual([
    '示范县',
    '示范市',
    '异常数据',
    '慢速接口',
    '接口报错',
    '间歇中断',
    '示范县',
    '其他演示场景',
  ]);
});
