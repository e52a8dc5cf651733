import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateOffices } from '../../src/adapters/validate/offices';
import { validateRecords } from '../../src/adapters/validate/records';
import { addMonths, isPartId, monthPeriod, type Office, type Period } from '../../src/domain';
import { buildEngineData, type EngineData, type PeriodEvaluation } from '../../src/engine';
import { createHttpAdapter } from '../../src/adapters/http/createHttpAdapter';
import { generateDataset } from '../../mocks/generator';
import type { RollupResponse } from '../src/rollup';
import { clean, evaluate, getJson, officeFigures, serviceWith, type Service } from './helpers';

/** The engine's data from a v2 roll-up, validated as the SPA validates it. */
async function engineFromRollup(
  service: Service,
  scope: string,
  from: string,
  to: string,
  validate = true,
): Promise<{ engine: EngineData; body: RollupResponse }> {
  const body = (await getJson(service.app, `/api/v1/rollup?scope=${encodeURIComponent(scope)}&from=${from}&to=${to}`)) as RollupResponse;
  if (!validate) return { engine: buildEngineData(body.offices, body.records), body };
  const offices = validateOffices({ offices: body.offices }, 'rollup');
  expect(offices.quality.rejected).toBe(0);
  const records = validateRecords({ records: body.records }, 'rollup', { from, to, officeIds: new Set(offices.offices.map((office) => office.id)) });
  expect(records.quality.rejected).toBe(0);
  return { engine: buildEngineData(offices.offices, records.records), body };
}

/** The scope and its direct children: what a roll-up screen shows. */
function shown(evaluation: PeriodEvaluation, children: readonly string[]) {
  return [evaluation.scope, ...children.map((id) => evaluation.office(id)!)];
}

function compareScope(raw: EngineData, rolled: EngineData, scope: string, children: string[], periods: Period[]) {
  for (const period of periods) {
    const a = evaluate(raw, period, scope);
    const b = evaluate(rolled, period, scope);
    expect(
      shown(b, children).map((office) => officeFigures(office, true)),
      `${scope} ${period.kind} ${period.from}`,
    ).toEqual(shown(a, children).map((office) => officeFigures(office, true)));
    // Cards name the offices on the page: the scope's children (the parts stand for many and are never named).
    const named = new Set([scope, ...children]);
    expect(b.cards).toEqual(a.cards.filter((card) => named.has(card.officeId)));
    expect(b.offices().filter((office) => isPartId(office.officeId))).toEqual([]);
    expect(b.missingOwnRecords().filter((office) => isPartId(office.officeId))).toEqual([]);
    for (const kind of ['region', 'department', 'township'] as const) {
      expect(b.rankings[kind].map((office) => [office.officeId, office.rank])).toEqual(a.rankings[kind].map((office) => [office.officeId, office.rank]));
    }
  }
}

function periodsEnding(end: string): Period[] {
  return [monthPeriod(end), { kind: 'quarter', from: addMonths(end, -2), to: end }, { kind: 'ytd', from: `${end.slice(0, 4)}-01`, to: end } as Period];
}

