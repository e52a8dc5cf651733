import { describe, expect, it } from 'vitest';
import { INDICATORS, isIndicatorId } from '../../src/domain';
import { DEFAULT_SCHEME, type SchemeProblem } from '../../src/engine';
import { SCHEME_PROBLEM_CODES, schemeProblemText } from '../../src/engine/schemeProblems';
import { validateScheme } from '../../src/engine/validateScheme';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function codes(input: unknown): string[] {
  return validateScheme(input).problems.map((problem) => problem.code);
}

function problem(input: unknown, code: string): SchemeProblem | undefined {
  return validateScheme(input).problems.find((entry) => entry.code === code);
}

describe('validateScheme', () => {
  it('accepts the default scheme with no problem at all, and returns an equal copy', () => {
    const result = validateScheme(DEFAULT_SCHEME);
    expect(result.problems).toEqual([]);
    expect(result.scheme).toEqual(DEFAULT_SCHEME);
    expect(result.scheme).not.toBe(DEFAULT_SCHEME);
  });

  it('the default scheme weighs departments and townships to 100 on known indicators, with rules for both kinds', () => {
    for (const kind of ['department', 'township'] as const) {
      const weights = DEFAULT_SCHEME.indicators.filter((item) => item.appliesTo.includes(kind)).map((item) => item.weight);
      expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
      expect(DEFAULT_SCHEME.cardRules.filter((rule) => rule.appliesTo.includes(kind)).length).toBeGreaterThan(0);
    }
    expect(DEFAULT_SCHEME.indicators.every((item) => isIndicatorId(item.indicatorId))).toBe(true);
    // e-supervision practice: red for items past their deadline and bad reviews not rectified in
    // time, yellow for items near their deadline and rates under a warning line; no rate red lines.
    const rules = DEFAULT_SCHEME.cardRules.map((rule) => `${rule.subject} ${rule.comparison} ${rule.threshold} ${rule.level}`);
    expect(rules).toEqual(expect.arrayContaining(['nearDeadline gt 0 yellow', 'overdue gt 0 red', 'overdueOpen gt 0 red', 'badReviewsOverdue gt 0 red']));
    const rateRules = DEFAULT_SCHEME.cardRules.filter((rule) => DEFAULT_SCHEME.definitions.find((d) => d.id === rule.subject)!.unit === 'rate');
    expect(rateRules.map((rule) => rule.level)).toEqual(rateRules.map(() => 'yellow'));
    expect(DEFAULT_SCHEME.rules).toEqual({ missingData: 'zero', talkAfterMonths: 2 });
  });

  it('survives a JSON round trip (what the backend and the settings screen send)', () => {
    expect(validateScheme(JSON.parse(JSON.stringify(DEFAULT_SCHEME))).problems).toEqual([]);
  });

  it('rejects what is not a scheme', () => {
    for (const input of [null, 42, 'scheme', [], undefined]) {
      expect(validateScheme(input)).toEqual({ scheme: null, problems: [{ path: '', code: 'not-an-object', severity: 'error', params: {} }] });
    }
    expect(codes({})).toEqual(['missing-field', 'missing-field', 'missing-field', 'missing-field', 'missing-field']);
    expect(validateScheme({}).problems.map((entry) => entry.path)).toEqual(['version', 'id', 'name', 'indicators', 'cardRules']);
  });

  it('names each broken part with its path and a code', () => {
    const scheme = clone(DEFAULT_SCHEME) as unknown as Record<string, unknown> & typeof DEFAULT_SCHEME;
    (scheme as { version: number }).version = 3;
    scheme.indicators[0]!.indicatorId = 'speed' as never;
    scheme.indicators[1]!.weight = -5;
    scheme.indicators[2]!.floor = 0.9;
    scheme.indicators[2]!.target = 0.6;
    scheme.indicators[3]!.target = scheme.indicators[3]!.floor;
    scheme.indicators[4]!.target = 95;
    scheme.indicators[5]!.appliesTo = [];
    scheme.indicators[6]!.appliesTo = ['county' as never];
    scheme.cardRules[0]!.comparison = 'above' as never;
    scheme.cardRules[1]!.level = 'orange' as never;
    scheme.cardRules[2]!.id = scheme.cardRules[3]!.id;
    scheme.cardRules[4]!.threshold = Number.NaN;
    const result = validateScheme(scheme);
    expect(result.scheme).toBeNull();
    const found = result.problems.map((entry) => [entry.path, entry.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['version', 'unsupported-version'],
        ['indicators[0].indicatorId', 'unknown-indicator'],
        ['indicators[1].weight', 'negative-weight'],
        ['indicators[2].floor', 'floor-target-order'],
        ['indicators[3].target', 'floor-equals-target'],
        ['indicators[4].target', 'rate-out-of-range'],
        ['indicators[5].appliesTo', 'empty-applies-to'],
        ['indicators[6].appliesTo[0]', 'unknown-kind'],
        ['cardRules[0].comparison', 'unknown-comparison'],
        ['cardRules[1].level', 'unknown-level'],
        ['cardRules[3].id', 'duplicate-rule-id'],
        // NaN turns into null in JSON; either way it is not a number
        ['cardRules[4].threshold', 'not-finite'],
      ]),
    );
    expect(problem(scheme, 'floor-target-order')!.params).toEqual({ indicatorId: 'onlineRate', direction: 'higher', floor: 0.9, target: 0.6 });
  });

  it('checks floor and target against a lower-is-better indicator the other way round', () => {
    const scheme = clone(DEFAULT_SCHEME);
    scheme.indicators.push({ indicatorId: 'overdue', weight: 0, floor: 0, target: 5, appliesTo: ['department'] });
    expect(problem(scheme, 'floor-target-order')!.params).toMatchObject({ indicatorId: 'overdue', direction: 'lower' });
    scheme.indicators[scheme.indicators.length - 1] = { indicatorId: 'overdue', weight: 0, floor: 5, target: 0, appliesTo: ['department'] };
    expect(codes(scheme)).not.toContain('floor-target-order');
  });

  it('warns, without rejecting, when weights do not add up to 100', () => {
    const scheme = clone(DEFAULT_SCHEME);
    scheme.indicators[0]!.weight += 10;
    const result = validateScheme(scheme);
    expect(result.scheme).not.toBeNull();
    expect(result.problems).toEqual([
      { path: 'indicators', code: 'weights-not-100', severity: 'warning', params: { kind: 'region', sum: 110 } },
      { path: 'indicators', code: 'weights-not-100', severity: 'warning', params: { kind: 'department', sum: 110 } },
      { path: 'indicators', code: 'weights-not-100', severity: 'warning', params: { kind: 'township', sum: 110 } },
    ]);
  });

  it('rejects all-zero weights for a kind', () => {
    const scheme = clone(DEFAULT_SCHEME);
    for (const item of scheme.indicators) item.weight = 0;
    expect(validateScheme(scheme).scheme).toBeNull();
    expect(codes(scheme).filter((code) => code === 'all-weights-zero')).toHaveLength(3);
  });

  it('rejects an indicator set twice for the same kind but allows one per kind', () => {
    const scheme = clone(DEFAULT_SCHEME);
    scheme.indicators[0]!.appliesTo = ['department'];
    scheme.indicators.push({ ...scheme.indicators[0]!, appliesTo: ['township'], floor: 0.9 });
    expect(codes(scheme)).not.toContain('duplicate-indicator');
    scheme.indicators.push({ ...scheme.indicators[0]!, appliesTo: ['department'] });
    expect(problem(scheme, 'duplicate-indicator')).toMatchObject({
      path: `indicators[${scheme.indicators.length - 1}].appliesTo`,
      params: { indicatorId: 'completionRate', kind: 'department' },
    });
  });

  it('warns about kinds an indicator does not count and ranked kinds nobody scores', () => {
    const scheme = clone(DEFAULT_SCHEME);
    for (const item of scheme.indicators) item.appliesTo = ['department'];
    scheme.indicators[2]!.appliesTo = ['department', 'village'];
    const result = validateScheme(scheme);
    expect(result.scheme).not.toBeNull();
    expect(result.problems.map((entry) => [entry.code, entry.severity, entry.params.kind])).toEqual(
      expect.arrayContaining([
        ['kind-not-applicable', 'warning', 'village'],
        ['kind-not-scored', 'warning', 'township'],
      ]),
    );
  });

  it('warns about card rules that can never or always fire', () => {
    const scheme = clone(DEFAULT_SCHEME);
    scheme.cardRules.push(
      { id: 'x1', subject: 'overdue', comparison: 'lt', threshold: 0, level: 'red', message: 'm', appliesTo: ['department'] },
      { id: 'x2', subject: 'onTimeRate', comparison: 'gt', threshold: 1, level: 'red', message: 'm', appliesTo: ['department'] },
      { id: 'x3', subject: 'overdue', comparison: 'gte', threshold: 0, level: 'red', message: 'm', appliesTo: ['department'] },
      // completed can exceed accepted, so a completion rate above 1 is possible: no warning
      { id: 'x4', subject: 'completionRate', comparison: 'gt', threshold: 1, level: 'yellow', message: 'm', appliesTo: ['department'] },
    );
    const found = validateScheme(scheme).problems.map((entry) => [entry.code, entry.params.ruleId]);
    expect(found).toEqual([
      ['rule-never-fires', 'x1'],
      ['rule-never-fires', 'x2'],
      ['rule-always-fires', 'x3'],
    ]);
  });

  it('words every code in Chinese and English with its numbers', () => {
    const sample = problem({ ...clone(DEFAULT_SCHEME), indicators: [{ ...DEFAULT_SCHEME.indicators[1]!, target: 99 }] }, 'rate-out-of-range')!;
    expect(schemeProblemText(sample)).toContain('0.95');
    expect(schemeProblemText(sample)).toContain('99');
    expect(schemeProblemText(sample, 'en')).toContain('fraction');
    for (const code of SCHEME_PROBLEM_CODES) {
      const text = schemeProblemText({ path: 'p', code, severity: 'error', params: { field: 'f', kind: 'township', ruleId: 'r' } });
      expect(text.length).toBeGreaterThan(3);
      expect(text).not.toContain('undefined');
    }
  });

  it('knows every indicator the registry knows', () => {
    for (const indicator of INDICATORS) {
      const floor = indicator.direction === 'higher' ? 0 : 1;
      const result = validateScheme({
        ...clone(DEFAULT_SCHEME),
        indicators: [{ indicatorId: indicator.id, weight: 100, floor, target: 1 - floor, appliesTo: ['region'] }],
      });
      expect(result.problems.filter((entry) => entry.severity === 'error')).toEqual([]);
    }
  });

  it('reads a version 1 scheme as version 2 with the built-in definitions, national review levels and default rules', () => {
    const v1 = { version: 1, id: 'old', name: '旧方案', indicators: clone(DEFAULT_SCHEME.indicators), cardRules: clone(DEFAULT_SCHEME.cardRules) };
    const result = validateScheme(v1);
    expect(result.problems).toEqual([]);
    expect(result.scheme).toEqual({ ...clone(DEFAULT_SCHEME), id: 'old', name: '旧方案' });
  });

  it('accepts an indicator staff define themselves and a built-in one redefined (its 口径)', () => {
    const scheme = clone(DEFAULT_SCHEME) as unknown as Record<string, unknown>;
    scheme.definitions = [
      {
        id: 'reviewShare',
        label: { zh: '参评率', en: 'Review share' },
        formula: { type: 'ratio', numerator: ['reviews'], denominator: ['completed'] },
        unit: 'rate',
        direction: 'higher',
        category: 'reviews',
        appliesTo: ['department', 'township'],
        minDenominator: 10,
      },
      {
        id: 'onlineRate',
        label: { zh: '网上办理率', en: 'Online rate' },
        formula: { type: 'ratio', numerator: ['onlineAccepted'], denominator: ['completed'] },
        unit: 'rate',
        direction: 'higher',
        category: 'online',
        appliesTo: ['region', 'department', 'township'],
      },
    ];
    const result = validateScheme(scheme);
    expect(result.problems).toEqual([]);
    expect(result.scheme!.definitions.find((d) => d.id === 'reviewShare')!.minDenominator).toBe(10);
    expect(result.scheme!.definitions.find((d) => d.id === 'onlineRate')!.formula).toEqual({
      type: 'ratio',
      numerator: ['onlineAccepted'],
      denominator: ['completed'],
    });
    // The built-ins it did not redefine stay available.
    expect(result.scheme!.definitions.some((d) => d.id === 'goodReviewRate')).toBe(true);
  });

  it('checks formulas: unknown names, a ratio added into a sum, cycles, malformed terms, a ratio that is not a rate', () => {
    const definition = (id: string, formula: unknown, unit = 'items') => ({
      id,
      label: { zh: id },
      formula,
      unit,
      direction: 'higher',
      category: 'handling',
      appliesTo: ['department'],
    });
    const scheme = clone(DEFAULT_SCHEME) as unknown as Record<string, unknown>;
    scheme.definitions = [
      definition('a', { type: 'count', terms: ['acceptd'] }),
      definition('b', { type: 'count', terms: ['onTimeRate'] }),
      definition('c', { type: 'count', terms: ['d', 'accepted'] }),
      definition('d', { type: 'count', terms: ['c'] }),
      definition('e', { type: 'count', terms: ['accepted|completed?'] }),
      definition('f', { type: 'ratio', numerator: ['completed'], denominator: ['accepted'] }),
      definition('g', { type: 'ratio', numerator: ['completed'], denominator: [] }, 'rate'),
    ];
    const found = validateScheme(scheme).problems.map((entry) => [entry.path, entry.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['definitions[4].formula.terms[0]', 'malformed-term'],
        ['definitions[5].unit', 'rate-unit-mismatch'],
        ['definitions[6].formula.denominator', 'empty-sum'],
      ]),
    );
    // Names and cycles are checked once every definition reads.
    (scheme.definitions as unknown[]).splice(4, 3);
    const names = validateScheme(scheme).problems.map((entry) => [entry.code, entry.params.indicatorId]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['unknown-term', 'a'],
        ['not-a-sum', 'b'],
        ['formula-cycle', 'c'],
        ['formula-cycle', 'd'],
      ]),
    );
    expect(problem(scheme, 'formula-cycle')!.params.cycle).toBe('c → d → c');
  });

  it('checks review levels and fairness rules', () => {
    const scheme = clone(DEFAULT_SCHEME) as unknown as Record<string, unknown>;
    scheme.reviewLevels = { good: ['reviewsVerySatisfied', 'reviewsSatisfied'], bad: ['reviewsSatisfied', 'reviewsGreat'] };
    scheme.rules = { missingData: 'ignore', talkAfterMonths: 2 };
    expect(codes(scheme)).toEqual(expect.arrayContaining(['unknown-review-level', 'unknown-missing-rule']));
    scheme.reviewLevels = { good: ['reviewsVerySatisfied', 'reviewsSatisfied'], bad: ['reviewsSatisfied'] };
    scheme.rules = { missingData: 'leave-out', talkAfterMonths: 1.5 };
    expect(codes(scheme)).toEqual(expect.arrayContaining(['review-level-twice', 'bad-talk-months']));
    scheme.reviewLevels = { good: ['reviewsVerySatisfied', 'reviewsSatisfied'], bad: ['reviewsDissatisfied', 'reviewsVeryDissatisfied'] };
    scheme.rules = { missingData: 'leave-out', talkAfterMonths: 3 };
    expect(validateScheme(scheme).scheme).toMatchObject({ reviewLevels: scheme.reviewLevels, rules: scheme.rules });
  });
});
