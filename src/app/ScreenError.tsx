import { Link, useI18n } from '../ui';
import { DEFAULT_PATH } from './routes';

export function ScreenError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="state error">
      <strong>{t('state.unexpected')}</strong>
      <p>{t('state.unexpectedHint', { message: error.message })}</p>
      <button type="button" onClick={onRetry}>
        {t('state.retry')}
      </button>{' '}
      <Link to={DEFAULT_PATH}>{t('state.backHome')}</Link>
    </div>
  );
}
