import { http, HttpResponse, type RequestHandler } from 'msw';
import type { MonthlyRecord, Office } from '../../src/domain';

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
