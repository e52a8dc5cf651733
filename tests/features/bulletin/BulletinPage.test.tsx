import { act, fireEvent, screen, within } from '@testing-library/react';
import readXlsxFile from 'read-excel-file/universal';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { DataAdapter } from '../../../src/adapters/types';
import { BulletinPage } from '../../../src/features/bulletin';
import { editsKey, paragraphKey, parseRecord } from '../../../src/features/bulletin/edits/record';
import { renderApp, withLayoutSize } from '../../render';
import { FIXTURE_RECORDS, FIXTURE_SCHEME, fixtureOffices } from './fixtures';

withLayoutSize();

const clean = { accepted: 0, rejected: 0, issues: [] };
let adapters = 0;
function fixtureAdapter(): DataAdapter {
  return {
    id: `fixture:bulletin-${++adapters}`,
    description: 'fixture county',
    type: 'mock',
    getOffices: async () => ({ offices: fixtureOffices(), quality: { ...clean, accepted: 6 } }),
    getRecords: async () => ({ records: FIXTURE_RECORDS, quality: { ...clean, accepted: FIXTURE_RECORDS.length } }),
    getScheme: async () => FIXTURE_SCHEME,
  };
}

const TITLE = '关于2025年3月全县政务服务绩效情况的通报';
const GENERATED_START = '2025年3月，全县共受理政务服务事项1032件，环比增长3.20%';

function open(
  month: string | undefined,
  locale: 'zh-CN' | 'en' = 'zh-CN',
  config: { title: string; issuer?: string | Record<string, string> } = { title: '{region}政务服务绩效监测' },
) {
  return renderApp(<BulletinPage params={month ? { month } : {}} />, {
    adapter: fixtureAdapter(),
    hash: month ? `#/bulletin/${month}` : '#/bulletin',
    locale,
    config,
  });
}

