import { http, HttpResponse, type RequestHandler } from 'msw';
import type { AppConfig } from '../../src/adapters/config';
import { monthsBetween, type MonthKey, type MonthlyRecord, type Office } from '../../src/domain';

/** What parseConfig makes of an empty config.json: the demo with every default. */
export const DEFAULT_CONFIG: AppConfig = {
  title: '{region}政务服务绩效监测',
  dataSource: { type: 'mock', scenario: 'normal' },
  refreshSeconds: 300,
  locale: 'zh-CN',
  allowUrlOverride: false,
};

/** A made-up backend that speaks the contract, on its own origin so nothing real is ever hit. */
export const BASE_URL = 'http://backend.test/api/v1';

export const OFFICES: Office[] = [
  { id: 'county', name: '示例县', kind: 'region', parentId: null },
  { id: 'd-police', name: '县公安局', kind: 'department', parentId: 'county' },
  { id: 'd-hrss', name: '县人社局', kind: 'department', parentId: 'county' },
  { id: 't-chengguan', name: '城关镇', kind: 'township', parentId: 'county' },
  { id: 'v-dongguan', name: '东关村便民服务室', kind: 'village', parentId: 't-chengguan' },
];

export const MONTHS = ['2025-01', '2025-02', '2025-03'];
export const QUERY = { from: '2025-01', to: '2025-03', officeIds: new Set(OFFICES.map((o) => o.id)) };

/** A row that passes every rule; `overrides` can break it on purpose. */
export function goodRecord(officeId: unknown, month: unknown, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    officeId,
    month,
    accepted: 1200,
    completed: 1180,
    completedOnTime: 1179,
    overdue: 1,
    nearDeadline: 3,
    onlineAccepted: 1020,
    fullyOnline: 610,
    reviews: 1060,
    activeReviews: 1040,
    goodReviews: 1058,
    badReviews: 2,
    badReviewsRectified: 2,
    hotlineTickets: 150,
    hotlineResponded: 150,
    hotlineOnTime: 149,
    hotlineResolved: 141,
    hotlineRevisited: 120,
    hotlineSatisfied: 119,
    disclosures: 40,
    disclosuresAdopted: 6,
    ...overrides,
  };
}

export function goodRecords(): Record<string, unknown>[] {
  return MONTHS.flatMap((month) => OFFICES.map((office) => goodRecord(office.id, month)));
}

/**
 * A large payload of good records, every office × every month from 2021-01 (2,000 × 50 = 100k by
 * default), sent through JSON as the adapter gets it: fresh objects, no hidden classes shared with
 * the code that built them. `extra` is added to every row; `accepted` varies from row to row.
 */
export function largeRecordsPayload({ offices = 2000, to = '2025-02' as MonthKey, extra = {} as Record<string, unknown> } = {}) {
  const months = monthsBetween('2021-01', to);
  const officeIds = Array.from({ length: offices }, (_, i) => `office-${i}`);
  const rows: unknown[] = [];
  for (const month of months) {
    for (const officeId of officeIds) rows.push(goodRecord(officeId, month, { ...extra, accepted: 1100 + (rows.length % 97) }));
  }
  const payload: unknown = JSON.parse(JSON.stringify({ records: rows }));
  return { payload, rows: rows.length, query: { from: months[0]!, to: months.at(-1)!, officeIds: new Set(officeIds) } };
}

/** The v1.1 counts of a good record (the five review levels sent): their rules are read from them. */
export const V11_COUNTS = {
  carriedOver: 100,
  overdueOpen: 0,
  badReviewsOverdue: 0,
  hotlineCompleted: 149,
  reviewsVerySatisfied: 1000,
  reviewsSatisfied: 40,
  reviewsBasicallySatisfied: 18,
  reviewsDissatisfied: 2,
  reviewsVeryDissatisfied: 0,
};

export const SCHEME_PAYLOAD = {
  version: 1,
  id: 'county-2025',
  name: '2025年度政务服务绩效考核方案',
  indicators: [{ indicatorId: 'onlineRate', weight: 1, floor: 0.6, target: 0.95, appliesTo: ['department', 'township'] }],
  cardRules: [],
};

/** The contract served straight: each test replaces one route with server.use(). */
export function contractHandlers(): RequestHandler[] {
  return [
    http.get(`${BASE_URL}/offices`, () => HttpResponse.json({ offices: OFFICES })),
    http.get(`${BASE_URL}/records`, ({ request }) => {
      const url = new URL(request.url);
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      const records = goodRecords().filter((r) => String(r.month) >= from && String(r.month) <= to);
      return HttpResponse.json({ records });
    }),
    http.get(`${BASE_URL}/scheme`, () => new HttpResponse(null, { status: 404 })),
  ];
}

/** Records as the adapter returns them: only the contract's fields. */
export function asRecord(row: Record<string, unknown>): MonthlyRecord {
  return row as unknown as MonthlyRecord;
}
