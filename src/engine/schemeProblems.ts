import type { Locale } from '../domain';

export const SCHEME_PROBLEM_CODES = [
  'not-an-object',
  'missing-field',
  'wrong-type',
  'unsupported-version',
  'empty-text',
  'no-indicators',
  'unknown-indicator',
  'not-finite',
  'negative-weight',
  'all-weights-zero',
  'weights-not-100',
  'floor-equals-target',
  'floor-target-order',
  'rate-out-of-range',
  'negative-count',
  'empty-applies-to',
  'unknown-kind',
  'kind-not-applicable',
  'duplicate-indicator',
  'kind-not-scored',
  'unknown-comparison',
  'unknown-level',
  'duplicate-rule-id',
  'rule-never-fires',
  'rule-always-fires',
  // scheme version 2: indicator definitions, review levels, fairness rules
  'bad-indicator-id',
  'duplicate-definition',
  'unknown-formula-type',
  'empty-sum',
  'malformed-term',
  'unknown-term',
  'first-of-fields-only',
  'not-a-sum',
  'formula-cycle',
  'rate-unit-mismatch',
  'unknown-unit',
  'unknown-direction',
  'unknown-category',
  'bad-min-denominator',
  'unknown-review-level',
  'review-level-twice',
  'unknown-missing-rule',
  'bad-talk-months',
  'too-many-combinations',
  'denominator-always-zero',
] as const;
export type SchemeProblemCode = (typeof SCHEME_PROBLEM_CODES)[number];

/** An error makes the scheme unusable; a warning is worth a look but the scheme still works. */
export type SchemeProblemSeverity = 'error' | 'warning';

export interface SchemeProblem {
  /** Where in the scheme, e.g. "indicators[2].floor"; "" for the whole scheme. */
  path: string;
  code: SchemeProblemCode;
  severity: SchemeProblemSeverity;
  params: Record<string, string | number>;
}

type Params = SchemeProblem['params'];
const p = (params: Params, key: string): string => String(params[key] ?? '');

/**
 * Plain sentences for staff, a fallback for screens without the i18n dictionary (the dictionary
 * words the same codes). Rates appear as fractions in params, as stored.
 */
