import { afterEach, describe, expect, test } from 'vitest';
import type { SetupServer } from 'msw/node';
import { createHttpAdapter } from '../../../src/adapters/http/createHttpAdapter';
import { addMonths, type MonthKey } from '../../../src/domain';
import { cachedServedData } from '../../../mocks/handlers';
import { createMockServer } from '../../../mocks/node';
import type { ScenarioName } from '../../../mocks/scenarios';

/** The adapter against the real mock backend of mocks/, as the demo uses it. */
const BASE_URL = 'http://mock.test/mock-api';
const END: MonthKey = '2025-06';
const MONTHS = 36;
const FROM = addMonths(END, -(MONTHS - 1));

let server: SetupServer | undefined;
afterEach(() => {
  server?.close();
  server = undefined;
});

function start(scenario: ScenarioName, extra: Partial<Parameters<typeof createMockServer>[0]> = {}) {
  server = createMockServer({ scenario, baseUrl: BASE_URL, endMonth: END, months: MONTHS, ...extra });
  server.listen({ onUnhandledRequest: 'error' });
  return createHttpAdapter({ baseUrl: BASE_URL, type: 'mock', timeoutMs: 10_000 });
}

async function load(scenario: ScenarioName) {
  const adapter = start(scenario);
  const offices = await adapter.getOffices();
  const officeIds = new Set(offices.offices.map((o) => o.id));
  const records = await adapter.getRecords({ from: FROM, to: END, officeIds });
  return { offices, records, scheme: await adapter.getScheme() };
}

describe('the adapter against mocks/ (createMockServer)', () => {
  test('normal: a county, every row valid, no scheme of its own', async () => {
    const { offices, records, scheme } = await load('normal');
    const served = cachedServedData('normal', 1, END, MONTHS);
    expect(offices.quality.issues).toEqual([]);
    expect(records.quality.issues).toEqual([]);
    expect(offices.offices).toHaveLength(served.offices.length);
    expect(records.records).toHaveLength(served.records.length);
    expect(offices.offices.filter((o) => o.parentId === null)).toEqual([expect.objectContaining({ kind: 'region' })]);
    expect(new Set(records.records.map((r) => r.month)).size).toBe(MONTHS);
    expect(scheme).toBeNull();
  });

  test('hostile: every injected bad row is reported where it is, and every good row still comes back', async () => {
    const { offices, records } = await load('hostile');
    const served = cachedServedData('hostile', 1, END, MONTHS);
    const injectedOffices = served.injected.filter((i) => i.table === 'offices');
    const injectedRecords = served.injected.filter((i) => i.table === 'records');
    expect(injectedOffices.length).toBeGreaterThan(0);
    expect(injectedRecords.length).toBeGreaterThan(0);

    for (const injected of served.injected) {
      const rows = injected.table === 'offices' ? served.offices : served.records;
      const issues = injected.table === 'offices' ? offices.quality.issues : records.quality.issues;
      const row = rows.indexOf(injected.row) + 1;
      expect(row, injected.note).toBeGreaterThan(0);
      const issue = issues.find((i) => i.row === row);
      expect(issue?.reason, injected.note).toBe(injected.reason);
      if (injected.field) expect(issue?.field, injected.note).toBe(injected.field);
      if (injected.rule) expect(issue?.params?.rule, injected.note).toBe(injected.rule);
      expect(issue?.severity, injected.note).toBe(injected.severity);
    }

    // Offices: only the injected rows are left out; attack names stay, as plain text.
    expect(offices.quality.rejected).toBe(injectedOffices.length);
    expect(offices.offices).toHaveLength(served.offices.length - injectedOffices.length);
    for (const { officeId, name } of served.hostileNames) {
      expect(offices.offices.find((o) => o.id === officeId)?.name).toBe(name);
    }

    // Records: the injected rows but the notes (used, with their note), plus the original of the duplicated office+month (both copies go).
    const duplicates = injectedRecords.filter((i) => i.reason === 'duplicate').length;
    const notes = injectedRecords.filter((i) => i.severity === 'note').length;
    expect(notes).toBeGreaterThan(0);
    expect(records.quality.rejected).toBe(injectedRecords.length - notes + duplicates);
    expect(records.records).toHaveLength(served.records.length - (injectedRecords.length - notes) - duplicates);
    expect(records.quality.issues.filter((i) => i.reason === 'duplicate')).toHaveLength(2 * duplicates);
    expect(records.quality.issues.filter((i) => i.severity === 'note')).toHaveLength(notes);
  });

  test('large: a prefecture of about 2,000 offices loads clean', async () => {
    const { offices, records } = await load('large');
    expect(offices.offices.length).toBeGreaterThan(1500);
    expect(offices.quality.issues).toEqual([]);
    expect(records.quality.issues).toEqual([]);
    expect(records.records.length).toBe(cachedServedData('large', 1, END, MONTHS).records.length);
  }, 30_000);

  test('error: HTTP 500 on every endpoint', async () => {
    const adapter = start('error');
    await expect(adapter.getOffices()).rejects.toMatchObject({ kind: 'http', status: 500, url: `${BASE_URL}/offices` });
  });

  test.each([
    ['http', { kind: 'http', status: 503 }],
    ['network', { kind: 'network' }],
  ] as const)('outage (%s): fails for a while with typed errors, then recovers', async (failure, expected) => {
    const adapter = start('outage', { outage: { downRequests: 2, upRequests: 5, failure } });
    for (let i = 0; i < 2; i++) await expect(adapter.getOffices()).rejects.toMatchObject(expected);
    await expect(adapter.getOffices()).resolves.toMatchObject({ quality: { rejected: 0 } });
  });
});
