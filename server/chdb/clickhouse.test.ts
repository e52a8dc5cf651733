import { Session } from 'chdb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { monthIndex, type MonthlyRecord } from '../../src/domain';
import { buildApp } from '../src/app';
import { ClickHouseStorage } from '../src/storage/clickhouse';
import { openDuckDb, type DuckDbStorage } from '../src/storage/duckdb';
import type { ImportPlan, RollupGroup, Storage } from '../src/storage/types';
import { chdbExec } from './chdb-exec';

const END = '2025-10';
const dataset = generateDataset({ scenario: 'large', endMonth: END });
const records: MonthlyRecord[] = dataset.records.map((record) => ({ ...record }));
const plan: ImportPlan = {
  who: 'test',
  origin: 'test',
  files: [],
  offices: { mode: 'replace', list: dataset.offices },
  scope: 'all',
  months: [...new Set(records.map((record) => monthIndex(record.month)))],
  records,
  rowsLeftOut: 0,
};

const sortGroups = (groups: RollupGroup[]) =>
  [...groups].sort(
    (a, b) => a.target.localeCompare(b.target) || Number(a.own) - Number(b.own) || a.kind.localeCompare(b.kind) || a.mask - b.mask || a.month - b.month,
  );

describe('the ClickHouse storage runs the same queries as DuckDB, in ClickHouse’s dialect (checked on chDB)', () => {
  let duck: DuckDbStorage;
  let house: ClickHouseStorage;
  beforeAll(async () => {
    duck = await openDuckDb({ path: ':memory:' });
    house = await ClickHouseStorage.open(chdbExec(new Session()));
    await duck.applyImport(plan);
    await house.applyImport(plan);
  });
  afterAll(async () => {
    await duck.close();
    await house.close();
  });

  const same = async <T>(read: (storage: Storage) => Promise<T>) => expect(await read(house)).toEqual(await read(duck));
  const range = { from: monthIndex('2023-01'), to: monthIndex(END) };

  it('offices, regions, month span, counts', async () => {
    await same((s) => s.offices());
    await same((s) => s.offices(dataset.offices[3]!.id));
    await same((s) => s.regions());
    await same((s) => s.monthSpan());
    await same((s) => s.officeCount());
  });

  it('records, whole and by scope, and their JSON', async () => {
    await same((s) => s.records(range));
    const county = dataset.offices.find((office) => office.kind === 'region' && office.parentId !== null)!;
    await same((s) => s.records(range, county.id));
    await same((s) => s.recordsJson({ from: monthIndex('2025-01'), to: monthIndex(END) }, county.id));
  });

  it('roll-ups at the prefecture and every county', async () => {
    for (const region of dataset.offices.filter((office) => office.kind === 'region')) {
      await same(async (s) => sortGroups(await s.rollup(region.id, range)));
    }
  });

  it('an import that replaces a month of some offices, and its undo', async () => {
    const offices = dataset.offices.filter((office) => office.kind === 'department').slice(0, 5);
    const update: ImportPlan = {
      ...plan,
      offices: null,
      scope: offices.map((office) => office.id),
      months: [monthIndex(END)],
      records: offices.slice(0, 3).map((office) => ({ officeId: office.id, month: END, accepted: 7 })),
    };
    const a = await duck.applyImport(update);
    const b = await house.applyImport(update);
    expect({ ...b, at: '' }).toEqual({ ...a, at: '' });
    await same((s) => s.records({ from: monthIndex(END), to: monthIndex(END) }));
    await duck.undoLastImport('test');
    await house.undoLastImport('test');
    await same((s) => s.records(range));
    const strip = (log: { at: string; undoneAt?: string }[]) => log.map((entry) => ({ ...entry, at: '', undoneAt: entry.undoneAt ? 'x' : undefined }));
    expect(strip(await house.importLog())).toEqual(strip(await duck.importLog()));
  });

  it('the service answers the same on either storage', async () => {
    const onDuck = await buildApp({ storage: duck });
    const onHouse = await buildApp({ storage: house });
    for (const url of ['/api/v1/offices', `/api/v1/rollup?scope=${dataset.offices[0]!.id}&from=2024-01&to=${END}`, '/api/v1/capabilities']) {
      const [x, y] = await Promise.all([onDuck.inject({ method: 'GET', url }), onHouse.inject({ method: 'GET', url })]);
      expect(y.statusCode).toBe(200);
      expect(y.json()).toEqual(x.json());
    }
    await onDuck.close();
    await onHouse.close();
  });
});
