import { zipSync, unzipSync, strToU8, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateTables, toCsv } from '../../src/adapters/file/template';
import { generateDataset } from '../../mocks/generator';
import { DEFAULT_SCHEME } from '../../src/engine';
import { hashToken } from '../src/auth';
import { clean, getJson, serviceWith, type Service } from './helpers';
import { TEMPLATE_MONTH, templateXlsx, upload } from './upload-helpers';

const TOKEN = 'editor-token-for-tests-0123456789';
const VIEWER = 'viewer-token-for-tests-0123456789';
const END = '2025-10';

/** Everything a viewer can read, to show that a refused write changed nothing. */
async function snapshot(service: Service) {
  return JSON.stringify([
    await getJson(service.app, '/api/v1/offices'),
    await getJson(service.app, `/api/v1/records?from=2024-01&to=2026-12`),
    (await service.app.inject({ method: 'GET', url: '/api/v1/scheme' })).statusCode,
  ]);
}

describe('writes: auth, uploads, atomic imports, undo, scheme and bulletin edits', () => {
  let service: Service;
  beforeAll(async () => {
    const dataset = generateDataset({ scenario: 'normal', endMonth: END, months: 13 });
    service = await serviceWith(dataset.offices, dataset.records.map(clean));
    await service.storage.addEditor({ name: '张三', role: 'editor', tokenHash: hashToken(TOKEN) });
    await service.storage.addEditor({ name: '大屏', role: 'viewer', tokenHash: hashToken(VIEWER) });
  });
  afterAll(() => service.close());

  it('refuses every write without a token, with a wrong one, or with a viewer’s, and changes nothing', async () => {
    const before = await snapshot(service);
    const xlsx = await templateXlsx();
    for (const token of [undefined, 'wrong', VIEWER]) {
      const response = await upload(service.app, [{ name: 'template.xlsx', bytes: xlsx }], { token });
      expect(response.statusCode).toBe(token === VIEWER ? 403 : 401);
      const auth = token ? { authorization: `Bearer ${token}` } : {};
      expect((await service.app.inject({ method: 'PUT', url: '/api/v1/scheme', headers: auth, payload: DEFAULT_SCHEME })).statusCode).toBe(
        token === VIEWER ? 403 : 401,
      );
      expect((await service.app.inject({ method: 'POST', url: '/api/v1/imports/undo', headers: auth })).statusCode).toBe(token === VIEWER ? 403 : 401);
      expect((await service.app.inject({ method: 'PUT', url: '/api/v1/bulletin-edits?key=county:2025-10:zh-CN', headers: auth, payload: {} })).statusCode).toBe(
        token === VIEWER ? 403 : 401,
      );
    }
    expect(await snapshot(service)).toBe(before);
  });

  it('imports the reference template in one go, logs who and what, and undoes it', async () => {
    const before = await snapshot(service);
    const response = await upload(service.app, [{ name: '模板.xlsx', bytes: await templateXlsx() }], { token: TOKEN });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.status).toBe('imported');
    expect(body.report.rejected).toBe(0);
    expect(body.log).toMatchObject({ who: '张三', origin: 'upload', months: [TEMPLATE_MONTH], state: 'applied', files: [{ name: '模板.xlsx' }] });
    // The template carries its own county (a root): it replaces the office list.
    const offices = (await getJson(service.app, '/api/v1/offices')) as { offices: { id: string }[] };
    const expected = templateTables(TEMPLATE_MONTH)[0]!.rows.length - 1;
    expect(offices.offices).toHaveLength(expected);
    const records = (await getJson(service.app, `/api/v1/records?from=${TEMPLATE_MONTH}&to=${TEMPLATE_MONTH}`)) as { records: unknown[] };
    expect(records.records.length).toBe(body.log.recordsWritten);
    const log = (await getJson(service.app, '/api/v1/imports')) as { imports: { id: number; who: string }[] };
    expect(log.imports[0]).toMatchObject({ id: body.log.id, who: '张三' });

    const undo = await service.app.inject({ method: 'POST', url: '/api/v1/imports/undo', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(undo.statusCode).toBe(200);
    expect(undo.json().log).toMatchObject({ id: body.log.id, state: 'undone', undoneBy: '张三' });
    expect(await snapshot(service)).toBe(before);
  });

  it('a file with a bad row changes nothing unless the good rows are accepted; then it replaces the months it covers', async () => {
    const before = await snapshot(service);
    const offices = (await getJson(service.app, '/api/v1/offices')) as { offices: { id: string; kind: string }[] };
    const [a, b] = offices.offices.filter((office) => office.kind === 'department');
    const csv = `单位编码,月份,受理件数,办结件数\n${a!.id},2025-10,100,90\n${b!.id},2025-10,abc,5\n`;
    const refused = await upload(service.app, [{ name: 'month.csv', bytes: csv }], { token: TOKEN });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ status: 'needs-consent', report: { rejected: 1, records: { issues: [{ row: 3, field: 'accepted' }] } } });
    expect(await snapshot(service)).toBe(before);

    const accepted = await upload(service.app, [{ name: 'month.csv', bytes: csv }], { token: TOKEN, query: 'acceptPartial=1' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().log).toMatchObject({ recordsWritten: 1, rowsLeftOut: 1 });
    const month = (await getJson(service.app, '/api/v1/records?from=2025-10&to=2025-10')) as { records: { officeId: string; accepted?: number }[] };
    expect(month.records.find((record) => record.officeId === a!.id)).toEqual({ officeId: a!.id, month: '2025-10', accepted: 100, completed: 90 });
    // The rejected row's office is named by the upload: its October is replaced by nothing (未报送).
    expect(month.records.find((record) => record.officeId === b!.id)).toBeUndefined();
    // Other offices and other months are untouched.
    expect(month.records.length).toBeGreaterThan(100);
    await service.app.inject({ method: 'POST', url: '/api/v1/imports/undo', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(await snapshot(service)).toBe(before);
  });

  describe('hostile uploads are refused with a clear message and nothing changed', () => {
    let before: string;
    beforeAll(async () => {
      before = await snapshot(service);
    });
    afterAll(async () => {
      expect(await snapshot(service)).toBe(before);
    });

    it('a zip bomb', async () => {
      const zeros = new Uint8Array(60 * 1024 * 1024);
      const bomb = Buffer.from(
        zipSync({ '[Content_Types].xml': strToU8('<x/>'), 'xl/a.bin': zeros, 'xl/b.bin': zeros, 'xl/c.bin': zeros, 'xl/d.bin': zeros }, { level: 9 }),
      );
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      const response = await upload(service.app, [{ name: 'bomb.xlsx', bytes: bomb }], { token: TOKEN });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ error: 'zip-bomb' });
      expect(response.json().detail).toMatch(/nothing was changed/);
    });

    it('a CSV past the size limit (a 1 GB file is cut at the limit, never read whole)', async () => {
      const line = 'office-x,2025-10,1,1\n';
      const big = '单位编码,月份,受理件数,办结件数\n' + line.repeat(Math.ceil((21 * 1024 * 1024) / line.length));
      const response = await upload(service.app, [{ name: 'huge.csv', bytes: big }], { token: TOKEN });
      expect(response.statusCode).toBe(413);
      expect(response.json()).toMatchObject({ error: 'too-large' });
    });

    it('prototype-pollution keys in JSON', async () => {
      const json = '{"records":[{"officeId":"x","month":"2025-10","accepted":1,"__proto__":{"polluted":true}}]}';
      const response = await upload(service.app, [{ name: 'data.json', bytes: json }], { token: TOKEN });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ error: 'prototype-keys' });
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });

    it('formula cells in an XLSX and formula text in a CSV', async () => {
      const parts = unzipSync(new Uint8Array(await templateXlsx()));
      const sheetName = Object.keys(parts).find((name) => name.startsWith('xl/worksheets/') && strFromU8(parts[name]!).includes('<v>'))!;
      const xml = strFromU8(parts[sheetName]!);
      parts[sheetName] = strToU8(xml.replace(/<c r="([A-Z]+[0-9]+)"([^>]*)><v>/, '<c r="$1"$2><f>SUM(1,1)</f><v>'));
      const withFormula = Buffer.from(zipSync(parts));
      const xlsx = await upload(service.app, [{ name: 'formula.xlsx', bytes: withFormula }], { token: TOKEN });
      expect(xlsx.statusCode).toBe(422);
      expect(xlsx.json()).toMatchObject({ error: 'formula-cells' });
      expect(xlsx.json().detail).toMatch(/formula in cell [A-Z]+[0-9]+/);

      const offices = toCsv(templateTables(TEMPLATE_MONTH)[0]!).replace(/\n([^,\n]+),([^,\n]+),/, '\n$1,=HYPERLINK("http://x"),');
      const records = toCsv(templateTables(TEMPLATE_MONTH)[1]!);
      const csv = await upload(
        service.app,
        [
          { name: 'offices.csv', bytes: offices },
          { name: 'records.csv', bytes: records },
        ],
        { token: TOKEN },
      );
      expect(csv.statusCode).toBe(422);
      expect(csv.json()).toMatchObject({ error: 'formula-cells' });
    });

    it('too many rows, and a file that is no table at all', async () => {
      const rows = '单位编码,月份,受理件数\n' + 'x,2025-10,1\n'.repeat(200_001);
      const many = await upload(service.app, [{ name: 'many.csv', bytes: rows }], { token: TOKEN });
      expect(many.statusCode).toBe(422);
      expect(many.json()).toMatchObject({ error: 'too-many-rows' });
      const junk = await upload(service.app, [{ name: 'junk.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) }], { token: TOKEN });
      expect(junk.statusCode).toBe(422);
    });
  });

  it('stores the scheme for everyone (validated) and the bulletin edits per scope, month and language', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const bad = await service.app.inject({ method: 'PUT', url: '/api/v1/scheme', headers: auth, payload: { version: 2, indicators: 'nope' } });
    expect(bad.statusCode).toBe(422);
    const scheme = { ...DEFAULT_SCHEME, id: 'county-2026', name: '县考核方案 2026' };
    expect((await service.app.inject({ method: 'PUT', url: '/api/v1/scheme', headers: auth, payload: scheme })).statusCode).toBe(200);
    expect(await getJson(service.app, '/api/v1/scheme')).toMatchObject({ id: 'county-2026', name: '县考核方案 2026' });

    const key = 'county:2025-10:zh-CN';
    const edits = { overview: { text: '本月全县共受理……（已改）', generated: '本月全县共受理……' } };
    expect((await service.app.inject({ method: 'PUT', url: `/api/v1/bulletin-edits?key=${key}`, headers: auth, payload: edits })).statusCode).toBe(200);
    expect(await getJson(service.app, `/api/v1/bulletin-edits?key=${key}`)).toMatchObject({ edits, updatedBy: '张三' });
    const wrong = await service.app.inject({ method: 'PUT', url: `/api/v1/bulletin-edits?key=${key}`, headers: auth, payload: { overview: { text: 1 } } });
    expect(wrong.statusCode).toBe(422);
  });

  it('a session cookie lets the SPA write from its own origin, never from another', async () => {
    const login = await service.app.inject({ method: 'POST', url: '/api/v1/auth/session', headers: { authorization: `Bearer ${TOKEN}` } });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0]!;
    expect(String(login.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const url = '/api/v1/bulletin-edits?key=county:2025-09:zh-CN';
    const same = await service.app.inject({ method: 'PUT', url, headers: { cookie, origin: 'http://localhost:8080', host: 'localhost:8080' }, payload: {} });
    expect(same.statusCode).toBe(200);
    const cross = await service.app.inject({ method: 'PUT', url, headers: { cookie, origin: 'http://evil.example', host: 'localhost:8080' }, payload: {} });
    expect(cross.statusCode).toBe(403);
  });
});
