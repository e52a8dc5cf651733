import { describe, expect, test } from 'vitest';
import { DEFAULT_SCHEME } from '../../../src/engine';
import { lostReason, scoreFall } from '../../../src/features/screen/lostReason';
import { createFormatters } from '../../../src/ui/format/formatters';
import { createTranslate } from '../../../src/ui/i18n/translate';
import { detailFixture, officeFixture } from '../evaluation-fixtures';

const zh = { t: createTranslate('zh-CN'), locale: 'zh-CN' as const, ...createFormatters('zh-CN') };

const en = { t: createTranslate('en'), locale: 'en' as const, ...createFormatters('en') };

describe('lostReason: why a laggard stands where it does (issue #16)', () => {
  const office = (details: ReturnType<typeof detailFixture>[]) => officeFixture({ officeId: 'T', kind: 'township', scoreDetails: details });

  test('under the floor: its value, the floor, all its points', () => {
    const reason = lostReason(
      office([detailFixture('onTimeRate', { value: 0.998, lost: 1.2, weight: 15 }), detailFixture('goodReviewRate', { value: 0.9933, lost: 15, weight: 15 })]),
      DEFAULT_SCHEME,
      zh,
    );
    expect(reason).toBe('好评率 99.33%（起评线 99.50%）−15.00分');
  });

  test('between floor and target: the target; the short form for a board row; English too', () => {
    const o = office([detailFixture('onlineRate', { value: 0.842, lost: 1.93 })]);
    expect(lostReason(o, DEFAULT_SCHEME, zh)).toBe('网上办理率 84.20%（目标 90.00%）−1.93分');
    expect(lostReason(o, DEFAULT_SCHEME, zh, 'short')).toBe('网上办理率 84.20% −1.93分');
    expect(lostReason(o, DEFAULT_SCHEME, en)).toBe('Online handling rate 84.20% (target 90.00%) −1.93 pts');
  });

  test('a field not reported is named as such; an office that lost nothing has no reason', () => {
    expect(lostReason(office([detailFixture('rectificationRate', { status: 'missing', value: null, lost: 10 })]), DEFAULT_SCHEME, zh)).toBe(
      '差评整改率 数据不全 −10.00分',
    );
    expect(
      lostReason(
        office([detailFixture('onTimeRate', { value: 1, lost: 0 }), detailFixture('goodReviewRate', { status: 'small-sample', lost: null })]),
        DEFAULT_SCHEME,
        zh,
      ),
    ).toBeNull();
  });

  test('the fall of the composite since the comparison period, when it fell', () => {
    expect(scoreFall(officeFixture({ officeId: 'T', scoreChange: { total: -3.1, byIndicator: [] } }), 'month', zh)).toBe('较上月 −3.10分');
    expect(scoreFall(officeFixture({ officeId: 'T', scoreChange: { total: -3.1, byIndicator: [] } }), 'quarter', zh)).toBe('较上期 −3.10分');
    expect(scoreFall(officeFixture({ officeId: 'T', scoreChange: { total: 0.5, byIndicator: [] } }), 'month', zh)).toBeNull();
  });
});
