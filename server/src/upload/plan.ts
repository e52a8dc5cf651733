import { isFileLoadError } from '../../../src/adapters/file/fileErrors';
import { readTableParts } from '../../../src/adapters/file/parseFiles';
import type { FileInput, FileNotice } from '../../../src/adapters/file/dataset';
import type { TablePart } from '../../../src/adapters/file/tables';
import { isPlainObject } from '../../../src/adapters/validate/describe';
import { validateOffices } from '../../../src/adapters/validate/offices';
import { validateRecords } from '../../../src/adapters/validate/records';
import { isMonthKey, isPartId, monthFromIndex, monthIndex, PART_ID_PREFIX, type Office, type QualityReport } from '../../../src/domain';
import type { ImportPlan, Storage } from '../storage/types';
import { checkJsonKeys, checkXlsx, looksLikeFormula, UploadRefused } from './hostile';
import { MAX_UPLOAD_ROWS } from './limits';

/** What an upload was found to hold: the same row-level report the browser import gives. */
export interface UploadReport {
  files: { name: string; size: number }[];
  officesSource: string | null;
  recordsSource: string;
  offices: QualityReport | null;
  records: QualityReport;
  notices: FileNotice[];
  months: string[];
  /** Rows left out (errors, not notes): the import needs the user's consent to go ahead without them. */
  rejected: number;
  /** 'replace': the upload's offices are the whole list now; 'merge': added or updated; null: unchanged. */
  officesMode: 'replace' | 'merge' | null;
}

const SHOWN_ISSUES = 1000;

function withoutPlaceholders(quality: QualityReport, part: TablePart): QualityReport {
  const placeholders = part.placeholderRows;
  if (placeholders.size === 0) return quality;
  return { accepted: quality.accepted, rejected: quality.rejected - placeholders.size, issues: quality.issues.filter((issue) => !placeholders.has(issue.row)) };
}

function rejectedOf(quality: QualityReport | null): number {
  return quality ? quality.rejected : 0;
}

function only(parts: TablePart[], kind: 'offices' | 'records', seen: string[]): TablePart | null {
  const found = parts.filter((part) => part.kind === kind);
  if (found.length > 1) throw new UploadRefused('several-tables', `more than one table of ${kind}: ${found.map((part) => part.source).join('、')}`);
  if (kind === 'records' && found.length === 0)
    throw new UploadRefused('no-records-table', `no table of monthly records among ${seen.join('、') || 'the files'}`);
  return found[0] ?? null;
}

/** Refuses a file before it is parsed: zip bombs, formulas, prototype keys. */
function checkInput(input: FileInput): void {
  const bytes = new Uint8Array(input.bytes);
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xls[xm]$/i.test(input.name)) checkXlsx(bytes, input.name);
  else if (/\.json$/i.test(input.name) || bytes[0] === 0x7b) checkJsonKeys(new TextDecoder().decode(bytes), input.name);
}

/** Text cells of a part that would run as formulas when exported: refused, naming the first. */
function checkFormulaText(part: TablePart): void {
  const fields = part.kind === 'offices' ? ['id', 'name', 'parentId'] : ['officeId'];
  part.payload.forEach((row, index) => {
    if (!isPlainObject(row)) return;
    for (const field of fields) {
      const value = row[field];
      if (typeof value === 'string' && looksLikeFormula(value)) {
        throw new UploadRefused(
          'formula-cells',
          `${part.source}, row ${index + 1}: ${JSON.stringify(value.slice(0, 40))} would be read as a formula by a spreadsheet`,
        );
      }
    }
  });
}

/**
 * Reads and validates an upload with the browser import's own code (readTableParts,
 * validateOffices, validateRecords), against the offices stored. An offices table with a root
 * replaces the office list; one without (a prefecture's part of a province) adds and updates
 * offices. The plan replaces, for every office the upload names and every month it covers, the
 * stored records.
 */
