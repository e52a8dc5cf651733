import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildEngineData } from '../../../src/engine';
import { I18nProvider, ScopeBreadcrumb, ScopePicker } from '../../../src/ui';
import { regionPath } from '../../../src/ui/view/scopeTree';
import { planProvince } from '../../../mocks/tree';

afterEach(cleanup);

// The province's tree (14 prefectures, ~140 counties): offices only, no records.
const offices = planProvince(1).offices;
const regions = offices.filter((office) => office.kind === 'region');
const engine = buildEngineData(offices, []);
const prefecture = regions.find((region) => region.parentId === 'prov')!;
const county = regions.find((region) => region.parentId === prefecture.id)!;

function draw(scopeId: string, onChange = vi.fn()) {
  render(
    <I18nProvider defaultLocale="zh-CN">
      <ScopePicker regions={regions} scopeId={scopeId} onChange={onChange} />
    </I18nProvider>,
  );
  return onChange;
}

const lists = () => screen.getAllByRole('combobox') as HTMLSelectElement[];
const labels = (select: HTMLSelectElement) => Array.from(select.options, (option) => option.textContent);

describe('the scope picker at province size', () => {
  test('one list per level, never the whole tree in one: the province lists its prefectures only', () => {
    expect(regions.length).toBeGreaterThan(140);
    draw('prov');
    expect(lists()).toHaveLength(1);
    const [top] = lists();
    expect(top!.options.length).toBe(15);
    expect(labels(top!)[0]).toBe('青川省（全部）');
    expect(top!.value).toBe('prov');
    expect(top!.getAttribute('aria-label')).toBe('青川省下辖地区');
  });

  test('at a county: the prefecture picked above, its counties below; picking another level moves the scope', () => {
    const onChange = draw(county.id);
    const [top, second] = lists();
    expect(lists()).toHaveLength(2);
    expect(top!.value).toBe(prefecture.id);
    expect(second!.value).toBe(county.id);
    expect(labels(second!)[0]).toBe(`${prefecture.name}（全部）`);
    expect(second!.options.length).toBe(regions.filter((region) => region.parentId === prefecture.id).length + 1);
    // Back up to the whole prefecture, or over to another prefecture.
    fireEvent.change(second!, { target: { value: prefecture.id } });
    expect(onChange).toHaveBeenLastCalledWith(prefecture.id);
    const other = regions.filter((region) => region.parentId === 'prov')[5]!;
    fireEvent.change(top!, { target: { value: other.id } });
    expect(onChange).toHaveBeenLastCalledWith(other.id);
  });

  test('a tree of one region has nothing to pick', () => {
    render(
      <I18nProvider defaultLocale="zh-CN">
        <ScopePicker regions={[regions[0]!]} scopeId={regions[0]!.id} onChange={() => {}} />
      </I18nProvider>,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
  });
});

describe('the breadcrumb', () => {
  test('青川省 › 市 › 县: the regions above are links to the same screen there, keeping the period; the scope is the current page', () => {
    window.location.hash = `#/rankings?period=m:2026-05&scope=${county.id}&q=城东&page=2`;
    render(
      <I18nProvider defaultLocale="zh-CN">
        <ScopeBreadcrumb path={regionPath(engine, county.id)} rootId="prov" regionCount={regions.length} />
      </I18nProvider>,
    );
    const nav = screen.getByRole('navigation', { name: '地区层级' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['青川省', prefecture.name]);
    expect(links[0]!.getAttribute('href')).toBe('#/rankings?period=m%3A2026-05');
    expect(links[1]!.getAttribute('href')).toBe(`#/rankings?period=m%3A2026-05&scope=${prefecture.id}`);
    expect(within(nav).getByText(county.name).getAttribute('aria-current')).toBe('page');
  });
});
