import writeXlsxFile from 'write-excel-file/node';
import { templateWorkbookSheets } from '../../src/adapters/file/templateXlsx';
import type { FastifyInstance } from 'fastify';

export const TEMPLATE_MONTH = '2025-10';

/** The reference template the settings page offers, as Excel would hand it back. */
export async function templateXlsx(month = TEMPLATE_MONTH): Promise<Buffer> {
  return (await writeXlsxFile(templateWorkbookSheets(month, ['填写说明']) as never).toBuffer()) as Buffer;
}

/** A multipart/form-data body of files. */
export function multipart(files: { name: string; bytes: Buffer | string }[]): { body: Buffer; contentType: string } {
  const boundary = `----spd${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const file of files) {
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    );
    chunks.push(Buffer.isBuffer(file.bytes) ? file.bytes : Buffer.from(file.bytes, 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export async function upload(app: FastifyInstance, files: { name: string; bytes: Buffer | string }[], options: { token?: string; query?: string } = {}) {
  const { body, contentType } = multipart(files);
  return app.inject({
    method: 'POST',
    url: `/api/v1/imports${options.query ? `?${options.query}` : ''}`,
    headers: { 'content-type': contentType, ...(options.token ? { authorization: `Bearer ${options.token}` } : {}) },
    payload: body,
  });
}
