import readXlsxFile from 'read-excel-file/universal';
import type { Cell } from './cells';
import { FileLoadError } from './fileErrors';
import { MAX_UNZIPPED_BYTES, MAX_UNZIPPED_SIZE_TEXT } from './limits';
import { declaredUnzippedBytes } from './zipSize';

export interface Sheet {
  name: string;
  rows: Cell[][];
}

/**
 * Every sheet of a workbook as rows of typed cells (string, number, boolean, Date), rows[0]
 * being the sheet's row 1: read-excel-file fills gaps between rows and columns, so positions
 * are the ones Excel shows. The universal build reads an ArrayBuffer and needs no DOM, so the same
 * code runs in the worker and in node tests.
 */
export async function readWorkbook(bytes: ArrayBuffer, fileName: string): Promise<Sheet[]> {
  // The parts read-excel-file unpacks (it skips images and the like).
  const unzipped = declaredUnzippedBytes(new Uint8Array(bytes), (name) => name.endsWith('.xml') || name.endsWith('.xml.rels'));
  if (unzipped !== null && unzipped > MAX_UNZIPPED_BYTES) {
    throw new FileLoadError('too-large-unzipped', { file: fileName, limit: MAX_UNZIPPED_SIZE_TEXT });
  }
  try {
    const sheets = await readXlsxFile(bytes, { trim: false });
    return sheets.map((sheet) => ({ name: sheet.sheet, rows: sheet.data as unknown as Cell[][] }));
  } catch (error) {
    throw new FileLoadError('unreadable-xlsx', { file: fileName, detail: error instanceof Error ? error.message : String(error) });
  }
}

/** The four bytes every .xlsx (a zip archive) starts with. */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