const TEXT: Record<SchemeProblemCode, Record<Locale, (params: Params, path: string) => string>> = {
  'not-an-object': {
    'zh-CN': (_, path) => `${path || '方案'}应当是一组设置（对象）`,
    en: (_, path) => `${path || 'The scheme'} must be an object`,
  },
  'missing-field': {
    'zh-CN': (x) => `缺少“${p(x, 'field')}”`,
    en: (x) => `"${p(x, 'field')}" is missing`,
  },
  'wrong-type': {
    'zh-CN': (x) => `“${p(x, 'field')}”的类型不对，应为${p(x, 'expected')}`,
    en: (x) => `"${p(x, 'field')}" should be ${p(x, 'expected')}`,
  },
  'unsupported-version': {
    'zh-CN': (x) => `不支持的方案版本 ${p(x, 'version')}，本系统读取版本 1 和 2`,
    en: (x) => `Unsupported scheme version ${p(x, 'version')}; this system reads versions 1 and 2`,
  },
  'empty-text': {
    'zh-CN': (x) => `“${p(x, 'field')}”不能为空`,
    en: (x) => `"${p(x, 'field')}" must not be empty`,
  },
  'no-indicators': {
    'zh-CN': () => '方案中没有任何考核指标',
    en: () => 'The scheme has no indicators',
  },
  'unknown-indicator': {
    'zh-CN': (x) => `未知指标“${p(x, 'indicatorId')}”`,
    en: (x) => `Unknown indicator "${p(x, 'indicatorId')}"`,
  },
  'not-finite': {
    'zh-CN': (x) => `“${p(x, 'field')}”应为数字`,
    en: (x) => `"${p(x, 'field')}" must be a number`,
  },
  'negative-weight': {
    'zh-CN': (x) => `指标“${p(x, 'indicatorId')}”的权重 ${p(x, 'weight')} 不能为负数`,
    en: (x) => `Indicator "${p(x, 'indicatorId')}" has a negative weight (${p(x, 'weight')})`,
  },
  'all-weights-zero': {
    'zh-CN': (x) => `适用于“${p(x, 'kind')}”的指标权重全为 0，无法计算得分`,
    en: (x) => `Every weight for "${p(x, 'kind')}" is 0, so no score can be computed`,
  },
  'weights-not-100': {
    'zh-CN': (x) => `适用于“${p(x, 'kind')}”的指标权重合计为 ${p(x, 'sum')}，不是 100（得分仍按权重比例折算）`,
    en: (x) => `Weights for "${p(x, 'kind')}" add up to ${p(x, 'sum')}, not 100 (scores are still normalised)`,
  },
  'floor-equals-target': {
    'zh-CN': (x) => `指标“${p(x, 'indicatorId')}”的起评值与目标值相同（${p(x, 'value')}），无法计分`,
    en: (x) => `Indicator "${p(x, 'indicatorId')}" has the same floor and target (${p(x, 'value')})`,
  },
  'floor-target-order': {
    'zh-CN': (x) =>
      x.direction === 'lower'
        ? `指标“${p(x, 'indicatorId')}”越低越好，起评值（${p(x, 'floor')}）应高于目标值（${p(x, 'target')}）`
        : `指标“${p(x, 'indicatorId')}”越高越好，起评值（${p(x, 'floor')}）应低于目标值（${p(x, 'target')}）`,
    en: (x) =>
      x.direction === 'lower'
        ? `"${p(x, 'indicatorId')}" is better when lower: the floor (${p(x, 'floor')}) must be above the target (${p(x, 'target')})`
        : `"${p(x, 'indicatorId')}" is better when higher: the floor (${p(x, 'floor')}) must be below the target (${p(x, 'target')})`,
  },
  'rate-out-of-range': {
    'zh-CN': (x) => `“${p(x, 'field')}”是比率，应写成 0 到 1 之间的小数（如 0.95 表示 95%），现为 ${p(x, 'value')}`,
    en: (x) => `"${p(x, 'field')}" is a rate: write a fraction between 0 and 1 (0.95 for 95%), not ${p(x, 'value')}`,
  },
  'negative-count': {
    'zh-CN': (x) => `“${p(x, 'field')}”是件数，不能为负数（${p(x, 'value')}）`,
    en: (x) => `"${p(x, 'field')}" is a count and cannot be negative (${p(x, 'value')})`,
  },
  'empty-applies-to': {
    'zh-CN': () => '适用单位类型不能为空',
    en: () => 'It must apply to at least one kind of office',
  },
  'unknown-kind': {
    'zh-CN': (x) => `未知的单位类型“${p(x, 'kind')}”`,
    en: (x) => `Unknown kind of office "${p(x, 'kind')}"`,
  },
  'kind-not-applicable': {
    'zh-CN': (x) => `指标“${p(x, 'indicatorId')}”不统计“${p(x, 'kind')}”类单位，对其不会产生数值`,
    en: (x) => `Indicator "${p(x, 'indicatorId')}" is not counted for "${p(x, 'kind')}" offices and will have no value`,
  },
  'duplicate-indicator': {
    'zh-CN': (x) => `指标“${p(x, 'indicatorId')}”对“${p(x, 'kind')}”类单位重复设置`,
    en: (x) => `Indicator "${p(x, 'indicatorId')}" is set twice for "${p(x, 'kind')}" offices`,
  },
  'kind-not-scored': {
    'zh-CN': (x) => `没有适用于“${p(x, 'kind')}”的考核指标，这类单位不会被打分和排名`,
    en: (x) => `No indicator applies to "${p(x, 'kind')}", so these offices are neither scored nor ranked`,
  },
  'unknown-comparison': {
    'zh-CN': (x) => `未知的比较方式“${p(x, 'value')}”（可用 lt、lte、gt、gte）`,
    en: (x) => `Unknown comparison "${p(x, 'value')}" (use lt, lte, gt or gte)`,
  },
  'unknown-level': {
    'zh-CN': (x) => `未知的亮牌等级“${p(x, 'value')}”（可用 yellow 黄牌、red 红牌）`,
    en: (x) => `Unknown card level "${p(x, 'value')}" (use yellow or red)`,
  },
  'duplicate-rule-id': {
    'zh-CN': (x) => `规则编号“${p(x, 'ruleId')}”重复`,
    en: (x) => `Rule id "${p(x, 'ruleId')}" is used twice`,
  },
  'rule-never-fires': {
    'zh-CN': (x) => `规则“${p(x, 'ruleId')}”的条件永远不会成立`,
    en: (x) => `Rule "${p(x, 'ruleId')}" can never fire`,
  },
  'rule-always-fires': {
    'zh-CN': (x) => `规则“${p(x, 'ruleId')}”的条件总是成立，每个单位都会被亮牌`,
    en: (x) => `Rule "${p(x, 'ruleId')}" always fires: every office would get a card`,
  },
  'bad-indicator-id': {
    'zh-CN': (x) => `指标编号“${p(x, 'indicatorId')}”只能由字母、数字和下划线组成，并以字母开头`,
    en: (x) => `Indicator id "${p(x, 'indicatorId')}" must be letters, digits and underscores, starting with a letter`,
  },
  'duplicate-definition': {
    'zh-CN': (x) => `指标编号“${p(x, 'indicatorId')}”重复定义`,
    en: (x) => `Indicator "${p(x, 'indicatorId')}" is defined twice`,
  },
  'unknown-formula-type': {
    'zh-CN': (x) => `未知的公式类型“${p(x, 'value')}”（可用 count 计数、ratio 比率、difference 差值）`,
    en: (x) => `Unknown formula type "${p(x, 'value')}" (use count, ratio or difference)`,
  },
  'empty-sum': {
    'zh-CN': (x) => `“${p(x, 'field')}”不能为空`,
    en: (x) => `"${p(x, 'field')}" must not be empty`,
  },
  'malformed-term': {
    'zh-CN': (x) => `公式中的“${p(x, 'term')}”写法不对`,
    en: (x) => `"${p(x, 'term')}" is not a valid term`,
  },
  'unknown-term': {
    'zh-CN': (x) => `指标“${p(x, 'indicatorId')}”的公式用到未知的字段或指标“${p(x, 'name')}”`,
    en: (x) => `The formula of "${p(x, 'indicatorId')}" uses an unknown field or indicator "${p(x, 'name')}"`,
  },
  'first-of-fields-only': {
    'zh-CN': (x) => `指标“${p(x, 'indicatorId')}”中“优先取”只能在数据字段之间选择，不能用指标“${p(x, 'name')}”`,
    en: (x) => `In "${p(x, 'indicatorId')}", "first of" takes data fields only, not the indicator "${p(x, 'name')}"`,
  },
  'not-a-sum': {
    'zh-CN': (x) => `指标“${p(x, 'indicatorId')}”的公式引用了“${p(x, 'name')}”，但它不是件数或合计，不能相加`,
    en: (x) => `The formula of "${p(x, 'indicatorId')}" adds "${p(x, 'name')}", which is not a count or sum`,
  },
  'formula-cycle': {
    'zh-CN': (x) => `指标之间循环引用：${p(x, 'cycle')}`,
    en: (x) => `Indicators refer to each other in a cycle: ${p(x, 'cycle')}`,
  },
  'rate-unit-mismatch': {
    'zh-CN': (x) => `指标“${p(x, 'indicatorId')}”：比率公式的单位应为“比率”，其他公式的单位不能是“比率”`,
    en: (x) => `Indicator "${p(x, 'indicatorId')}": a ratio's unit must be "rate", and only a ratio's`,
  },
  'unknown-unit': {
    'zh-CN': (x) => `未知的单位“${p(x, 'value')}”`,
    en: (x) => `Unknown unit "${p(x, 'value')}"`,
  },
  'unknown-direction': {
    'zh-CN': (x) => `未知的方向“${p(x, 'value')}”（可用 higher 越高越好、lower 越低越好）`,
    en: (x) => `Unknown direction "${p(x, 'value')}" (use higher or lower)`,
  },
  'unknown-category': {
    'zh-CN': (x) => `未知的指标类别“${p(x, 'value')}”`,
    en: (x) => `Unknown category "${p(x, 'value')}"`,
  },
  'bad-min-denominator': {
    'zh-CN': (x) => `最小样本量应为不小于 0 的数字，现为 ${p(x, 'value')}`,
    en: (x) => `The minimum denominator must be a number of at least 0, not ${p(x, 'value')}`,
  },
  'unknown-review-level': {
    'zh-CN': (x) => `未知的评价等级“${p(x, 'value')}”`,
    en: (x) => `Unknown review level "${p(x, 'value')}"`,
  },
  'review-level-twice': {
    'zh-CN': (x) => `评价等级“${p(x, 'value')}”不能既算好评又算差评`,
    en: (x) => `Review level "${p(x, 'value')}" cannot be both good and bad`,
  },
  'unknown-missing-rule': {
    'zh-CN': (x) => `未知的缺报处理方式“${p(x, 'value')}”（可用 zero 记 0 分、leave-out 不计入）`,
    en: (x) => `Unknown missing-data rule "${p(x, 'value')}" (use zero or leave-out)`,
  },
  'bad-talk-months': {
    'zh-CN': (x) => `约谈提示的连续月数应为 0 到 12 的整数，现为 ${p(x, 'value')}`,
    en: (x) => `Months before a talk must be a whole number from 0 to 12, not ${p(x, 'value')}`,
  },
  'too-many-combinations': {
    'zh-CN': (x) => `指标公式用到的字段组合有 ${p(x, 'count')} 种，最多支持 ${p(x, 'max')} 种`,
    en: (x) => `The formulas use ${p(x, 'count')} combinations of fields; at most ${p(x, 'max')} are supported`,
  },
  'denominator-always-zero': {
    'zh-CN': (x) => `指标“${p(x, 'indicatorId')}”的分母在现有数据中始终为 0，该指标不会有数值`,
    en: (x) => `The denominator of "${p(x, 'indicatorId')}" is 0 in all the data loaded, so it never has a value`,
  },
};

/** One problem as a sentence a staff member understands (zh-CN unless asked otherwise). */
export function schemeProblemText(problem: SchemeProblem, locale: Locale = 'zh-CN'): string {
  return TEXT[problem.code][locale](problem.params, problem.path);
}
