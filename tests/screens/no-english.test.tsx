/**
 * No English word in the Chinese interface: the main screens drawn in zh-CN over the mock backend
 * (the demo county), month, quarter and year-to-date, and every word a reader sees checked for
 * Latin runs of three or more letters (tests/latin.ts: formats like Word, Excel, PNG are allowed).
 * A failure lists each word found with the text around it.
 */
import { screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import { addMonths, lastCompleteMonth, type Office } from '../../src/domain';
import { AlertsPage } from '../../src/features/alerts';
import { BulletinPage } from '../../src/features/bulletin';
import { OfficePage } from '../../src/features/office';
import { OverviewPage } from '../../src/features/overview';
import { RankingsPage } from '../../src/features/rankings';
import { ScreenPage } from '../../src/features/screen';
import { StatusPage } from '../../src/features/status';
import { ThemePage } from '../../src/features/themes';
import { servedData } from '../../mocks/scenarios';
import { latinWords, visibleTexts } from '../latin';
import { mockBackend, renderApp, withLayoutSize } from '../render';

const END = lastCompleteMonth(new Date());
const backend = mockBackend('normal', { endMonth: END });
withLayoutSize();

const offices = servedData('normal', { endMonth: END }).offices as Office[];
const department = offices.find((office) => office.kind === 'department')!.id;
const township = offices.find((office) => office.kind === 'township')!.id;

interface Case {
  name: string;
  ui: ReactElement;
  hash: string;
  /** What is on screen once the data is drawn. */
  ready: () => Promise<unknown>;
}

const T = { timeout: 15_000 };
const heading = (name: string | RegExp) => () => screen.findByRole('heading', { name }, T);
const table = (name: string | RegExp) => () => screen.findByRole('table', { name }, T);

const PERIODS = [
  ['月度', `m:${END}`],
  ['季度', `q:${addMonths(END, -2)}`],
  ['年初至今', `ytd:${END}`],
] as const;

const CASES: Case[] = [
  ...PERIODS.flatMap(([label, period]): Case[] => [
    { name: `总览（${label}）`, ui: <OverviewPage params={{}} />, hash: `#/overview?period=${period}`, ready: heading('本期主要指标') },
    { name: `排名（${label}）`, ui: <RankingsPage params={{}} />, hash: `#/rankings?period=${period}`, ready: table(/部门排名表/) },
    {
      name: `排名·按单项指标（${label}）`,
      ui: <RankingsPage params={{}} />,
      hash: `#/rankings?period=${period}&by=goodReviewRate`,
      ready: table(/部门排名表/),
    },
    { name: `红黄牌（${label}）`, ui: <AlertsPage params={{}} />, hash: `#/alerts?period=${period}`, ready: heading('本期红黄牌') },
    { name: `专题（${label}）`, ui: <ThemePage params={{ theme: 'handling' }} />, hash: `#/themes/handling?period=${period}`, ready: heading(/指标（/) },
  ]),
  { name: '乡镇排名', ui: <RankingsPage params={{}} />, hash: '#/rankings?kind=township', ready: table(/乡镇（街道）排名表/) },
  { name: '单位详情（部门）', ui: <OfficePage params={{ id: department }} />, hash: `#/office/${department}`, ready: table(/得分构成/) },
  { name: '单位详情（乡镇）', ui: <OfficePage params={{ id: township }} />, hash: `#/office/${township}`, ready: table(/得分构成/) },
  { name: '专题·好差评', ui: <ThemePage params={{ theme: 'reviews' }} />, hash: '#/themes/reviews', ready: heading(/指标（/) },
  { name: '专题·热线', ui: <ThemePage params={{ theme: 'hotline' }} />, hash: '#/themes/hotline', ready: heading(/指标（/) },
  { name: '月度通报', ui: <BulletinPage params={{ month: END }} />, hash: `#/bulletin/${END}`, ready: () => screen.findByRole('article', {}, T) },
  { name: '数据源状态', ui: <StatusPage />, hash: '#/status', ready: heading('数据质量报告') },
  {
    name: '大屏',
    ui: <ScreenPage params={{}} />,
    hash: '#/screen?pages=overview,rankings,alerts&rotate=0',
    ready: async () => {
      await screen.findByRole('region', { name: '受理件数' }, T);
      await screen.findByRole('heading', { name: '部门综合排名' }, T);
    },
  },
];

describe('no English word on the Chinese screens', () => {
  for (const item of CASES) {
    test(item.name, { timeout: 30_000 }, async () => {
      renderApp(item.ui, { adapter: backend.adapter(), hash: item.hash, locale: 'zh-CN' });
      await item.ready();
      expect(latinWords(visibleTexts(document.body)), `English on ${item.name}`).toEqual([]);
    });
  }
});