describe('contract v2 roll-ups equal the figures of the raw records', () => {
  describe('the large scenario (a prefecture of 13 counties)', () => {
    const END = '2025-10';
    const dataset = generateDataset({ scenario: 'large', endMonth: END });
    const records = dataset.records.map(clean);
    let service: Service;
    let raw: EngineData;
    beforeAll(async () => {
      service = await serviceWith(dataset.offices, records);
      raw = buildEngineData(dataset.offices, records);
    });
    afterAll(() => service.close());

    it('at the prefecture and at every county', async () => {
      const regions = dataset.offices.filter((office) => office.kind === 'region');
      for (const region of regions) {
        const { engine, body } = await engineFromRollup(service, region.id, addMonths(END, -47), END);
        const children = dataset.offices.filter((office) => office.parentId === region.id).map((office) => office.id);
        expect(
          body.offices
            .filter((office) => office.parentId === region.id && !office.part)
            .map((office) => office.id)
            .sort(),
        ).toEqual([...children].sort());
        compareScope(raw, engine, region.id, children, periodsEnding('2025-09'));
      }
    });

    it('is small: a roll-up of the prefecture is a fraction of its records', async () => {
      const rollup = await service.app.inject({
        method: 'GET',
        url: `/api/v1/rollup?scope=${dataset.offices[0]!.id}&from=${addMonths(END, -47)}&to=${END}`,
        headers: { 'accept-encoding': 'gzip' },
      });
      const full = await service.app.inject({
        method: 'GET',
        url: `/api/v1/records?from=${addMonths(END, -47)}&to=${END}`,
        headers: { 'accept-encoding': 'gzip' },
      });
      expect(rollup.rawPayload.length).toBeLessThan(full.rawPayload.length / 5);
    });

    it('refuses a scope that is not a region', async () => {
      const department = dataset.offices.find((office) => office.kind === 'department')!;
      const response = await service.app.inject({ method: 'GET', url: `/api/v1/rollup?scope=${department.id}&from=2025-01&to=2025-02` });
      expect(response.statusCode).toBe(404);
    });
  });

  describe('the province scenario (青川省: 14 prefectures, ~21,000 offices × 36 months)', () => {
    const province = generateDataset({ scenario: 'province', endMonth: '2026-10' });
    const months = [...new Set(province.records.map((record) => record.month))].sort();
    const regions = (parentId: string | null) => province.offices.filter((office) => office.parentId === parentId && office.kind === 'region');
    const root = regions(null)[0]!.id;
    const prefecture = regions(root)[2]!.id;
    const county = regions(prefecture)[4]!.id;
    let service: Service;
    let raw: EngineData;
    beforeAll(async () => {
      // What an upload would store: the rows the v1.1 validation accepts — all of them, the demo's
      // province is consistent data.
      const validated = validateRecords({ records: province.records }, 'raw', {
        from: months[0]!,
        to: months[months.length - 1]!,
        officeIds: new Set(province.offices.map((office) => office.id)),
      });
      expect(validated.records.length).toBe(province.records.length);
      service = await serviceWith(province.offices, validated.records.map(clean));
      raw = buildEngineData(province.offices, validated.records);
    }, 300_000);
    afterAll(() => service.close());

    it("the SPA's http adapter reads the province as its roll-up and a prefecture as its subtree", async () => {
      const fetch = (async (input: RequestInfo | URL) => {
        const url = new URL(String(input));
        const response = await service.app.inject({ method: 'GET', url: url.pathname + url.search });
        return new Response(response.body, { status: response.statusCode, headers: { 'content-type': 'application/json' } });
      }) as typeof globalThis.fetch;
      const adapter = createHttpAdapter({ baseUrl: 'http://svc.test/api/v1', fetch, timeoutMs: 120_000 });
      const capabilities = (await adapter.getCapabilities!())!;
      expect(capabilities.regions.find((region) => region.id === root)?.subtree).toBe(province.offices.length);
      const end = months[months.length - 1]!;
      const from = addMonths(end, -47);
      for (const [scope, rolledUp] of [
        [root, true],
        [prefecture, false],
      ] as const) {
        const scoped = adapter.forScope!(scope === root ? undefined : scope, capabilities);
        expect(scoped.id.endsWith('&rollup')).toBe(rolledUp);
        const offices = await scoped.getOffices();
        const records = await scoped.getRecords({ from, to: end, officeIds: new Set(offices.offices.map((office) => office.id)) });
        if (rolledUp) expect(records.records.length).toBeLessThan(3000);
        const engine = buildEngineData(offices.offices, records.records);
        const children = province.offices.filter((office) => office.parentId === scope).map((office) => office.id);
        const a = evaluate(raw, monthPeriod(end), scope);
        const b = evaluate(engine, monthPeriod(end), scope);
        expect(shown(b, children).map((office) => officeFigures(office))).toEqual(shown(a, children).map((office) => officeFigures(office)));
      }
    });

    it('at the province, a prefecture and a county', async () => {
      const end = months[months.length - 1]!;
      const children = (id: string) => province.offices.filter((office: Office) => office.parentId === id).map((office) => office.id);
      for (const scope of [root, prefecture, county]) {
        const { engine, body } = await engineFromRollup(service, scope, addMonths(end, -47), end);
        if (scope === root) expect(body.records.length).toBeLessThan(3000);
        compareScope(raw, engine, scope, children(scope), periodsEnding(end));
      }
    });
  });
});
