import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { schemeFromV1, type Scheme } from '../../../../src/domain';
import { SchemeSettings } from '../../../../src/features/settings/scheme/SchemeSettings';
import { mockBackend, renderApp } from '../../../render';

/** The save path of 设置 → 考核方案 when another tab saves too, or the browser refuses the write. */
const STORAGE_KEY = 'spd.scheme.v1';
const backend = mockBackend('normal');

const BASE: Scheme = schemeFromV1({
  version: 1,
  id: 'county-2026',
  name: '2026年考核方案',
  indicators: [{ indicatorId: 'onlineRate', weight: 100, floor: 0.5, target: 1, appliesTo: ['department', 'township'] }],
  cardRules: [],
});

afterEach(() => {
  localStorage.removeItem(STORAGE_KEY);
  vi.restoreAllMocks();
});

/** Another tab saves: storage changes and this tab gets the storage event. */
function anotherTabSaves(scheme: Scheme) {
  act(() => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(scheme));
    window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY }));
  });
}

async function openEditor() {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(BASE));
  renderApp(<SchemeSettings />, { adapter: backend.adapter(), hash: '#/settings/scheme' });
  await screen.findByText(/当前生效：/, undefined, { timeout: 10_000 });
  await waitFor(() => expect((screen.getByLabelText('方案名称') as HTMLInputElement).value).toBe('2026年考核方案'));
}

describe('saving the scheme', { timeout: 30_000 }, () => {
  test('another tab saved a different field meanwhile: both changes are kept, and the notice says so', async () => {
    const user = userEvent.setup();
    await openEditor();
    const name = screen.getByLabelText('方案名称');
    await user.clear(name);
    await user.type(name, '2026年考核方案（修订）');
    anotherTabSaves({ ...BASE, rules: { ...BASE.rules, talkAfterMonths: 4 } });
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    expect(await screen.findByText(/另一个标签页同时保存的其他修改也已保留/)).toBeTruthy();
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme;
    expect(saved.name).toBe('2026年考核方案（修订）');
    expect(saved.rules.talkAfterMonths).toBe(4);
  });

  test('another tab saved the same field differently: nothing is overwritten, the field is named, and the user chooses', async () => {
    const user = userEvent.setup();
    await openEditor();
    const name = screen.getByLabelText('方案名称');
    await user.clear(name);
    await user.type(name, '本页的名称');
    anotherTabSaves({ ...BASE, name: '另一页的名称' });
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    const conflict = await screen.findByText(/未保存：在您编辑期间，另一个标签页保存了方案“另一页的名称”。/);
    expect(conflict.textContent).toContain('以下内容两边改得不一样：方案名称。');
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme).name).toBe('另一页的名称');
    // The draft is still on screen.
    expect((screen.getByLabelText('方案名称') as HTMLInputElement).value).toBe('本页的名称');
    await user.click(screen.getByRole('button', { name: '用本页的方案覆盖' }));
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme).name).toBe('本页的名称');
    expect(screen.queryByText(/未保存：在您编辑期间/)).toBeNull();
  });

  test('storage full: no error thrown, the scheme in force here, a notice with the JSON to keep', async () => {
    const user = userEvent.setup();
    await openEditor();
    const name = screen.getByLabelText('方案名称');
    await user.clear(name);
    await user.type(name, '存不下的方案');
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    const notice = await screen.findByText('方案“存不下的方案”没有保存到浏览器。');
    expect(notice.closest('[role="alert"]')!.textContent).toContain('浏览器的存储空间已满。');
    expect(screen.getByText(/当前生效：/).closest('p')!.textContent).toContain('存不下的方案');
    full.mockRestore();
    await user.click(screen.getByRole('button', { name: '再试一次保存' }));
    await waitFor(() => expect(screen.queryByText('方案“存不下的方案”没有保存到浏览器。')).toBeNull());
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme).name).toBe('存不下的方案');
  });

  test('refused, then another tab saved the same field: trying again does not overwrite it; the user chooses, and taking theirs lets go of this tab’s', async () => {
    const user = userEvent.setup();
    await openEditor();
    const name = screen.getByLabelText('方案名称');
    await user.clear(name);
    await user.type(name, '本页的名称');
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: '保存并应用' }));
    await screen.findByText('方案“本页的名称”没有保存到浏览器。');
    full.mockRestore();
    anotherTabSaves({ ...BASE, name: '另一页的名称' });
    await user.click(screen.getByRole('button', { name: '再试一次保存' }));
    const conflict = await screen.findByText(/未保存：在您编辑期间，另一个标签页保存了方案“另一页的名称”。/);
    expect(conflict.textContent).toContain('方案名称');
    expect((JSON.parse(localStorage.getItem(STORAGE_KEY)!) as Scheme).name).toBe('另一页的名称');
    await user.click(screen.getByRole('button', { name: '放弃本页的修改，使用另一页保存的方案' }));
    await waitFor(() => expect(screen.getByText(/当前生效：/).closest('p')!.textContent).toContain('另一页的名称'));
    expect(screen.queryByText('方案“本页的名称”没有保存到浏览器。')).toBeNull();
    expect(screen.queryByText(/未保存：在您编辑期间/)).toBeNull();
  });
});
