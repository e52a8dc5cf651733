import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { DataAdapter } from '../../../../src/adapters/types';
import { useDataset } from '../../../../src/data';
import { monthPeriod, type MonthKey, type MonthlyRecord, type Office, type Scheme } from '../../../../src/domain';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, latestCompleteMonth } from '../../../../src/engine';
import { validateScheme } from '../../../../src/engine/validateScheme';
import { SchemeSettings } from '../../../../src/features/settings/scheme/SchemeSettings';
import { lastCompleteMonth } from '../../../../src/domain';
import { servedData } from '../../../../mocks/scenarios';
import { mockBackend, renderApp, withLayoutSize } from '../../../render';
import { FAIR_OFFICES, FAIR_RECORDS, FAIR_SCHEME } from '../../../engine/fixtures/fairness';

const STORAGE_KEY = 'spd.scheme.v1';
const END = lastCompleteMonth(new Date());
const backend = mockBackend('normal', { endMonth: END });
const served = servedData('normal', { endMonth: END });
withLayoutSize();

afterEach(() => {
  localStorage.removeItem(STORAGE_KEY);
  vi.restoreAllMocks();
});

function storedScheme(): Scheme {
  const raw = localStorage.getItem(STORAGE_KEY);
  expect(raw).not.toBeNull();
  const { scheme, problems } = validateScheme(JSON.parse(raw!));
  expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  return scheme!;
}

/** A source that serves these offices and records (those of the months asked for), and optionally a scheme. */
function fakeAdapter(id: string, offices: Office[], records: MonthlyRecord[], scheme: Scheme | null = null): DataAdapter {
  const quality = (accepted: number) => ({ accepted, rejected: 0, issues: [] });
  return {
    id: `fake:${id}`,
    description: id,
    type: 'http',
    async getOffices() {
      return { offices: offices.map((office) => ({ ...office })), quality: quality(offices.length) };
    },
    async getRecords(query) {
      const inRange = records.filter((record) => record.month >= query.from && record.month <= query.to).map((record) => ({ ...record }));
      return { records: inRange, quality: quality(inRange.length) };
    },
    async getScheme() {
      return scheme;
    },
  };
}

/**
 * What every screen reads: the dataset (the scheme in force, the records indexed) evaluated for a
 * month. Shown as text so a test can watch it change when the scheme is saved.
 */
function ScoreProbe({ month, officeId, indicatorId }: { month?: MonthKey; officeId?: string; indicatorId?: string }) {
  const { dataset } = useDataset();
  if (!dataset) return null;
  const at = month ?? latestCompleteMonth(dataset.engine, new Date());
  if (!at) return null;
  const evaluation = evaluatePeriod(dataset.engine, dataset.scheme, monthPeriod(at));
  const office = officeId ? evaluation.office(officeId) : evaluation.rankings.department.find((item) => item.rank === 1);
  if (!office) return null;
  const detail = indicatorId ? office.scoreDetails.find((item) => item.indicatorId === indicatorId) : undefined;
  return (
    <output data-testid="probe">
      {JSON.stringify({
        scheme: dataset.scheme.id,
        office: office.officeId,
        score: office.score,
        detail: detail ? { status: detail.status, value: detail.value } : null,
      })}
    </output>
  );
}

function probe(): { scheme: string; office: string; score: number | null; detail: { status: string; value: number | null } | null } {
  return JSON.parse(screen.getByTestId('probe').textContent ?? 'null');
}

async function editorReady() {
  await screen.findByText(/当前生效：/, undefined, { timeout: 10_000 });
}

