import { useId, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ServiceAnswer } from '../../../adapters/http/writes';
import { useDataSource } from '../../../data';
import { useI18n } from '../../../ui';
import { useServiceCapabilities } from './serviceUploads';

type Outcome =
  | { kind: 'none' }
  | { kind: 'busy' }
  | { kind: 'imported'; records: number; months: string; who: string; rejected: number }
  | { kind: 'consent'; rejected: number; files: File[] }
  | { kind: 'refused'; detail: string }
  | { kind: 'undone'; id: number }
  | { kind: 'nothing' }
  | { kind: 'failed'; status: number; detail: string };

function read(answer: ServiceAnswer, files: File[]): Outcome {
  const { body } = answer;
  const report = (body.report ?? {}) as { rejected?: number; months?: string[] };
  if (answer.ok && body.status === 'imported') {
    const log = body.log as { recordsWritten: number; months: string[]; who: string };
    return { kind: 'imported', records: log.recordsWritten, months: log.months.join('、'), who: log.who, rejected: report.rejected ?? 0 };
  }
  if (answer.status === 422 && body.status === 'needs-consent') return { kind: 'consent', rejected: report.rejected ?? 0, files };
  if (answer.status === 422 || answer.status === 413) return { kind: 'refused', detail: String(body.detail ?? body.error ?? '') };
  return { kind: 'failed', status: answer.status, detail: String(body.detail ?? '') };
}

/**
 * 设置 → 数据来源, when the source is a data service that takes uploads: log in with an editor's
 * token, upload the same templates the browser import reads (checked by the service with the same
 * code), import the good rows only with consent, undo the last import. Every screen then reloads.
 */
export function ServicePanel() {
  const { t, formatCount } = useI18n();
  const { adapter } = useDataSource();
  const client = useQueryClient();
  const tokenId = useId();
  const fileId = useId();
  const capabilities = useServiceCapabilities();
  const session = useQuery({ queryKey: [adapter.id, 'session'], queryFn: () => adapter.writes!.session(), enabled: adapter.writes !== undefined });
  const [token, setToken] = useState('');
  const [loginFailed, setLoginFailed] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });
  const writes = adapter.writes;
  if (!writes || !capabilities.data?.uploads) return null;
  const editor = session.data?.ok ? String(session.data.body.name ?? '') : null;

  const refresh = () => void client.invalidateQueries();
  const upload = async (files: File[], acceptPartial = false) => {
    setOutcome({ kind: 'busy' });
    const answer = await writes.upload(files, { acceptPartial });
    setOutcome(read(answer, files));
    if (answer.ok) refresh();
  };
  const undo = async () => {
    const answer = await writes.undoLastImport();
    if (answer.ok) {
      setOutcome({ kind: 'undone', id: Number((answer.body.log as { id: number }).id) });
      refresh();
    } else setOutcome(answer.status === 404 ? { kind: 'nothing' } : { kind: 'failed', status: answer.status, detail: String(answer.body.detail ?? '') });
  };

  return (
    <section className="panel" aria-labelledby="service-upload">
      <h3 id="service-upload">{t('files.service.title')}</h3>
      <p className="hint">{t('files.service.intro')}</p>
      {editor ? (
        <p>{t('files.service.loggedIn', { name: editor })}</p>
      ) : (
        <form
          className="actions"
          onSubmit={(event) => {
            event.preventDefault();
            void writes.login(token).then((answer) => {
              setLoginFailed(!answer.ok);
              if (answer.ok) {
                setToken('');
                void session.refetch();
              }
            });
          }}
        >
          <label htmlFor={tokenId}>{t('files.service.token')}</label>{' '}
          <input id={tokenId} type="password" autoComplete="off" value={token} onChange={(event) => setToken(event.target.value)} />{' '}
          <button type="submit" disabled={token.trim() === ''}>
            {t('files.service.login')}
          </button>
          {loginFailed && <span role="alert"> {t('files.service.loginFailed')}</span>}
        </form>
      )}
      {editor && (
        <p className="actions">
          <label htmlFor={fileId}>{t('files.load.choose')}</label>{' '}
          <input
            id={fileId}
            type="file"
            multiple
            accept=".xlsx,.xlsm,.csv,.txt,.json"
            disabled={outcome.kind === 'busy'}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = '';
              if (files.length > 0) void upload(files);
            }}
          />{' '}
          <button type="button" onClick={() => void undo()}>
            {t('files.service.undo')}
          </button>
        </p>
      )}
      <p role="status" className="message">
        {outcome.kind === 'busy' && t('files.service.uploading')}
        {outcome.kind === 'imported' && (
          <>
            {t('files.service.imported', { records: formatCount(outcome.records), months: outcome.months, who: outcome.who })}
            {outcome.rejected > 0 && ` ${t('files.service.leftOut', { rejected: formatCount(outcome.rejected) })}`}
          </>
        )}
        {outcome.kind === 'undone' && t('files.service.undone', { id: outcome.id })}
        {outcome.kind === 'nothing' && t('files.service.nothingToUndo')}
      </p>
      {outcome.kind === 'consent' && (
        <p role="alert" className="warning">
          {t('files.service.needsConsent', { rejected: formatCount(outcome.rejected) })}{' '}
          <button type="button" onClick={() => void upload(outcome.files, true)}>
            {t('files.service.importGood')}
          </button>
        </p>
      )}
      {outcome.kind === 'refused' && (
        <p role="alert" className="warning">
          {t('files.service.refused', { detail: outcome.detail })}
        </p>
      )}
      {outcome.kind === 'failed' && (
        <p role="alert" className="warning">
          {t('files.service.failed', { status: outcome.status, detail: outcome.detail })}
        </p>
      )}
    </section>
  );
}
