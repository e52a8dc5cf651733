import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { SchemeSettings } from '../../../../src/features/settings/scheme/SchemeSettings';
import { RankingsPage } from '../../../../src/features/rankings';
import { DEFAULT_SCHEME, buildEngineData, evaluatePeriod, latestCompleteMonth } from '../../../../src/engine';
import { schemeFromV1, lastCompleteMonth, monthPeriod, type MonthlyRecord, type Office, type Scheme } from '../../../../src/domain';
import { servedData } from '../../../../mocks/scenarios';
import { mockBackend, renderApp, withLayoutSize } from '../../../render';

const STORAGE_KEY = 'spd.scheme.v1';
const END = lastCompleteMonth(new Date());
const backend = mockBackend('normal', { endMonth: END });
withLayoutSize();

// The data the mock backend serves, for what the rankings must become under another scheme.
const served = servedData('normal', { endMonth: END });
const engine = buildEngineData(served.offices as Office[], served.records as MonthlyRecord[]);
const month = latestCompleteMonth(engine, new Date())!;

/** Departments ranked by the online-handling rate alone. */
const ONLINE_ONLY: Scheme = schemeFromV1({
  version: 1,
  id: 'online-only',
  name: '网办专项考核',
  indicators: [{ indicatorId: 'onlineRate', weight: 100, floor: 0.5, target: 1, appliesTo: ['department', 'township'] }],
  cardRules: [],
});

afterEach(() => {
  localStorage.removeItem(STORAGE_KEY);
  vi.restoreAllMocks();
});

function renderEditor(withRankings = false) {
  const ui = withRankings ? (
    <>
      <RankingsPage params={{}} />
      <SchemeSettings />
    </>
  ) : (
    <SchemeSettings />
  );
  return renderApp(ui, { adapter: backend.adapter(), hash: withRankings ? '#/rankings' : '#/settings/scheme' });
}

async function editorReady() {
  await screen.findByText(/当前生效：/, undefined, { timeout: 10_000 });
}

/** The line saying which scheme is in force. */
function inForce(label: RegExp = /当前生效：/): string {
  return screen.getByText(label).closest('p')!.textContent ?? '';
}

function jsonFile(content: string, name = 'scheme.json'): File {
  return new File([content], name, { type: 'application/json' });
}

function storedScheme(): unknown {
  const raw = localStorage.getItem(STORAGE_KEY);
  return raw === null ? null : JSON.parse(raw);
}