// Typing with user-event is slow on a shared two-core machine: each test gets 30 s.
describe('indicators staff add themselves', { timeout: 90_000 }, () => {
  test('staff add 参评率 = 评价数 / 办结件数, score it with a weight, floor and target, and save: every screen re-scores', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(
      <>
        <ScoreProbe indicatorId="custom1" />
        <SchemeSettings />
      </>,
      { adapter: backend.adapter(), hash: '#/settings/scheme' },
    );
    await editorReady();
    await waitFor(() => expect(probe().scheme).toBe(DEFAULT_SCHEME.id));
    expect(screen.getByText('本方案没有新增指标，也没有修改内置指标的口径。')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '新增指标' }));
    await user.type(screen.getByLabelText('第1项指标定义的名称'), '参评率');
    const formula = screen.getByLabelText('第1项指标定义的公式');
    await user.type(formula, '评价数 / 办结件数');
    expect(await screen.findByText('读作：分子 评价数，分母 办结件数，按百分比显示')).toBeTruthy();
    expect(formula.getAttribute('aria-invalid')).toBeNull();
    // A ratio is a rate: its unit follows, with the minimum sample of its category.
    expect(screen.getByLabelText('第1项指标定义的单位')).toHaveProperty('value', 'rate');
    await user.selectOptions(screen.getByLabelText('第1项指标定义的类别'), '好差评');
    expect(screen.getByLabelText('第1项指标定义的最小样本量')).toHaveProperty('value', '20');

    // Scored in place of 办结率 (weight 10): the new indicator is offered by its name.
    const first = screen.getByLabelText('第1项指标的指标');
    expect(within(first).getByRole('option', { name: '参评率' })).toBeTruthy();
    await user.selectOptions(first, '参评率');
    expect(within(screen.getByLabelText('第1项指标的下限').parentElement!).getByText('%')).toBeTruthy();
    for (const [field, value] of [
      ['下限', '80'],
      ['目标值', '95'],
    ] as const) {
      const input = screen.getByLabelText(`第1项指标的${field}`);
      await user.clear(input);
      await user.type(input, value);
    }
    // And on a card rule.
    await user.selectOptions(screen.getByLabelText('第5条亮牌规则的指标'), '参评率');
    const threshold = screen.getByLabelText('第5条亮牌规则的阈值');
    await user.clear(threshold);
    await user.type(threshold, '60');

    expect(screen.getByText('方案检查通过，没有错误。')).toBeTruthy();
    // While scored and carded, it cannot be removed (the rows would name an indicator nobody knows).
    expect(screen.getByRole('button', { name: '删除 第1项指标定义' })).toHaveProperty('disabled', true);
    expect(screen.getByText('第1项指标、第5条亮牌规则用到这项指标，去掉后才能删除')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    expect(await screen.findByText(/已保存。所有页面已按方案/)).toBeTruthy();

    const saved = storedScheme();
    expect(saved.definitions.at(-1)).toEqual({
      id: 'custom1',
      label: { zh: '参评率', en: '参评率' },
      formula: { type: 'ratio', numerator: ['reviews'], denominator: ['completed'] },
      unit: 'rate',
      direction: 'higher',
      category: 'reviews',
      appliesTo: ['region', 'department', 'township', 'village'],
      minDenominator: 20,
    });
    expect(saved.indicators[0]).toEqual({ indicatorId: 'custom1', weight: 10, floor: 0.8, target: 0.95, appliesTo: ['region', 'department', 'township'] });
    expect(saved.cardRules[4]).toMatchObject({ subject: 'custom1', comparison: 'lt', threshold: 0.6 });

    // The data layer every screen reads from re-scores at once: the first department's 参评率 is scored.
    await waitFor(() => expect(probe().detail?.status).toBe('scored'));
    // Its value is the office's reviews over its completed items for the month.
    const { office, detail, score } = probe();
    const engine = buildEngineData(served.offices as Office[], served.records as MonthlyRecord[]);
    const month = latestCompleteMonth(engine, new Date())!;
    const counts = evaluatePeriod(engine, saved, monthPeriod(month)).office(office)!.counts;
    expect(detail!.value).toBeCloseTo(counts.reviews! / counts.completed!, 12);
    expect(score).toBeCloseTo(evaluatePeriod(engine, saved, monthPeriod(month)).office(office)!.score!, 9);
  });

  test('the formula is checked as it is typed: an unknown name is named, with where it is', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(<SchemeSettings />, { adapter: backend.adapter(), hash: '#/settings/scheme' });
    await editorReady();
    await user.click(screen.getByRole('button', { name: '新增指标' }));
    await user.type(screen.getByLabelText('第1项指标定义的名称'), '参评率');
    const formula = screen.getByLabelText('第1项指标定义的公式');
    await user.type(formula, '评价数 / 办件数');
    const sentence = '没有名为“办件数”的字段或指标（第 7 个字起），是否指：办结件数？';
    // Under the formula, the part of the text marked; in the list of problems, with the place in words.
    const under = await screen.findByText(sentence);
    expect(within(under).getByText('办件数', { selector: 'mark' })).toBeTruthy();
    expect(screen.getByText(`指标定义（参评率）的公式：${sentence}`, { exact: false })).toBeTruthy();
    expect(formula.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: '保存并应用' })).toHaveProperty('disabled', true);
    // Nothing else is said: the scored indicators are not "unknown" because one definition is unfinished.
    expect(screen.getByText('1 处错误，须改正后才能保存')).toBeTruthy();

    // A bracket left open is said at its place; closing it (full-width, as an input method types it) is fine.
    await user.clear(formula);
    await user.type(formula, '评价数／（办结件数');
    expect(await screen.findByText('第 5 个字处的括号没有配对')).toBeTruthy();
    await user.type(formula, '）');
    await waitFor(() => expect(formula.getAttribute('aria-invalid')).toBeNull());
    expect(screen.getByText('读作：分子 评价数，分母 办结件数，按百分比显示')).toBeTruthy();
  });

  test('a cycle between two sums of the scheme is named, with their names', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(<SchemeSettings />, { adapter: backend.adapter(), hash: '#/settings/scheme' });
    await editorReady();
    const add = screen.getByRole('button', { name: '新增指标' });
    await user.click(add);
    await user.type(screen.getByLabelText('第1项指标定义的名称'), '应办件数');
    await user.type(screen.getByLabelText('第1项指标定义的公式'), '受理件数 + 上月结转在办件数?');
    expect(screen.getByLabelText('第1项指标定义的单位')).toHaveProperty('value', 'items');
    await user.click(add);
    await user.type(screen.getByLabelText('第2项指标定义的名称'), '总件数');
    await user.type(screen.getByLabelText('第2项指标定义的公式'), '应办件数 + 办结件数');
    expect(screen.queryByText(/循环引用/)).toBeNull();
    // The first now adds the second, which adds the first.
    const first = screen.getByLabelText('第1项指标定义的公式');
    await user.clear(first);
    await user.type(first, '受理件数 + 总件数');
    expect((await screen.findAllByText(/指标之间循环引用（应办件数 → 总件数 → 应办件数）/)).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/指标之间循环引用（总件数 → 应办件数 → 总件数）/).length).toBeGreaterThan(0);
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('button', { name: '保存并应用' })).toHaveProperty('disabled', true);

    // Renaming the second rewrites the first's formula; removing it leaves the name unknown there.
    const second = screen.getByLabelText('第2项指标定义的名称');
    await user.type(second, '量');
    expect(first).toHaveProperty('value', '受理件数 + 总件数量');
    await user.click(screen.getByRole('button', { name: '删除 第2项指标定义' }));
    expect((await screen.findAllByText(/没有名为“总件数量”的字段或指标/)).length).toBeGreaterThan(0);
  });

  test('a ratio over a field the data never sends warns that its denominator is always 0', async () => {
    const user = userEvent.setup({ delay: null });
    const months = [-3, -2, -1].map((n) => {
      const date = new Date();
      date.setUTCDate(1);
      date.setUTCMonth(date.getUTCMonth() + n);
      return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
    });
    const offices: Office[] = [
      { id: 'R', name: '县', kind: 'region', parentId: null },
      { id: 'A', name: '甲局', kind: 'department', parentId: 'R' },
      { id: 'B', name: '乙局', kind: 'department', parentId: 'R' },
    ];
    // Neither department ever sends 上月结转在办件数.
    const records: MonthlyRecord[] = months.flatMap((month) =>
      ['A', 'B'].map((officeId) => ({
        officeId,
        month,
        accepted: 120,
        completed: 118,
        completedOnTime: 117,
        reviews: 100,
        goodReviews: 99,
        badReviews: 1,
        badReviewsRectified: 1,
      })),
    );
    renderApp(<SchemeSettings />, { adapter: fakeAdapter('no-carry-over', offices, records), hash: '#/settings/scheme' });
    await editorReady();
    await user.click(screen.getByRole('button', { name: '新增指标' }));
    await user.type(screen.getByLabelText('第1项指标定义的名称'), '结转消化率');
    await user.type(screen.getByLabelText('第1项指标定义的公式'), '办结件数 / 上月结转在办件数');
    const warning = '在已读取的数据中，结转消化率的分母始终为 0 或从未报送，这项指标不会有数值；请检查分母是否用对了字段';
    expect(await screen.findByText(warning)).toBeTruthy();
    expect(screen.getByText(`指标定义（结转消化率）的公式：${warning}`, { exact: false })).toBeTruthy();
    // A warning, not an error: the data may carry the field next month.
    expect(screen.getByText('1 处提示，可以保存，建议核对')).toBeTruthy();
    // Over a field the data sends, nothing is said.
    const formula = screen.getByLabelText('第1项指标定义的公式');
    await user.clear(formula);
    await user.type(formula, '办结件数 / 受理件数');
    await waitFor(() => expect(screen.queryByText(warning)).toBeNull());
  });

  test('a built-in definition can be changed (网上办理率 over 办结) and restored', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(<SchemeSettings />, { adapter: backend.adapter(), hash: '#/settings/scheme' });
    await editorReady();
    await user.click(screen.getByText(/^内置指标（\d+ 项）$/));
    const table = screen.getByRole('table', { name: /内置指标/ });
    const row = within(table).getByRole('row', { name: /^网上办理率/ });
    expect(within(row).getByText('网上受理件数 / 受理件数')).toBeTruthy();
    await user.click(within(row).getByRole('button', { name: '修改口径 网上办理率' }));
    const formula = screen.getByLabelText('第1项指标定义的公式');
    expect(formula).toHaveProperty('value', '网上受理件数 / 受理件数');
    expect(screen.queryByText('有未保存的修改')).toBeNull();
    await user.clear(formula);
    await user.type(formula, '网上受理件数 / 办结件数');
    expect(await screen.findByText('有未保存的修改')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    await screen.findByText(/已保存/);
    expect(storedScheme().definitions.find((definition) => definition.id === 'onlineRate')?.formula).toEqual({
      type: 'ratio',
      numerator: ['onlineAccepted'],
      denominator: ['completed'],
    });
    expect(screen.getByText('修改了内置口径')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '恢复默认 第1项指标定义' }));
    expect(screen.getByText('本方案没有新增指标，也没有修改内置指标的口径。')).toBeTruthy();
  });

  test('export then import gives the same scheme, custom indicators and rules included; a v1 file still imports', async () => {
    const user = userEvent.setup({ delay: null });
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderApp(<SchemeSettings />, { adapter: backend.adapter(), hash: '#/settings/scheme' });
    await editorReady();
    await user.click(screen.getByRole('button', { name: '新增指标' }));
    await user.type(screen.getByLabelText('第1项指标定义的名称'), '参评率');
    await user.type(screen.getByLabelText('第1项指标定义的英文名称'), 'Review take-up');
    await user.type(screen.getByLabelText('第1项指标定义的公式'), '评价数 / 办结件数');
    await user.click(screen.getByLabelText('不计入'));
    const months = screen.getByLabelText('约谈提示：连续排名末位的月数');
    await user.clear(months);
    await user.type(months, '3');
    await user.click(within(screen.getByRole('radiogroup', { name: '“基本满意”算作' })).getByLabelText('都不算'));
    expect(screen.getByText('好评 = 非常满意 + 满意；差评 = 不满意 + 非常不满意')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    await screen.findByText(/已保存/);
    const saved = storedScheme();
    expect(saved.rules).toEqual({ missingData: 'leave-out', talkAfterMonths: 3 });
    expect(saved.reviewLevels.good).toEqual(['reviewsVerySatisfied', 'reviewsSatisfied']);

    await user.click(screen.getByRole('button', { name: '导出 JSON 文件' }));
    const text = await blobs[0]!.text();
    expect(validateScheme(JSON.parse(text)).scheme).toEqual(saved);
    // Back to the default, then the file read in again: the same scheme, nothing to save.
    await user.click(screen.getByRole('button', { name: '恢复内置默认方案' }));
    await screen.findByText(/现在生效的是内置默认方案/);
    const input = screen.getByLabelText('导入 JSON 文件');
    await user.upload(input, new File([text], 'own.json', { type: 'application/json' }));
    await screen.findByText(/已读入文件“own.json”/);
    expect(screen.getByLabelText('第1项指标定义的名称')).toHaveProperty('value', '参评率');
    expect(screen.getByLabelText('第1项指标定义的公式')).toHaveProperty('value', '评价数 / 办结件数');
    expect(screen.getByLabelText('不计入')).toHaveProperty('checked', true);
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    await screen.findByText(/已保存/);
    expect(storedScheme()).toEqual(saved);

    // A file written for version 1 of the scheme: the built-in definitions and the default rules.
    const v1 = { version: 1, id: 'v1', name: '旧版方案', indicators: DEFAULT_SCHEME.indicators, cardRules: DEFAULT_SCHEME.cardRules };
    await user.upload(input, new File([JSON.stringify(v1)], 'v1.json', { type: 'application/json' }));
    expect(await screen.findByText(/已读入文件“v1.json”中的方案“旧版方案”/)).toBeTruthy();
    expect(screen.getByText('本方案没有新增指标，也没有修改内置指标的口径。')).toBeTruthy();
    expect(screen.getByLabelText('记 0 分')).toHaveProperty('checked', true);
    expect(screen.getByLabelText('约谈提示：连续排名末位的月数')).toHaveProperty('value', '2');
  });

  test('changing 缺报处理 to 不计入 changes the score of an office that left a field out', async () => {
    const user = userEvent.setup({ delay: null });
    // The fairness fixture: B sent no completedOnTime in November 2025 (按时办结率 and 好评率 at 50 each).
    renderApp(
      <>
        <ScoreProbe month="2025-11" officeId="B" />
        <SchemeSettings />
      </>,
      { adapter: fakeAdapter('fair', FAIR_OFFICES, FAIR_RECORDS, FAIR_SCHEME), hash: '#/settings/scheme' },
    );
    await editorReady();
    await waitFor(() => expect(probe().scheme).toBe(FAIR_SCHEME.id));
    // Missing scores 0 on a kept weight: 0 × 50 + 60 × 50 → 30.
    expect(probe().score).toBeCloseTo(30, 9);
    expect(screen.getByText(/单位没有报送某项指标需要的数据时，这项指标记 0 分，权重照算/)).toBeTruthy();
    await user.click(screen.getByLabelText('不计入'));
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    await screen.findByText(/已保存/);
    // Left out: 好评率 alone → 60.
    await waitFor(() => expect(probe().score).toBeCloseTo(60, 9));
  });

  test('English: the new sections are worded, fields and indicators by their English names', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp(<SchemeSettings />, { adapter: backend.adapter(), hash: '#/settings/scheme', locale: 'en' });
    await screen.findByText(/In force:/, undefined, { timeout: 10_000 });
    await user.click(screen.getByRole('button', { name: 'Define a new indicator' }));
    await user.type(screen.getByLabelText('Definition 1, name'), 'Take-up');
    await user.type(screen.getByLabelText('Definition 1, formula'), 'Reviewz / Items completed');
    expect((await screen.findAllByText(/there is no field or indicator called "Reviewz" \(from character 1\); did you mean Reviews\?/)).length).toBeGreaterThan(
      0,
    );
    expect(screen.getByRole('heading', { name: 'Fairness rules' })).toBeTruthy();
    const page = document.body.cloneNode(true) as HTMLElement;
    page.querySelectorAll('input, option').forEach((element) => element.remove());
    const text = (page.textContent ?? '').replaceAll(DEFAULT_SCHEME.name, '');
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/settings\.|undefined|NaN/);
  });
});
