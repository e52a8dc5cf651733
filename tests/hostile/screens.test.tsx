// Each catalogue case drawn by the status and rankings screens: a clear message or the quality report, the good offices ranked, names as text, no NaN/undefined/Infinity.
import { screen, waitFor, within } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { DataAdapter } from '../../src/adapters';
import { RankingsPage } from '../../src/features/rankings';
import { StatusPage } from '../../src/features/status';
import { renderApp, withLayoutSize } from '../render';
import { HOSTILE_CASES, type HostileCase, type Transport } from './catalogue';
import { caseBytes, filesFor, handlersFor, HOSTILE_BASE_URL, loadViaFile, SCREEN_NOW, type LoadOutcome } from './harness';
import { createHttpAdapter } from '../../src/adapters';
import { isFileLoadError } from '../../src/adapters/file';

let served: Uint8Array = new Uint8Array();
const server = setupServer(...handlersFor(() => served));
withLayoutSize();
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // Only the clock: the cases hold 2025-04 to 2025-06, so the screens open on June 2025.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(SCREEN_NOW);
});
afterEach(() => {
  server.resetHandlers();
  delete (window as { __pwned?: unknown }).__pwned;
});
afterAll(() => {
  vi.useRealTimers();
  server.close();
});

let variant = 0;
/**
 * The case as a data source, or null for a file that cannot be read: such a file never becomes a
 * data source (the upload screen words its error, hostile/adapters.test.ts), which this asserts is what the
 * catalogue expects of it, so a test that gets null has nothing to draw.
 */
async function adapterFor(item: HostileCase, via: Transport): Promise<DataAdapter | null> {
  if (via === 'http') {
    served = caseBytes(item);
    return createHttpAdapter({ baseUrl: HOSTILE_BASE_URL, variant: `${item.id}-${++variant}`, timeoutMs: 20_000 });
  }
  const outcome: LoadOutcome = await loadViaFile(filesFor(item));
  if (outcome.ok) return outcome.loaded.adapter;
  expect(item.outcome.kind).toBe('refused');
  const expectedCode = item.outcome.kind === 'refused' ? item.outcome.file?.code : undefined;
  expect(isFileLoadError(outcome.error) ? outcome.error.code : outcome.error).toBe(expectedCode);
  return null;
}

/**
 * The page's text without what is quoted from the data: values in “…” and "…", and the detail of a
 * refused response, which quotes the payload (JSON.parse: `Unexpected token 'N', ..."d": NaN...`).
 */
function ownText(): string {
  const page = document.body.cloneNode(true) as HTMLElement;
  page.querySelectorAll('[role="alert"] p').forEach((detail) => detail.remove());
  return (page.textContent ?? '').replace(/“[^”]*”|"[^"]*"/g, '');
}

/** Nothing drawn from data became markup, and no payload ran. */
function expectInert() {
  expect(document.querySelector('img[src="x"], iframe, svg[onload], body script')).toBeNull();
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  expect(ownText()).not.toMatch(/NaN|undefined|Infinity|\[object/);
}

async function departmentTableIds(): Promise<string[]> {
  const table = await screen.findByRole('table', { name: /部门排名表/ }, { timeout: 15_000 });
  return within(table)
    .getAllByRole('link')
    .map((link) => /#\/office\/([^?]+)/.exec(link.getAttribute('href') ?? '')?.[1])
    .filter((id): id is string => id !== undefined)
    .map(decodeURIComponent);
}

const runs = HOSTILE_CASES.filter((item) => item.file).flatMap((item) => item.via.map((via) => [item.id, via, item] as const));

describe.each(runs)('%s via %s', (_, via, item) => {
  test('the status screen says what arrived and what was left out', async () => {
    const adapter = await adapterFor(item, via);
    if (!adapter) return; // refused on reading, as adapterFor asserted
    renderApp(<StatusPage />, { adapter, hash: '#/status' });
    if (item.outcome.kind === 'refused') {
      const alert = await screen.findByRole('alert', undefined, { timeout: 15_000 });
      expect(alert.textContent).toContain('数据加载失败');
      // What the contract found is in the technical details, worded once the words of errors arrive.
      await waitFor(() => expect(alert.textContent).toMatch(/返回的数据不符合接口约定/));
      expectInert();
      return;
    }
    await screen.findByText('单位数（按类型）', undefined, { timeout: 15_000 });
    // The quality report is drawn with the rest of the loaded screen, under its own heading.
    const quality = screen.getByRole('region', { name: '数据质量报告' });
    if (item.outcome.kind === 'reported') {
      const rows = within(quality).getAllByRole('row').slice(1);
      expect(rows.length).toBeGreaterThan(0);
      // Every row is worded in Chinese: the problem column and the detail column.
      for (const row of rows) {
        const cells = row.querySelectorAll('td');
        expect(cells[5]!.textContent).toMatch(/[\u4e00-\u9fff]/);
        expect(cells[6]!.textContent).toMatch(/[\u4e00-\u9fff]/);
      }
    } else {
      // Nothing left out; a v1 payload may still earn notes (on time + overdue ≠ completed), rows kept.
      expect(within(quality).getByText(/未发现问题|另有 \d+ 条提示/)).toBeTruthy();
    }
    if (item.outcome.kind === 'empty') expect(screen.getByText('尚无月度数据')).toBeTruthy();
    expectInert();
  }, 30_000);

  test('the rankings screen ranks the good offices, or says why it cannot', async () => {
    const adapter = await adapterFor(item, via);
    if (!adapter) return; // refused on reading, as adapterFor asserted
    const loaded = item.outcome.kind === 'refused' ? null : await adapter.getOffices();
    renderApp(<RankingsPage params={{}} />, { adapter, hash: '#/rankings' });
    if (item.outcome.kind === 'refused') {
      expect((await screen.findByRole('alert', undefined, { timeout: 15_000 })).textContent).toContain('数据加载失败');
      expectInert();
      return;
    }
    if (item.outcome.kind === 'empty') {
      expect(await screen.findByText(/暂无数据/, undefined, { timeout: 15_000 })).toBeTruthy();
      expect(screen.queryByRole('table')).toBeNull();
      expectInert();
      return;
    }
    const departments = loaded!.offices.filter((office) => office.kind === 'department');
    const shown = await departmentTableIds();
    expect([...shown].sort()).toEqual(departments.map((office) => office.id).sort());
    const table = screen.getByRole('table', { name: /部门排名表/ });
    for (const office of departments) expect(within(table).getByText(office.name, { exact: true })).toBeTruthy();
    for (const name of item.names ?? []) {
      const office = loaded!.offices.find((candidate) => candidate.name === name);
      if (office?.kind === 'department') expect(within(table).getByText(name, { exact: true }).tagName).toBe('A');
    }
    // Every ranked row has a score drawn by the formatters.
    for (const row of within(table).getAllByRole('row').slice(1)) expect(row.textContent).not.toMatch(/NaN|undefined|Infinity/);
    expectInert();
  }, 30_000);
});