/** Office ids of the ranked departments, in the order the rankings table lists them. */
async function rankedDepartments(): Promise<string[]> {
  const table = await screen.findByRole('table', { name: /部门排名表/ }, { timeout: 10_000 });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .filter((row) => /^\d+$/.test(row.querySelector('td')!.textContent ?? ''))
    .map((row) => /#\/office\/([^?]+)/.exec(row.querySelector('a')!.getAttribute('href')!)![1]!);
}

function engineRanking(scheme: Scheme): string[] {
  return evaluatePeriod(engine, scheme, monthPeriod(month))
    .rankings.department.filter((office) => office.rank !== null)
    .map((office) => office.officeId);
}

// Typing with user-event is slow on a shared two-core machine: each test gets 30 s.
describe('the scheme editor', { timeout: 30_000 }, () => {
  test('shows the scheme in force: the built-in one when the source has none', async () => {
    renderEditor();
    await editorReady();
    expect(inForce()).toContain(`内置默认方案“${DEFAULT_SCHEME.name}”`);
    expect(screen.getByLabelText('第3项指标的指标')).toHaveProperty('value', 'onlineRate');
    expect(screen.getByLabelText('第5项指标的下限')).toHaveProperty('value', '99.5');
    expect(screen.getByText('方案检查通过，没有错误。')).toBeTruthy();
    expect(screen.getByRole('button', { name: '保存并应用' })).toHaveProperty('disabled', true);
  });

  test('a bad weight is explained as it is typed; once fixed, the scheme is saved and wins', async () => {
    const user = userEvent.setup();
    renderEditor();
    await editorReady();
    const weight = screen.getByLabelText('第1项指标的权重');
    await user.clear(weight);
    await user.type(weight, '-5');
    expect(await screen.findByText(/第1项指标（办结率）的权重不能为负数（现为 -5）/)).toBeTruthy();
    expect(weight.getAttribute('aria-invalid')).toBe('true');
    // The sentence is tied to the field for screen readers.
    const describedBy = weight.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => document.getElementById(id)!.textContent).join(' ')).toContain('不能为负数');
    const save = screen.getByRole('button', { name: '保存并应用' });
    expect(save).toHaveProperty('disabled', true);
    expect(screen.getByText(/还有 1 处错误/)).toBeTruthy();

    // 20 for completion, 5 for on-time: the weights add up to 100 again.
    await user.clear(weight);
    await user.type(weight, '20');
    expect(await screen.findByText(/适用于部门的指标权重合计为 110/)).toBeTruthy();
    const onTime = screen.getByLabelText('第2项指标的权重');
    await user.clear(onTime);
    await user.type(onTime, '5');
    await waitFor(() => expect(screen.queryByText(/权重合计为/)).toBeNull());
    expect(weight.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getByText('有未保存的修改')).toBeTruthy();

    await user.click(save);
    expect(await screen.findByText(/已保存。所有页面已按方案/)).toBeTruthy();
    const saved = storedScheme() as Scheme;
    expect(saved.indicators.map((item) => item.weight).slice(0, 2)).toEqual([20, 5]);
    expect(saved.indicators.slice(2)).toEqual(DEFAULT_SCHEME.indicators.slice(2));
    expect(inForce()).toContain('本浏览器保存的方案');
    expect(screen.queryByText('有未保存的修改')).toBeNull();
  });

  test('a rate typed as a percentage is stored as a fraction, and one out of range is refused', async () => {
    const user = userEvent.setup();
    renderEditor();
    await editorReady();
    const floor = screen.getByLabelText('第3项指标的下限');
    await user.clear(floor);
    await user.type(floor, '150');
    expect(await screen.findByText('第3项指标（网上办理率）的下限是比率，应在 0% 到 100% 之间（现为 150%）', { exact: false })).toBeTruthy();
    await user.clear(floor);
    await user.type(floor, '75.5');
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    await screen.findByText(/已保存/);
    expect((storedScheme() as Scheme).indicators[2]).toMatchObject({ indicatorId: 'onlineRate', floor: 0.755, target: 0.9 });
  });

  test('rows can be added and removed, card rules edited', async () => {
    const user = userEvent.setup();
    renderEditor();
    await editorReady();
    await user.click(screen.getByRole('button', { name: '添加规则' }));
    const rows = DEFAULT_SCHEME.cardRules.length + 1;
    const message = screen.getByLabelText(`第${rows}条亮牌规则的提示语`);
    // An empty message is worth a warning, not an error.
    expect(await screen.findByText(`第${rows}条亮牌规则（超期办结件数）的提示语不能为空`, { exact: false })).toBeTruthy();
    await user.type(message, '超期件数超过 3 件');
    const threshold = screen.getByLabelText(`第${rows}条亮牌规则的阈值`);
    await user.clear(threshold);
    await user.type(threshold, '3');
    await user.selectOptions(screen.getByLabelText(`第${rows}条亮牌规则的牌色`), '红牌');
    await user.click(screen.getByRole('button', { name: '删除 第1项指标' }));
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    await screen.findByText(/已保存/);
    const saved = storedScheme() as Scheme;
    expect(saved.indicators).toHaveLength(DEFAULT_SCHEME.indicators.length - 1);
    expect(saved.indicators[0]!.indicatorId).toBe('onTimeRate');
    expect(saved.cardRules.at(-1)).toEqual({
      id: `rule-${rows}`,
      subject: 'overdue',
      comparison: 'gt',
      threshold: 3,
      level: 'red',
      message: '超期件数超过 3 件',
      appliesTo: ['department', 'township'],
    });
  });

  test('an imported scheme, once saved, re-ranks the rankings screen at once; reset brings the default back', async () => {
    const user = userEvent.setup();
    renderEditor(true);
    await editorReady();
    const before = await rankedDepartments();
    expect(before.slice(0, 10)).toEqual(engineRanking(DEFAULT_SCHEME).slice(0, 10));
    const online = engineRanking(ONLINE_ONLY);
    expect(online.slice(0, 10)).not.toEqual(before.slice(0, 10));

    await user.upload(screen.getByLabelText('导入 JSON 文件'), jsonFile(JSON.stringify(ONLINE_ONLY), '网办.json'));
    expect(await screen.findByText(/已读入文件“网办.json”中的方案“网办专项考核”/)).toBeTruthy();
    // Read into the editor only: nothing changes on screen until it is saved.
    expect((await rankedDepartments()).slice(0, 10)).toEqual(before.slice(0, 10));
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    await waitFor(async () => expect((await rankedDepartments()).slice(0, 10)).toEqual(online.slice(0, 10)));
    expect(screen.getByRole('table', { name: /部门排名表（按综合得分）/ })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: '恢复内置默认方案' }));
    expect(await screen.findByText(/已清除本浏览器保存的方案，现在生效的是内置默认方案/)).toBeTruthy();
    expect(storedScheme()).toBeNull();
    await waitFor(async () => expect((await rankedDepartments()).slice(0, 10)).toEqual(before.slice(0, 10)));
  });

  test('a file that is not JSON, or a scheme with errors, is refused with a clear message and changes nothing', async () => {
    const user = userEvent.setup();
    renderEditor();
    await editorReady();
    const input = screen.getByLabelText('导入 JSON 文件');
    await user.upload(input, jsonFile('{"version": 1, "indicators": [', 'broken.json'));
    expect((await screen.findByRole('alert')).textContent).toBe('文件“broken.json”不是有效的 JSON 文件，无法读取，未导入。');

    const percentWritten = { ...DEFAULT_SCHEME, indicators: [{ ...DEFAULT_SCHEME.indicators[0]!, floor: 95, target: 100 }] };
    await user.upload(input, jsonFile(JSON.stringify(percentWritten), 'percent.json'));
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert.textContent).toContain('文件“percent.json”中的方案有'));
    expect(alert.textContent).toContain('第1项指标（办结率）的下限是比率，文件中应写成 0 到 1 之间的小数（如 0.95 表示 95%），现为 95');
    expect(alert.textContent).not.toMatch(/undefined|NaN|\{\w+\}/);
    expect(screen.getByLabelText('第1项指标的下限')).toHaveProperty('value', '95');
    expect(screen.queryByText('有未保存的修改')).toBeNull();
    expect(storedScheme()).toBeNull();

    await user.upload(input, jsonFile('x'.repeat(2 * 1024 * 1024), 'huge.json'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/文件“huge.json”过大（2,048 KB）/));
  });

  test('export gives the JSON that import reads back as the same scheme', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    renderEditor();
    await editorReady();
    await user.click(screen.getByRole('button', { name: '导出 JSON 文件' }));
    expect(names).toEqual(['default-2025.json']);
    const text = await blobs[0]!.text();
    expect(JSON.parse(text)).toEqual(DEFAULT_SCHEME);

    await user.upload(screen.getByLabelText('导入 JSON 文件'), jsonFile(text, 'default-2025.json'));
    await screen.findByText(/已读入文件/);
    // The same scheme: nothing to save.
    expect(screen.queryByText('有未保存的修改')).toBeNull();
    expect(screen.getByRole('button', { name: '保存并应用' })).toHaveProperty('disabled', true);
  });

  test('English is complete', async () => {
    renderApp(<SchemeSettings />, { adapter: backend.adapter(), hash: '#/settings/scheme', locale: 'en' });
    await screen.findByText(/In force:/, undefined, { timeout: 10_000 });
    expect(screen.getByLabelText('Indicator 3, indicator')).toHaveProperty('value', 'onlineRate');
    expect(screen.getByRole('heading', { name: 'Red and yellow card rules' })).toBeTruthy();
    expect(inForce(/In force:/)).toContain('the built-in default scheme');
    // Chinese appears only in data: the scheme's name and the rules' messages.
    const page = document.body.cloneNode(true) as HTMLElement;
    page.querySelectorAll('input, option').forEach((element) => element.remove());
    const text = (page.textContent ?? '').replaceAll(DEFAULT_SCHEME.name, '');
    expect(text).not.toMatch(/[\u4e00-\u9fff]/);
    expect(text).not.toMatch(/settings\.|undefined|NaN/);
  });

  test('an edit by another tab is picked up', async () => {
    renderEditor();
    await editorReady();
    act(() => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(ONLINE_ONLY));
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
    });
    await waitFor(() => expect(inForce()).toContain('本浏览器保存的方案“网办专项考核”'));
    expect(screen.getByLabelText('第1项指标的指标')).toHaveProperty('value', 'onlineRate');
  });
});
