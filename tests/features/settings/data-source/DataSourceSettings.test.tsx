import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  createOwnDataStore,
  loadFilesHere,
  type KeyValue,
  type LoadFiles,
  type LoadProgress,
  type OwnDataset,
  type OwnDataStore,
} from '../../../../src/adapters/file';
import type { DataAdapter } from '../../../../src/adapters/types';
import type { Locale } from '../../../../src/domain';
import { useDataSource, useDataset } from '../../../../src/data';
import { readSourceChoice } from '../../../../src/data/sourceChoice';
import { SourceSwitchProvider } from '../../../../src/data/sourceSwitch';
import { DataSourceSettings } from '../../../../src/features/settings/data-source/DataSourceSettings';
import { renderApp, TEST_CONFIG } from '../../../render';

const EMPTY = { accepted: 0, rejected: 0, issues: [] };

/** The configured source: a county nobody uploads. */
const configured: DataAdapter = {
  id: 'mock:http://mock.test/api#fixed',
  description: 'http://mock.test/api',
  type: 'mock',
  getOffices: async () => ({
    offices: [
      { id: 'QL', name: '青岚县', kind: 'region', parentId: null },
      { id: 'QL-D1', name: '青岚县公安局', kind: 'department', parentId: 'QL' },
    ],
    quality: { accepted: 2, rejected: 0, issues: [] },
  }),
  getRecords: async () => ({ records: [], quality: EMPTY }),
  getScheme: async () => null,
};

function memoryKeyValue(): KeyValue & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    del: async (key) => void data.delete(key),
  };
}

function memoryStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

/** What the screens see: the adapter in use and the offices it serves. */
function Probe() {
  const { adapter } = useDataSource();
  const { dataset } = useDataset();
  return (
    <output data-testid="probe">
      {adapter.id}|{dataset?.offices.map((office) => office.name).join(',') ?? ''}
    </output>
  );
}

const OFFICES_CSV =
  '单位编码,单位名称,单位类型,上级单位编码\r\nBL,白鹭县,区域,\r\nBL-D1,白鹭县公安局,部门,BL\r\nBL-D2,白鹭县人社局,部门,BL\r\nBL-T1,白鹭镇,乡镇,BL\r\n';
const RECORDS_CSV =
  '\uFEFF单位编码,月份,受理件数,办结件数,评价数,好评数,差评数\r\n' +
  'BL-D1,2026-10,1000,990,900,895,2\r\n' +
  'BL-D2,2026-10,800,790,700,697,1\r\n' +
  'BL-T1,2026-10,-4,500,400,399,1\r\n';

function csvFile(name: string, text: string): File {
  return new File([text], name, { type: 'text/csv' });
}

let kv: ReturnType<typeof memoryKeyValue>;
let store: OwnDataStore;
let storage: ReturnType<typeof memoryStorage>;

beforeEach(() => {
  kv = memoryKeyValue();
  store = createOwnDataStore(kv);
  storage = memoryStorage();
});
afterEach(() => vi.restoreAllMocks());

function renderSection({
  loadFiles = loadFilesHere,
  locale = 'zh-CN',
  initial = configured,
}: { loadFiles?: LoadFiles; locale?: Locale; initial?: DataAdapter } = {}) {
  return renderApp(
    <SourceSwitchProvider config={TEST_CONFIG} initial={initial} storage={storage}>
      <DataSourceSettings store={store} loadFiles={loadFiles} />
      <Probe />
    </SourceSwitchProvider>,
    { adapter: configured, locale },
  );
}

const probe = () => screen.getByTestId('probe').textContent ?? '';
const fileInput = () => document.querySelector('input[type="file"]') as HTMLInputElement;