export async function planUpload(storage: Storage, inputs: FileInput[], who: string): Promise<{ report: UploadReport; plan: ImportPlan }> {
  for (const input of inputs) checkInput(input);
  let tables;
  try {
    tables = await readTableParts(inputs);
  } catch (error) {
    if (isFileLoadError(error)) throw new UploadRefused(error.code, Object.values(error.params).join('; ') || error.code, error.params.file);
    throw error;
  }
  const rows = tables.parts.reduce((sum, part) => sum + part.payload.length, 0);
  if (rows > MAX_UPLOAD_ROWS) throw new UploadRefused('too-many-rows', `${rows} rows; one upload takes at most ${MAX_UPLOAD_ROWS}`);
  const officesPart = only(tables.parts, 'offices', tables.seen);
  const recordsPart = only(tables.parts, 'records', tables.seen)!;
  for (const part of [officesPart, recordsPart]) if (part) checkFormulaText(part);

  const stored = await storage.offices();
  let offices: Office[] = stored;
  let officesQuality: QualityReport | null = null;
  let officesMode: UploadReport['officesMode'] = null;
  let uploadedOffices: Office[] = [];
  if (officesPart) {
    const uploadRows = officesPart.payload;
    const reserved = uploadRows.find((row) => isPlainObject(row) && typeof row.id === 'string' && isPartId(row.id));
    if (reserved)
      throw new UploadRefused('reserved-id', `office ids may not start with "${PART_ID_PREFIX}" (roll-ups use it): ${String((reserved as { id: string }).id)}`);
    const hasRoot = uploadRows.some((row) => isPlainObject(row) && row.id && (row.parentId === null || row.parentId === undefined) && row.kind === 'region');
    officesMode = hasRoot || stored.length === 0 ? 'replace' : 'merge';
    const uploadIds = new Set(uploadRows.filter(isPlainObject).map((row) => row.id));
    const payload = officesMode === 'replace' ? uploadRows : [...uploadRows, ...stored.filter((office) => !uploadIds.has(office.id))];
    const validated = validateOffices({ offices: payload }, officesPart.source);
    officesQuality = withoutPlaceholders(validated.quality, officesPart);
    offices = validated.offices;
    uploadedOffices = validated.offices.filter((office) => uploadIds.has(office.id));
  }

  let first = Infinity;
  let last = -Infinity;
  const months = new Set<number>();
  const named = new Set<string>(uploadedOffices.map((office) => office.id));
  for (const row of recordsPart.payload) {
    if (!isPlainObject(row)) continue;
    if (typeof row.officeId === 'string') named.add(row.officeId);
    if (!isMonthKey(row.month)) continue;
    const m = monthIndex(row.month);
    months.add(m);
    first = Math.min(first, m);
    last = Math.max(last, m);
  }
  const span = first === Infinity ? { from: '2000-01', to: '2000-01' } : { from: monthFromIndex(first), to: monthFromIndex(last) };
  const validated = validateRecords({ records: recordsPart.payload }, recordsPart.source, { ...span, officeIds: new Set(offices.map((office) => office.id)) });
  const recordsQuality = withoutPlaceholders(validated.quality, recordsPart);
  const cut = (quality: QualityReport): QualityReport => ({ ...quality, issues: quality.issues.slice(0, SHOWN_ISSUES) });
  const report: UploadReport = {
    files: inputs.map((input) => ({ name: input.name, size: input.bytes.byteLength })),
    officesSource: officesPart?.source ?? null,
    recordsSource: recordsPart.source,
    offices: officesQuality && cut(officesQuality),
    records: cut(recordsQuality),
    notices: [...tables.notices, ...(officesPart?.notices ?? []), ...recordsPart.notices],
    months: [...months].sort((a, b) => a - b).map(monthFromIndex),
    rejected: rejectedOf(officesQuality) + recordsQuality.rejected,
    officesMode,
  };
  const plan: ImportPlan = {
    who,
    origin: 'upload',
    files: report.files,
    offices: officesMode ? { mode: officesMode, list: officesMode === 'replace' ? offices : uploadedOffices } : null,
    scope: officesMode === 'replace' ? 'all' : [...named],
    months: [...months],
    records: validated.records,
    rowsLeftOut: report.rejected,
  };
  return { report, plan };
}
