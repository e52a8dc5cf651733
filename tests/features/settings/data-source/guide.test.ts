// The 填写说明 of the template: which counts are month-end and month-start levels, that the five levels come together, that the v1.1 columns may stay empty.
import { expect, test } from 'vitest';
import { guideLines } from '../../../../src/features/settings/data-source/guide';
import { createTranslate } from '../../../../src/ui';

test('the guide names the levels by nature, the five review levels, and the optional v1.1 columns, in both languages', () => {
  const zh = guideLines(createTranslate('zh-CN')).join('\n');
  expect(zh).toContain('临期在办件数、超期未办结件数、差评超期未整改数填月末当天的数');
  expect(zh).toContain('上月结转在办件数填月初的数');
  expect(zh).toContain('五级评价数（非常满意评价数、满意评价数、基本满意评价数、不满意评价数、非常不满意评价数）须五项同时填写或都不填');
  expect(zh).toContain('均可不填');
  expect(zh).toMatch(/超期办结件数：当月办结、但办结时已超过办理时限的件数/);
  const en = guideLines(createTranslate('en')).join('\n');
  for (const text of [zh, en]) expect(text).not.toMatch(/\{\w+\}|undefined/);
  expect(en).toContain('never added up');
});