async function paper(title = TITLE) {
  // The title is drawn in lines broken at word boundaries: its name is the lines together.
  const heading = await screen.findByRole('heading', { name: (name) => name.replace(/\s+/g, '') === title.replace(/\s+/g, '') }, { timeout: 25_000 });
  return heading.closest('article')!;
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

// Rendering the whole 公文 in jsdom on a shared machine can take several seconds; the limit only makes a hang fail.
describe('the bulletin screen', { timeout: 30_000 }, () => {
  test('is signed by config.json’s issuer for the scope: a plain name at the root, a template or a map entry elsewhere', async () => {
    open('2025-03', 'zh-CN', { title: '{region}政务服务绩效监测', issuer: '示例县行政审批服务局' });
    const article = await paper();
    expect((within(article).getByLabelText('编辑段落：发文机关署名') as HTMLTextAreaElement).value).toBe('示例县行政审批服务局');
  });

  test('draws every section of a public bulletin from the month’s facts', async () => {
    open('2025-03');
    const article = await paper();
    const headings = within(article)
      .getAllByRole('heading', { level: 4 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual([
      '一、总体情况',
      '二、绩效排名情况',
      '三、红黄牌预警情况',
      '四、数据报送情况',
      '五、整改要求',
      '政务服务主要指标情况表',
      '政务服务绩效综合评价排名表',
      '考核指标明细表',
      '红黄牌预警明细表',
    ]);
    // Without an issuer in config.json the scope's region signs: {region}政务服务管理局.
    expect((within(article).getByLabelText('编辑段落：发文机关署名') as HTMLTextAreaElement).value).toBe('示例县政务服务管理局');
    const ranking = within(article)
      .getAllByRole('table')
      .find((table) => within(table).queryByRole('rowheader', { name: '甲局' }) && table.textContent!.includes('名次变化'))!;
    const first = within(ranking).getByRole('rowheader', { name: '甲局' }).closest('tr')!;
    expect([...first.children].map((cell) => cell.textContent)).toEqual(['1', '甲局', '94.00', '↑1', '412', '99.00%', '0', '100.00%', '0', '0', '0']);
    // The card table marks a red card's row (black on white in print, by its 红牌 cell).
    const red = [...article.querySelectorAll('tr.mark-red')].map((row) => row.querySelector('th')?.textContent);
    expect(red).toContain('丙局');
    expect(article.textContent).not.toMatch(/NaN|Infinity|undefined/);
  });

  test('keeps an edited paragraph across a reload, and restores the generated text on reset', async () => {
    const first = open('2025-03');
    await paper();
    const overview = screen.getByLabelText('编辑段落：政务服务事项办理情况') as HTMLTextAreaElement;
    expect(overview.value.startsWith(GENERATED_START)).toBe(true);
    fireEvent.change(overview, { target: { value: '本月运行平稳。（人工修改）' } });
    expect(overview.value).toBe('本月运行平稳。（人工修改）');
    expect(screen.getByText('已编辑')).toBeTruthy();
    const stored = () => parseRecord(localStorage.getItem(paragraphKey(editsKey('2025-03', 'R', 'zh-CN'), 'overview')));
    expect(stored()?.text).toBe('本月运行平稳。（人工修改）');

    // A reload: the page is drawn again from nothing but what the browser kept.
    first.unmount();
    open('2025-03');
    await paper();
    const again = screen.getByLabelText('编辑段落：政务服务事项办理情况') as HTMLTextAreaElement;
    expect(again.value).toBe('本月运行平稳。（人工修改）');
    // The print copy says the same.
    expect(again.parentElement!.querySelector('.bulletin-text')!.textContent).toBe('本月运行平稳。（人工修改）');

    fireEvent.click(screen.getByRole('button', { name: '恢复自动生成（政务服务事项办理情况）' }));
    expect((screen.getByLabelText('编辑段落：政务服务事项办理情况') as HTMLTextAreaElement).value.startsWith(GENERATED_START)).toBe(true);
    expect(screen.queryByText('已编辑')).toBeNull();
    // Restored: kept as "no edit", so another open tab follows the reset too.
    expect(stored()?.text).toBeNull();
  });

  test('restores every paragraph at once after a confirmation', async () => {
    open('2025-03');
    await paper();
    fireEvent.change(screen.getByLabelText('编辑段落：政务服务事项办理情况'), { target: { value: '改一' } });
    fireEvent.change(screen.getByLabelText('编辑段落：工作要求'), { target: { value: '改二' } });
    fireEvent.click(screen.getByRole('button', { name: '全部恢复自动生成' }));
    expect(screen.getByText('确认将已编辑的2段全部恢复为自动生成的文字？')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '确认恢复' }));
    expect((screen.getByLabelText('编辑段落：政务服务事项办理情况') as HTMLTextAreaElement).value.startsWith(GENERATED_START)).toBe(true);
    expect((screen.getByLabelText('编辑段落：工作要求') as HTMLTextAreaElement).value).not.toBe('改二');
    expect((screen.getByRole('button', { name: '全部恢复自动生成' }) as HTMLButtonElement).disabled).toBe(true);
  });

  test('keeps edits apart per month and per language', async () => {
    const zh = open('2025-03');
    await paper();
    fireEvent.change(screen.getByLabelText('编辑段落：政务服务事项办理情况'), { target: { value: '三月的修改' } });
    zh.unmount();

    const april = open('2025-04');
    await paper('关于2025年4月全县政务服务绩效情况的通报');
    expect((screen.getByLabelText('编辑段落：政务服务事项办理情况') as HTMLTextAreaElement).value).toContain('2025年4月，全县共受理政务服务事项922件');
    april.unmount();

    open('2025-03', 'en');
    await paper('示例县 Government Service Performance Bulletin (Mar 2025)');
    expect((screen.getByLabelText('Edit paragraph: Service items handled') as HTMLTextAreaElement).value).toMatch(
      /^In Mar 2025, service items accepted in 示例县: 1,032/,
    );
  });

  test('opens the last complete month with data when no month is given, marked provisional', async () => {
    open(undefined);
    const article = await paper('关于2025年4月全县政务服务绩效情况的通报');
    expect(within(article).getByText('（临时版：部分单位数据未报齐）')).toBeTruthy();
    expect((within(article).getByLabelText('编辑段落：临时结果说明') as HTMLTextAreaElement).value).toContain('临时结果');
  });

  test('says so for a month that is not one, or has no data', async () => {
    const bad = open('2025-13');
    expect(await screen.findByText('“2025-13”不是有效的月份，请从列表中选择通报月份。', {}, { timeout: 10_000 })).toBeTruthy();
    bad.unmount();
    open('2023-01');
    expect(await screen.findByText('所选时段（2023年1月）暂无数据。', {}, { timeout: 10_000 })).toBeTruthy();
  });

  test('moves to another month through the month list', async () => {
    open('2025-03');
    await paper();
    const select = screen.getByLabelText('通报月份') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toContain('2025年4月（数据不完整）');
    fireEvent.change(select, { target: { value: '2025-02' } });
    expect(window.location.hash).toBe('#/bulletin/2025-02');
  });

  test('exports to Excel what is on screen, edits included, loading the writer only then', async () => {
    open('2025-03');
    await paper();
    fireEvent.change(screen.getByLabelText('编辑段落：政务服务事项办理情况'), { target: { value: '导出前的修改' } });
    const saved: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob);
      return 'blob:bulletin';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '导出 Excel' }));
    });
    expect(await screen.findByText(`已生成：${TITLE}.xlsx`, {}, { timeout: 10_000 })).toBeTruthy();
    expect(saved).toHaveLength(1);
    const sheets = await readXlsxFile(saved[0]!);
    expect(sheets[0]!.data.flat()).toContain('导出前的修改');
    const ranking = sheets.find((sheet) => sheet.sheet === '部门排名')!.data;
    expect(ranking[2]!.slice(0, 2)).toEqual([1, '甲局']);
  });
});