describe('设置 → 数据来源', () => {
  test('starts on the configured source with nothing stored, and offers the template and guide', async () => {
    renderSection();
    expect(await screen.findByText('本机尚未保存导入的数据。')).toBeTruthy();
    expect(screen.getByText(/演示数据（模拟） · 配置文件（config.json）指定的数据源/)).toBeTruthy();
    // The demo's backend is in the page: its address is said in words, not as an internal path.
    expect(screen.getByText('本页内置的演示接口')).toBeTruthy();
    expect(screen.getByRole('button', { name: '下载 Excel 模板（.xlsx）' })).toBeTruthy();
    expect(screen.getByText(/空白单元格表示“未报送”，不等于 0/)).toBeTruthy();
    // The picker is a labelled file input (keyboard and screen readers reach it).
    expect(screen.getByLabelText('选择文件')).toBe(fileInput());
    expect(screen.queryByRole('button', { name: '切换回配置的数据源' })).toBeNull();
    await waitFor(() => expect(probe()).toContain('青岚县公安局'));
  });

  test('files chosen in the picker are checked, stored, reported with file and row, and every screen switches to them', async () => {
    renderSection();
    await screen.findByText('本机尚未保存导入的数据。');
    await userEvent.upload(fileInput(), [csvFile('单位表.csv', OFFICES_CSV), csvFile('月度数据表.csv', RECORDS_CSV)]);

    expect(await screen.findByText(/导入完成：单位 4 个，月度记录 2 条。/)).toBeTruthy();
    expect(screen.getByText(/1 行有问题，未计入统计/)).toBeTruthy();
    // The bad row: file, spreadsheet row (header = 1), code, column by its template header, reason.
    const report = screen.getByRole('table', { name: '数据质量报告' });
    const cells = within(report).getAllByRole('row')[1]!.querySelectorAll('td');
    expect(Array.from(cells, (cell) => cell.textContent)).toEqual([
      '月度数据表.csv',
      '4',
      'BL-T1',
      '2026年10月',
      '受理件数',
      '出现负数',
      expect.stringContaining('-4'),
    ]);
    // Kept in the store, chosen, and shown by the screens.
    const stored = await store.load();
    expect(stored?.offices).toHaveLength(4);
    expect(readSourceChoice(storage)).toEqual({ kind: 'file', id: stored!.id, files: ['单位表.csv', '月度数据表.csv'], loadedAt: stored!.loadedAt });
    await waitFor(() => expect(probe()).toBe(`file:${stored!.id}|白鹭县,白鹭县公安局,白鹭县人社局,白鹭镇`));
    expect(screen.getByText(/本地文件 · 本机导入的数据/)).toBeTruthy();
    expect(screen.getByText('单位表.csv, 月度数据表.csv')).toBeTruthy();
    expect(screen.getByText(/（正在使用）/)).toBeTruthy();
    // Absent columns are said to be "not reported", never 0.
    expect(screen.getByText(/没有以下列，相应数据按“未报送”处理（不是 0）/)).toBeTruthy();
  });

  test('back to the configured source and to the stored data again; then removed', async () => {
    renderSection();
    await screen.findByText('本机尚未保存导入的数据。');
    await userEvent.upload(fileInput(), [csvFile('单位表.csv', OFFICES_CSV), csvFile('月度数据表.csv', RECORDS_CSV)]);
    await screen.findByText(/导入完成/);
    const id = (await store.load())!.id;

    await userEvent.click(screen.getByRole('button', { name: '切换回配置的数据源' }));
    expect(await screen.findByText(/已切换回配置的数据源/)).toBeTruthy();
    await waitFor(() => expect(probe()).toBe(`${configured.id}|青岚县,青岚县公安局`));
    expect(readSourceChoice(storage)).toEqual({ kind: 'configured' });
    expect(await store.load()).not.toBeNull();

    await userEvent.click(screen.getByRole('button', { name: '改用本机导入的数据' }));
    expect(await screen.findByText('各页面现在显示导入的数据。')).toBeTruthy();
    await waitFor(() => expect(probe()).toContain(`file:${id}|白鹭县`));

    // Removing asks first, then forgets the data and returns to the configured source.
    await userEvent.click(screen.getByRole('button', { name: '删除本机保存的数据' }));
    expect(screen.getByRole('alert').textContent).toContain('确定删除本机保存的数据？');
    expect(await store.load()).not.toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '删除本机保存的数据' }));
    expect(await screen.findByText('已删除本机保存的数据。')).toBeTruthy();
    expect(screen.getByText('本机尚未保存导入的数据。')).toBeTruthy();
    expect(kv.data.size).toBe(0);
    expect(readSourceChoice(storage)).toEqual({ kind: 'configured' });
    await waitFor(() => expect(probe()).toBe(`${configured.id}|青岚县,青岚县公安局`));
  });

  test('files dropped on the zone load the same way', async () => {
    renderSection();
    await screen.findByText('本机尚未保存导入的数据。');
    const zone = document.querySelector('.file-drop')!;
    const files = [csvFile('单位表.csv', OFFICES_CSV), csvFile('月度数据表.csv', RECORDS_CSV)];
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files, dropEffect: 'none' } });
    expect(screen.getByText(/松开鼠标即可导入/)).toBeTruthy();
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files } });
    expect(await screen.findByText(/导入完成：单位 4 个/)).toBeTruthy();
  });

  test('a file that cannot be used says why, and nothing is stored or switched', async () => {
    renderSection();
    await screen.findByText('本机尚未保存导入的数据。');
    await userEvent.upload(fileInput(), [new File(['x'], '旧表格.xls')], { applyAccept: false });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('无法导入');
    expect(alert.textContent).toContain('不支持文件“旧表格.xls”的格式');
    expect(kv.data.size).toBe(0);

    await userEvent.upload(fileInput(), [csvFile('o.csv', '单位编码,单位名称,单位类型,上级单位编码\r\nX,某县,省份,\r\n'), csvFile('r.csv', RECORDS_CSV)]);
    expect(await screen.findByText(/没有一个单位通过校验/)).toBeTruthy();
    expect(screen.getByText(/单位类型错误/)).toBeTruthy();
    expect(kv.data.size).toBe(0);
    expect(readSourceChoice(storage)).toEqual({ kind: 'configured' });
    expect(probe()).toContain(configured.id);
  });

  test('progress is shown while parsing, and a load can be cancelled', async () => {
    let report: (progress: LoadProgress) => void = () => undefined;
    let settle: (dataset: OwnDataset) => void = () => undefined;
    let aborted = false;
    const slow: LoadFiles = (_files, options = {}) =>
      new Promise<OwnDataset>((resolve, reject) => {
        report = (progress) => options.onProgress?.(progress);
        settle = resolve;
        options.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    renderSection({ loadFiles: slow });
    await screen.findByText('本机尚未保存导入的数据。');
    await userEvent.upload(fileInput(), [csvFile('月度数据表.csv', RECORDS_CSV)]);
    act(() => report({ phase: 'parse', file: '月度数据表.csv', fraction: 0.5 }));
    expect(screen.getByText('正在解析 月度数据表.csv…')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: '导入进度' }) as HTMLProgressElement;
    expect(bar.value).toBe(40);
    expect(screen.getByText('40%')).toBeTruthy();
    // The picker waits while a load runs.
    expect(fileInput().disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(aborted).toBe(true);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(fileInput().disabled).toBe(false);
    settle({} as OwnDataset);
    expect(kv.data.size).toBe(0);
  });

  test('a browser that refuses to store still shows the data, and says a reload will not keep it', async () => {
    store = { ...createOwnDataStore(kv), save: async () => Promise.reject(new DOMException('quota', 'QuotaExceededError')) };
    renderSection();
    await screen.findByText('本机尚未保存导入的数据。');
    await userEvent.upload(fileInput(), [csvFile('单位表.csv', OFFICES_CSV), csvFile('月度数据表.csv', RECORDS_CSV)]);
    expect(await screen.findByText(/本浏览器不允许保存/)).toBeTruthy();
    await waitFor(() => expect(probe()).toContain('白鹭县公安局'));
  });

  test('a CSV template downloads with a BOM and the Chinese header', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderSection();
    await userEvent.click(screen.getByRole('button', { name: '下载 CSV 模板：月度数据表' }));
    expect(clicked).toEqual(['月度数据表.csv']);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    expect(text.startsWith('\uFEFF单位编码,月份,受理件数,办结件数,')).toBe(true);
    expect(text.split('\r\n').length).toBeGreaterThan(3);
  });

  test('English is complete', async () => {
    renderSection({ locale: 'en' });
    expect(await screen.findByText('No loaded data is kept in this browser.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Load data files' })).toBeTruthy();
    expect(screen.getByLabelText('choose files')).toBe(fileInput());
    expect(screen.getByText(/An empty cell means “not reported”, which is never 0/)).toBeTruthy();
  });

  test('opened with the stored data already in use (after a reload), it says so and offers the way back', async () => {
    const dataset = await loadFilesHere([csvFile('单位表.csv', OFFICES_CSV), csvFile('月度数据表.csv', RECORDS_CSV)]);
    await store.save(dataset);
    const { createFileAdapter } = await import('../../../../src/adapters/file');
    renderSection({ initial: createFileAdapter(dataset) });
    expect(await screen.findByText(/（正在使用）/)).toBeTruthy();
    expect(screen.getByRole('table', { name: '数据质量报告' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '切换回配置的数据源' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '改用本机导入的数据' })).toBeNull();
  });
});
