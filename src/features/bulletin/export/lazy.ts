import type { BulletinDocument } from '../model/document';
import type { DocxImages } from './docx';

/**
 * The exports, each loaded on the click that asks for it: Word (docx) and Excel
 * (write-excel-file) are large and rare, so they stay out of the screen's bundle in chunks of
 * their own, fetched only then.
 */
export async function docxBlob(document: BulletinDocument, images: DocxImages): Promise<Blob> {
  const { buildDocx } = await import('./docx');
  return buildDocx(document, images);
}

export async function xlsxBlob(document: BulletinDocument): Promise<Blob> {
  const { buildXlsx } = await import('./xlsx');
  return buildXlsx(document);
}

/** One PNG for a short bulletin, a .zip of one PNG per A4 page for a longer one (pageImages.ts). */
export async function bulletinPng(element: HTMLElement): Promise<Blob> {
  const { bulletinImages } = await import('./pageImages');
  return bulletinImages(element);
}
