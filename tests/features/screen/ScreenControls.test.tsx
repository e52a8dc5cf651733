import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { ScreenPage } from '../../../src/features/screen';
import { SCREEN_SETTINGS_KEY } from '../../../src/features/screen/settingsStore';
import { parseHash } from '../../../src/ui';
import { mockBackend, renderApp } from '../../render';

const backend = mockBackend('normal');

function canvas() {
  return document.querySelector<HTMLElement>('.screen-canvas')!;
}

async function open(hash: string) {
  const view = renderApp(<ScreenPage params={{}} />, { adapter: backend.adapter(), hash });
  await screen.findAllByRole('heading', { level: 2 }, { timeout: 10_000 });
  await waitFor(() => expect(document.querySelector('.screen-pages')).toBeTruthy(), { timeout: 10_000 });
  return view;
}

afterEach(() => {
  cleanup();
  localStorage.removeItem(SCREEN_SETTINGS_KEY);
});

describe('operating the big screen without editing the URL', () => {
  test('page tabs are buttons: a click shows that page and keeps the rotation going from there', async () => {
    await open('#/screen?pages=overview,map,rankings,reviews,hotline,alerts&rotate=600');
    const tabs = screen.getByRole('list', { name: '轮播页面' });
    expect(
      within(tabs)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['总览', '地图', '排名', '好差评', '12345热线', '红黄牌']);
    const tab = within(tabs).getByRole('button', { name: '好差评' });
    fireEvent.click(tab);
    expect(canvas().dataset.page).toBe('reviews');
    expect(within(tabs).getByText('好差评').closest('li')!.getAttribute('aria-current')).toBe('page');
    // The clicked tab keeps the focus: the page keys still work from it (in the browser the event starts there).
    tab.focus();
    fireEvent.keyDown(tab, { key: '6' });
    expect(canvas().dataset.page).toBe('alerts');
    fireEvent.keyDown(tab, { key: 'ArrowRight' });
    expect(canvas().dataset.page).toBe('overview');
    // Space on a focused button presses the button; it does not pause the wall.
    fireEvent.keyDown(tab, { key: ' ' });
    expect(screen.queryByText('已暂停')).toBeNull();
    fireEvent.keyDown(window, { key: ' ' });
    expect(screen.getByText('已暂停')).toBeTruthy();
  }, 30_000);

  test('at a county the county comparison page is not shown: it needs counties under the scope', async () => {
    await open('#/screen?pages=overview,regions,map&rotate=600');
    expect(canvas().dataset.pages).toBe('overview,map');
  }, 30_000);

  test('? shows the keys and hides them again; Esc closes them', async () => {
    await open('#/screen?pages=overview,rankings&rotate=600');
    fireEvent.keyDown(window, { key: '?' });
    const help = screen.getByRole('dialog', { name: '按键说明' });
    expect(help.textContent).toContain('空格');
    expect(help.textContent).toContain('暂停 / 继续轮播');
    expect(help.textContent).toContain('进入 / 退出全屏');
    fireEvent.keyDown(window, { key: '?' });
    expect(screen.queryByRole('dialog', { name: '按键说明' })).toBeNull();
    fireEvent.keyDown(window, { key: '?' });
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: '按键说明' })).toBeNull();
  }, 30_000);

  test('the controls: full screen, settings, help and a way back to the everyday screens', async () => {
    await open('#/screen?pages=overview&rotate=0');
    const controls = screen.getByRole('navigation', { name: '大屏操作' });
    expect(within(controls).getByRole('button', { name: '设置' })).toBeTruthy();
    expect(within(controls).getByRole('link', { name: '退出大屏' }).getAttribute('href')).toBe('#/');
    fireEvent.mouseEnter(within(controls).getByRole('button', { name: '帮助 ?' }));
    expect(screen.getByRole('dialog', { name: '按键说明' })).toBeTruthy();
    fireEvent.mouseLeave(within(controls).getByRole('button', { name: '帮助 ?' }));
    expect(screen.queryByRole('dialog', { name: '按键说明' })).toBeNull();
  }, 30_000);

  test('settings: chosen in the panel, kept in this browser and in the address; a reload finds them; the link reproduces them elsewhere', async () => {
    const first = await open('#/screen?rotate=600');
    fireEvent.keyDown(window, { key: 's' });
    const dialog = screen.getByRole('dialog', { name: '大屏设置' });
    // The rotation holds still while staff choose.
    expect(document.body.textContent).toContain('已暂停');
    // Pages: drop the overview, move 红黄牌 to the front.
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /总览/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: '将“红黄牌”上移' }));
    for (let i = 0; i < 4; i++) fireEvent.click(within(dialog).getByRole('button', { name: '将“红黄牌”上移' }));
    fireEvent.change(within(dialog).getByRole('textbox', { name: /每页停留/ }), { target: { value: '45' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /数据刷新间隔/ }), { target: { value: '120' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: '当月（进行中，可能未报齐）' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: '浅色' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: '按红黄牌' }));
    const link = (within(dialog).getByRole('textbox', { name: /分享链接/ }) as HTMLInputElement).value;
    expect(link).toContain(
      '#/screen?pages=alerts%2Cmap%2Crankings%2Cregions%2Creviews%2Chotline&rotate=45&refresh=120&scale=fit&month=current&theme=light&mapColour=cards',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: '保存并应用' }));

    expect(screen.queryByRole('dialog', { name: '大屏设置' })).toBeNull();
    expect(document.body.textContent).not.toContain('已暂停');
    expect(window.location.hash).toBe(link.slice(link.indexOf('#')));
    expect(JSON.parse(localStorage.getItem(SCREEN_SETTINGS_KEY)!)).toMatchObject({
      pages: ['alerts', 'map', 'rankings', 'regions', 'reviews', 'hotline'],
      rotateSeconds: 45,
      theme: 'light',
    });
    await waitFor(() => expect(canvas().dataset.pages).toBe('alerts,map,rankings,reviews,hotline'));
    expect(document.querySelector('.screen-root')!.getAttribute('data-theme')).toBe('light');
    first.unmount();

    // The hall PC restarts on its bookmark, without parameters: the stored settings apply.
    await open('#/screen');
    expect(canvas().dataset.pages).toBe('alerts,map,rankings,reviews,hotline');
    expect(document.querySelector('.screen-root')!.getAttribute('data-theme')).toBe('light');
    cleanup();

    // Another PC, nothing stored: the link alone reproduces them.
    localStorage.removeItem(SCREEN_SETTINGS_KEY);
    await open(link.slice(link.indexOf('#')));
    expect(canvas().dataset.pages).toBe('alerts,map,rankings,reviews,hotline');
    expect(parseHash(window.location.hash).params.get('mapColour')).toBe('cards');
  }, 30_000);

  test('the panel refuses a rotation too fast to read and keeps the wall as it was on cancel', async () => {
    await open('#/screen?pages=overview,rankings&rotate=600');
    fireEvent.click(screen.getByRole('button', { name: '设置' }));
    const dialog = screen.getByRole('dialog', { name: '大屏设置' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /每页停留/ }), { target: { value: '2' } });
    expect((within(dialog).getByRole('button', { name: '保存并应用' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
    expect(localStorage.getItem(SCREEN_SETTINGS_KEY)).toBeNull();
    expect(window.location.hash).toBe('#/screen?pages=overview,rankings&rotate=600');
    await act(async () => undefined);
  }, 30_000);
});
