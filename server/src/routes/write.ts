import type { FastifyInstance } from 'fastify';
import { parseSchemePayload } from '../../../src/adapters/scheme';
import { isAdapterError } from '../../../src/adapters/errors';
import { isPlainObject } from '../../../src/adapters/validate/describe';
import { backupFiles, zipFiles } from '../backup';
import { problem } from '../http';
import { UploadRefused } from '../upload/hostile';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from '../upload/limits';
import { planUpload } from '../upload/plan';
import type { Storage } from '../storage/types';
import type { FileInput } from '../../../src/adapters/file/dataset';

/** A bulletin's edits are kept per scope, month and language, as the browser keeps them. */
const EDITS_KEY = /^[^\s:]{1,200}:\d{4}-(0[1-9]|1[0-2]):(zh-CN|en)$/;
const PARAGRAPH_ID = /^[a-zA-Z][a-zA-Z0-9.-]{0,60}$/;
const MAX_EDIT_CHARS = 20_000;

/** The edits' shape: paragraph id → { text, generated }, both strings; anything else is refused. */
function readEdits(body: unknown): Record<string, { text: string; generated: string }> | string {
  if (!isPlainObject(body)) return 'expected an object of paragraph edits';
  const entries = Object.entries(body);
  if (entries.length > 100) return 'too many paragraphs';
  const edits: Record<string, { text: string; generated: string }> = {};
  for (const [id, value] of entries) {
    if (!PARAGRAPH_ID.test(id)) return `not a paragraph id: ${id.slice(0, 40)}`;
    if (!isPlainObject(value) || typeof value.text !== 'string' || typeof value.generated !== 'string')
      return `paragraph ${id}: expected { text, generated } as strings`;
    if (value.text.length > MAX_EDIT_CHARS || value.generated.length > MAX_EDIT_CHARS) return `paragraph ${id} is longer than ${MAX_EDIT_CHARS} characters`;
    edits[id] = { text: value.text, generated: value.generated };
  }
  return edits;
}

/**
 * The writes: uploads (checked, then imported in one transaction, logged, undoable), the scheme
 * and the bulletin's edits. The auth guard has let only editors this far.
 */
export function writeRoutes(app: FastifyInstance, storage: Storage): void {
  app.post('/imports', async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    if (!request.isMultipart()) return problem(reply, 415, 'not-multipart', 'send the files as multipart/form-data');
    const inputs: FileInput[] = [];
    try {
      for await (const part of request.files({ limits: { fileSize: MAX_UPLOAD_BYTES, files: MAX_UPLOAD_FILES } })) {
        const buffer = await part.toBuffer();
        inputs.push({
          name: part.filename.slice(0, 200) || 'upload',
          bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer,
        });
      }
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code === 'FST_REQ_FILE_TOO_LARGE')
        return problem(reply, 413, 'too-large', `a file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; nothing was changed`);
      if (code === 'FST_FILES_LIMIT') return problem(reply, 413, 'too-many-files', `at most ${MAX_UPLOAD_FILES} files at a time; nothing was changed`);
      throw error;
    }
    if (inputs.length === 0) return problem(reply, 400, 'no-files', 'no file was sent');
    let planned;
    try {
      planned = await planUpload(storage, inputs, request.editor!.name);
    } catch (error) {
      if (error instanceof UploadRefused)
        return problem(reply, 422, error.code, `${error.file ? `${error.file}: ` : ''}${error.detail}; nothing was changed`, { status: 'refused' });
      throw error;
    }
    const { report, plan } = planned;
    if (query.dryRun === '1') return { status: 'checked', report };
    if (report.rejected > 0 && query.acceptPartial !== '1') {
      return reply.code(422).send({
        status: 'needs-consent',
        error: 'rows-rejected',
        detail: `${report.rejected} rows are left out; nothing was changed. Import the good rows only with acceptPartial=1.`,
        report,
      });
    }
    const log = await storage.applyImport(plan);
    request.log.info({ importId: log.id, who: log.who, records: log.recordsWritten }, 'import applied');
    return { status: 'imported', log, report };
  });

  /** Everything, as a zip of files the upload accepts back (docs/deploy.md, Backup). Editors only: it is all the data. */
  app.get('/backup', async (request, reply) => {
    if (!request.editor || request.editor.role !== 'editor') return problem(reply, 401, 'unauthorized', 'a backup needs an editor token');
    const zip = zipFiles(await backupFiles(storage));
    const stamp = new Date().toISOString().slice(0, 10);
    return reply
      .type('application/zip')
      .header('content-disposition', `attachment; filename="service-backup-${stamp}.zip"`)
      .header('cache-control', 'no-store')
      .send(Buffer.from(zip));
  });

  app.get('/imports', async () => ({ imports: (await storage.importLog()).reverse() }));

  app.post('/imports/undo', async (request, reply) => {
    const undone = await storage.undoLastImport(request.editor!.name);
    if (!undone) return problem(reply, 404, 'nothing-to-undo', 'no import to undo');
    return { status: 'undone', log: undone };
  });

  app.put('/scheme', async (request, reply) => {
    try {
      parseSchemePayload(request.body, 'scheme');
    } catch (error) {
      if (isAdapterError(error)) return problem(reply, 422, 'scheme-invalid', error.detail, { problems: error.why?.schemeProblems ?? [] });
      throw error;
    }
    await storage.putDocument('scheme', JSON.stringify(request.body), request.editor!.name);
    return { status: 'saved' };
  });

  app.delete('/scheme', async (request) => {
    await storage.putDocument('scheme', null, request.editor!.name);
    return { status: 'removed' };
  });

  app.get('/bulletin-edits', async (request, reply) => {
    const key = (request.query as Record<string, string | undefined>).key ?? '';
    if (!EDITS_KEY.test(key)) return problem(reply, 400, 'bad-key', 'key is scope:YYYY-MM:locale');
    const stored = await storage.getDocument(`edits:${key}`);
    return reply
      .header('cache-control', 'no-cache')
      .send(stored ? { edits: JSON.parse(stored.body), updatedAt: stored.updatedAt, updatedBy: stored.updatedBy } : { edits: {} });
  });

  app.put('/bulletin-edits', async (request, reply) => {
    const key = (request.query as Record<string, string | undefined>).key ?? '';
    if (!EDITS_KEY.test(key)) return problem(reply, 400, 'bad-key', 'key is scope:YYYY-MM:locale');
    const edits = readEdits(request.body);
    if (typeof edits === 'string') return problem(reply, 422, 'edits-invalid', edits);
    await storage.putDocument(`edits:${key}`, Object.keys(edits).length ? JSON.stringify(edits) : null, request.editor!.name);
    return { status: 'saved' };
  });
}
