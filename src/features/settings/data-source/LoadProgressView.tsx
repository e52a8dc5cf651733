import type { LoadProgress } from '../../../adapters/file';
import { useI18n, type MessageKey } from '../../../ui';

/** Each phase's share of the bar: parsing is most of the work. */
const SPANS: Record<LoadProgress['phase'], [start: number, width: number]> = {
  read: [0, 0.1],
  parse: [0.1, 0.6],
  check: [0.7, 0.2],
  store: [0.9, 0.1],
};

const WORDS: Record<LoadProgress['phase'], MessageKey> = {
  read: 'files.progress.read',
  parse: 'files.progress.parse',
  check: 'files.progress.check',
  store: 'files.progress.store',
};

export function overallFraction(progress: LoadProgress): number {
  const [start, width] = SPANS[progress.phase];
  const within = Number.isFinite(progress.fraction) ? Math.min(1, Math.max(0, progress.fraction)) : 0;
  return start + width * within;
}

export function LoadProgressView({ progress, onCancel }: { progress: LoadProgress; onCancel: () => void }) {
  const { t } = useI18n();
  const fraction = overallFraction(progress);
  const percent = Math.round(fraction * 100);
  return (
    <div className="load-progress" role="status" aria-live="polite">
      <p className="phase">
        <span>{t(WORDS[progress.phase], { file: progress.file ?? '' })}</span>
        <span>{t('files.progress.percent', { percent })}</span>
      </p>
      <p className="phase">
        <progress max={100} value={percent} aria-label={t('files.progress.label')} />
        {/* While the dataset is being stored, a cancel could leave the old data replaced and the new not shown. */}
        {progress.phase !== 'store' && (
          <button type="button" onClick={onCancel}>
            {t('files.load.cancel')}
          </button>
        )}
      </p>
    </div>
  );
}
