import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngineData, latestCompleteMonth } from '../../src/engine';
import { addMonths, monthPeriod } from '../../src/domain';
import { generateDataset } from '../../mocks/generator';
import { clean, engineFromV1, evaluate, getJson, officeFigures, serviceWith, type Service } from './helpers';

const END = '2025-10';

describe.each(['normal', 'large'] as const)('contract v1.1 from SQL: the %s scenario', (scenario) => {
  const dataset = generateDataset({ scenario, endMonth: END });
  const records = dataset.records.map(clean);
  let service: Service;
  beforeAll(async () => {
    service = await serviceWith(dataset.offices, records);
  });
  afterAll(() => service.close());

  it('serves every office and record as stored, and nothing the validator rejects', async () => {
    const offices = (await getJson(service.app, '/api/v1/offices')) as { offices: unknown[] };
    expect(offices.offices).toEqual(dataset.offices);
    const from = addMonths(END, -47);
    const served = (await getJson(service.app, `/api/v1/records?from=${from}&to=${END}`)) as { records: unknown[] };
    const key = (record: { officeId: string; month: string }) => `${record.month}|${record.officeId}`;
    const sorted = (list: { officeId: string; month: string }[]) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
    expect(sorted(served.records as typeof records)).toEqual(sorted(records));
    const { rejected } = await engineFromV1(service.app, from, END);
    expect(rejected).toBe(0);
  });

  it('gives the engine the figures it computes from the generated records', async () => {
    const reference = buildEngineData(dataset.offices, records);
    const { engine } = await engineFromV1(service.app, addMonths(END, -47), END);
    const month = latestCompleteMonth(reference, new Date(2025, 10, 15))!;
    for (const period of [monthPeriod(month), { kind: 'quarter' as const, from: '2025-07', to: '2025-09' }]) {
      const a = evaluate(reference, period);
      const b = evaluate(engine, period);
      expect(b.offices().map((office) => officeFigures(office))).toEqual(a.offices().map((office) => officeFigures(office)));
      const ranked = (evaluation: typeof a) => [evaluation.scope, ...evaluation.rankings.region, ...evaluation.rankings.department.slice(0, 20)];
      expect(ranked(b).map((office) => officeFigures(office, true))).toEqual(ranked(a).map((office) => officeFigures(office, true)));
      expect(b.cards).toEqual(a.cards);
    }
  });

  it('answers a month range and a scope with only those records', async () => {
    const region = dataset.offices.find((office) => office.kind === 'region' && office.parentId !== null) ?? dataset.offices[0]!;
    const scoped = (await getJson(service.app, `/api/v1/offices?scope=${region.id}`)) as { offices: { id: string }[] };
    expect(scoped.offices.length).toBeGreaterThan(1);
    const ids = new Set(scoped.offices.map((office) => office.id));
    const served = (await getJson(service.app, `/api/v1/records?from=${END}&to=${END}&scope=${region.id}`)) as {
      records: { officeId: string; month: string }[];
    };
    expect(served.records.every((record) => ids.has(record.officeId) && record.month === END)).toBe(true);
    expect(served.records.length).toBe(records.filter((record) => record.month === END && ids.has(record.officeId)).length);
  });
});

describe('the service around the contract', () => {
  let service: Service;
  beforeAll(async () => {
    const dataset = generateDataset({ scenario: 'normal', endMonth: END, months: 2 });
    service = await serviceWith(dataset.offices, dataset.records.map(clean));
  });
  afterAll(() => service.close());

  it('answers /scheme with 404 while no scheme is stored (the built-in one)', async () => {
    const response = await service.app.inject({ method: 'GET', url: '/api/v1/scheme' });
    expect(response.statusCode).toBe(404);
  });

  it('refuses a bad range with 400 and a reason', async () => {
    const response = await service.app.inject({ method: 'GET', url: '/api/v1/records?from=2025-13&to=2025-01' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ error: 'bad-range' });
  });

  it('sends the security headers, gzips large bodies and answers a revalidation with 304', async () => {
    const first = await service.app.inject({ method: 'GET', url: '/api/v1/offices', headers: { 'accept-encoding': 'gzip' } });
    expect(first.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(first.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(first.headers['x-content-type-options']).toBe('nosniff');
    expect(first.headers['content-encoding']).toBe('gzip');
    const again = await service.app.inject({ method: 'GET', url: '/api/v1/offices', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });
});
