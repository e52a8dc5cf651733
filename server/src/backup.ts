import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { monthFromIndex, monthIndex, type MonthlyRecord, type Office } from '../../src/domain';
import type { ImportLogEntry, Storage } from './storage/types';
import { officesJson, recordsJson } from './wire';

/**
 * Everything the service holds, as files: `offices.json` ({offices, scheme}) and one
 * `records-YYYY.json` per year — the contract's JSON, which the upload and the browser import both
 * accept —, `bulletin-edits.json`, `import-log.json` and `manifest.json`. The records of undone
 * imports' predecessors (the undo history) are not kept: a restored service starts a new history.
 */
export async function backupFiles(storage: Storage, now = new Date()): Promise<Record<string, string>> {
  const offices = await storage.offices();
  const scheme = await storage.getDocument('scheme');
  const files: Record<string, string> = {};
  const officesText = officesJson(offices);
  files['offices.json'] = scheme ? `${officesText.slice(0, -1)},"scheme":${scheme.body}}` : officesText;
  const span = await storage.monthSpan();
  let recordCount = 0;
  if (span) {
    for (let year = Math.floor(span.from / 12); year <= Math.floor(span.to / 12); year++) {
      const columns = await storage.records({ from: Math.max(span.from, year * 12), to: Math.min(span.to, year * 12 + 11) });
      if (columns.length === 0) continue;
      recordCount += columns.length;
      files[`records-${year}.json`] = recordsJson(columns);
    }
  }
  const edits = await storage.listDocuments('edits:');
  files['bulletin-edits.json'] = JSON.stringify({
    edits: Object.fromEntries(
      edits.map((doc) => [doc.key.slice('edits:'.length), { edits: JSON.parse(doc.body), updatedAt: doc.updatedAt, updatedBy: doc.updatedBy }]),
    ),
  });
  files['import-log.json'] = JSON.stringify({ imports: await storage.importLog() });
  files['manifest.json'] = JSON.stringify({
    kind: 'service-performance-backup',
    version: 1,
    createdAt: now.toISOString(),
    offices: offices.length,
    records: recordCount,
    months: span ? { from: monthFromIndex(span.from), to: monthFromIndex(span.to) } : null,
    scheme: scheme !== null,
    bulletinEdits: edits.length,
  });
  return files;
}

export function zipFiles(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])), { level: 6 });
}

export function unzipFiles(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/**
 * Restores a backup into an empty or existing service: the offices and every record in one import
 * (origin 'restore', replacing everything), then the scheme, the bulletin edits and the imports it
 * had, as history. The files are trusted (an administrator's), but still parsed as data, never run.
 */
export async function restoreFiles(storage: Storage, files: Record<string, string>, who: string): Promise<ImportLogEntry> {
  const manifest = JSON.parse(files['manifest.json'] ?? '{}') as { kind?: string };
  if (manifest.kind !== 'service-performance-backup') throw new Error('not a backup of this service (manifest.json missing or of another kind)');
  const officesFile = JSON.parse(files['offices.json'] ?? '{}') as { offices?: Office[]; scheme?: unknown };
  const offices = officesFile.offices ?? [];
  const records: MonthlyRecord[] = [];
  for (const [name, text] of Object.entries(files)) {
    if (/^records-\d{4}\.json$/.test(name)) records.push(...((JSON.parse(text) as { records: MonthlyRecord[] }).records ?? []));
  }
  const history = (JSON.parse(files['import-log.json'] ?? '{"imports":[]}') as { imports: ImportLogEntry[] }).imports;
  await storage.appendHistory(history);
  const entry = await storage.applyImport({
    who,
    origin: 'restore',
    files: Object.keys(files).map((name) => ({ name, size: files[name]!.length })),
    offices: { mode: 'replace', list: offices },
    scope: 'all',
    months: [...new Set(records.map((record) => monthIndex(record.month)))],
    records,
    rowsLeftOut: 0,
  });
  if (officesFile.scheme !== undefined) await storage.putDocument('scheme', JSON.stringify(officesFile.scheme), who);
  const edits = (JSON.parse(files['bulletin-edits.json'] ?? '{"edits":{}}') as { edits: Record<string, { edits: unknown; updatedBy?: string }> }).edits;
  for (const [key, value] of Object.entries(edits)) await storage.putDocument(`edits:${key}`, JSON.stringify(value.edits), value.updatedBy ?? who);
  return entry;
}
