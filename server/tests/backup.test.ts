import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/generator';
import { DEFAULT_SCHEME } from '../../src/engine';
import { hashToken } from '../src/auth';
import { backupFiles, restoreFiles, unzipFiles } from '../src/backup';
import { buildApp } from '../src/app';
import { openDuckDb } from '../src/storage/duckdb';
import { clean, getJson, serviceWith, type Service } from './helpers';
import { upload } from './upload-helpers';

const TOKEN = 'backup-editor-token-0123456789';

describe('backup: everything out as files the import accepts, and back', () => {
  let service: Service;
  beforeAll(async () => {
    const dataset = generateDataset({ scenario: 'normal', endMonth: '2025-10', months: 14 });
    service = await serviceWith(dataset.offices, dataset.records.map(clean));
    await service.storage.addEditor({ name: '李四', role: 'editor', tokenHash: hashToken(TOKEN) });
    const auth = { authorization: `Bearer ${TOKEN}` };
    await service.app.inject({ method: 'PUT', url: '/api/v1/scheme', headers: auth, payload: { ...DEFAULT_SCHEME, id: 'kept', name: '保留的方案' } });
    await service.app.inject({
      method: 'PUT',
      url: '/api/v1/bulletin-edits?key=county:2025-10:zh-CN',
      headers: auth,
      payload: { overview: { text: '改过的', generated: '原来的' } },
    });
    const office = dataset.offices.find((item) => item.kind === 'department')!;
    await upload(service.app, [{ name: 'fix.csv', bytes: `单位编码,月份,受理件数\n${office.id},2025-10,7\n` }], { token: TOKEN });
  });
  afterAll(() => service.close());

  it('round trip: a fresh service restored from the backup holds the same offices, records, scheme, edits and log', async () => {
    const response = await service.app.inject({ method: 'GET', url: '/api/v1/backup', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    const files = unzipFiles(new Uint8Array(response.rawPayload));
    expect(Object.keys(files).sort()).toEqual([
      'bulletin-edits.json',
      'import-log.json',
      'manifest.json',
      'offices.json',
      'records-2024.json',
      'records-2025.json',
    ]);

    const storage = await openDuckDb({ path: ':memory:' });
    await restoreFiles(storage, files, 'test');
    const again = await backupFiles(storage);
    for (const name of ['offices.json', 'records-2024.json', 'records-2025.json']) expect(again[name], name).toBe(files[name]);
    // The edits come back with who made them; the time is the restore's.
    const edits = (text: string) => JSON.stringify(JSON.parse(text), (key, value: unknown) => (key === 'updatedAt' ? undefined : value));
    expect(edits(again['bulletin-edits.json']!)).toBe(edits(files['bulletin-edits.json']!));
    const log = (text: string) =>
      (JSON.parse(text) as { imports: { who: string; at: string; months: string[]; recordsWritten: number; origin: string }[] }).imports.map(
        ({ who, at, months, recordsWritten, origin }) => ({ who, at, months, recordsWritten, origin }),
      );
    expect(log(again['import-log.json']!).slice(0, -1)).toEqual(log(files['import-log.json']!));
    expect(log(again['import-log.json']!).at(-1)).toMatchObject({ origin: 'restore' });

    const restored = await buildApp({ storage });
    expect(await getJson(restored, '/api/v1/records?from=2024-01&to=2025-12')).toEqual(await getJson(service.app, '/api/v1/records?from=2024-01&to=2025-12'));
    expect(await getJson(restored, '/api/v1/scheme')).toMatchObject({ id: 'kept' });
    await restored.close();
    await storage.close();
  });

  it('each data file is accepted back by the upload', async () => {
    const files = await backupFiles(service.storage);
    const response = await upload(
      service.app,
      [
        { name: 'offices.json', bytes: files['offices.json']! },
        { name: 'records-2025.json', bytes: files['records-2025.json']! },
      ],
      { token: TOKEN, query: 'dryRun=1' },
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().report.rejected).toBe(0);
  });

  it('needs an editor token', async () => {
    expect((await service.app.inject({ method: 'GET', url: '/api/v1/backup' })).statusCode).toBe(401);
  });
});
