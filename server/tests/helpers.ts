import type { FastifyInstance } from 'fastify';
import { validateOffices } from '../../src/adapters/validate/offices';
import { validateRecords } from '../../src/adapters/validate/records';
import { COUNT_FIELDS, monthIndex, type MonthlyRecord, type Office, type Period } from '../../src/domain';
import { buildEngineData, DEFAULT_SCHEME, evaluatePeriod, type EngineData, type OfficeEvaluation, type PeriodEvaluation } from '../../src/engine';
import { buildApp } from '../src/app';
import { openDuckDb, type DuckDbStorage } from '../src/storage/duckdb';

export interface Service {
  app: FastifyInstance;
  storage: DuckDbStorage;
  close(): Promise<void>;
}

/** Records as the contract sends them: only the reported fields. */
export function clean(record: MonthlyRecord): MonthlyRecord {
  const copy: MonthlyRecord = { officeId: record.officeId, month: record.month };
  for (const field of COUNT_FIELDS) if (record[field] !== undefined && record[field] !== null) copy[field] = record[field];
  return copy;
}

/** A service on an in-memory DuckDB holding the given offices and records (one import). */
export async function serviceWith(offices: Office[], records: MonthlyRecord[]): Promise<Service> {
  const storage = await openDuckDb({ path: ':memory:' });
  await storage.applyImport({
    who: 'test',
    origin: 'test',
    files: [],
    offices: { mode: 'replace', list: offices },
    scope: 'all',
    months: [...new Set(records.map((record) => monthIndex(record.month)))],
    records,
    rowsLeftOut: 0,
  });
  const app = await buildApp({ storage });
  return {
    app,
    storage,
    close: async () => {
      await app.close();
      await storage.close();
    },
  };
}

export async function getJson(app: FastifyInstance, url: string): Promise<unknown> {
  const response = await app.inject({ method: 'GET', url });
  if (response.statusCode !== 200) throw new Error(`${url}: HTTP ${response.statusCode} ${response.body.slice(0, 300)}`);
  return response.json();
}

/** The engine's data from the service's v1 answers, validated as the SPA validates them. */
export async function engineFromV1(app: FastifyInstance, from: string, to: string, scope?: string): Promise<{ engine: EngineData; rejected: number }> {
  const q = scope ? `&scope=${encodeURIComponent(scope)}` : '';
  const offices = validateOffices(await getJson(app, `/api/v1/offices${q ? `?${q.slice(1)}` : ''}`), 'offices');
  const ids = new Set(offices.offices.map((office) => office.id));
  const records = validateRecords(await getJson(app, `/api/v1/records?from=${from}&to=${to}${q}`), 'records', { from, to, officeIds: ids });
  return { engine: buildEngineData(offices.offices, records.records), rejected: offices.quality.rejected + records.quality.rejected };
}

const round = (value: number | null | undefined) => (value === null || value === undefined ? value : Math.round(value * 1e9) / 1e9);

/** What a screen shows of one office: the figures a test holds equal. */
export function officeFigures(office: OfficeEvaluation, withDeltas = false) {
  return {
    id: office.officeId,
    kind: office.kind,
    counts: Object.fromEntries(COUNT_FIELDS.filter((field) => office.counts[field] !== undefined).map((field) => [field, office.counts[field]])),
    values: Object.fromEntries(Object.entries(office.values).map(([id, value]) => [id, round(value as number | null)])),
    score: round(office.score),
    rank: office.rank,
    standing: office.standing,
    previousRank: office.previousRank,
    rankChange: office.rankChange,
    rankMove: office.rankMove,
    dataIncomplete: office.dataIncomplete,
    details: office.scoreDetails.map((detail) => [detail.indicatorId, detail.status, round(detail.points)]),
    deltas: !withDeltas
      ? null
      : Object.keys(office.values).map((id) => [
          id,
          ...[office.deltas[id]!.mom, office.deltas[id]!.yoy].flatMap((delta) => [
            round(delta.previous),
            round(delta.absolute),
            round(delta.relative),
            delta.gap ?? null,
          ]),
        ]),
  };
}

export function evaluate(engine: EngineData, period: Period, scopeId?: string): PeriodEvaluation {
  return evaluatePeriod(engine, DEFAULT_SCHEME, period, { scopeId });
}
