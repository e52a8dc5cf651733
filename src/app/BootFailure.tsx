import { I18nProvider, useI18n } from '../ui';
import type { BootResult } from './boot';

function Message({ result }: { result: Extract<BootResult, { ok: false }> }) {
  const { t } = useI18n();
  const text =
    result.stage === 'config-invalid'
      ? t('error.config', { detail: result.detail })
      : result.stage === 'config-unreachable'
        ? t('error.configUnreachable', { detail: result.detail })
        : t('error.unknown', { detail: result.detail });
  return (
    <main className="app-main">
      <div role="alert" className="state error">
        <strong>{t('state.error')}</strong>
        <p>{text}</p>
      </div>
    </main>
  );
}

/** Without a usable config there is no data source: say why, in the browser's language if it is not Chinese. */
export function BootFailure({ result }: { result: Extract<BootResult, { ok: false }> }) {
  const locale = typeof navigator !== 'undefined' && !navigator.language.startsWith('zh') ? 'en' : 'zh-CN';
  return (
    <I18nProvider defaultLocale={locale}>
      <Message result={result} />
    </I18nProvider>
  );
}
