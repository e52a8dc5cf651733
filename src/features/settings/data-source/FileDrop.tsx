import { useId, useState, type ChangeEvent, type DragEvent } from 'react';
import { MAX_FILE_SIZE_TEXT, type PickedFile } from '../../../adapters/file';
import { useI18n } from '../../../ui';

const ACCEPT = '.xlsx,.xlsm,.csv,.txt,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Files by drag and drop, or by the browser's own file picker (a real, labelled input: reachable
 * by Tab, opened by Enter or Space, read by screen readers).
 */
export function FileDrop({ onFiles, disabled }: { onFiles: (files: PickedFile[]) => void; disabled: boolean }) {
  const { t } = useI18n();
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);

  const onDragOver = (event: DragEvent) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(files);
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared, so choosing the same file again (after fixing it) loads it again.
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };

  return (
    <div className={`file-drop${over ? ' over' : ''}`} onDragOver={onDragOver} onDragLeave={() => setOver(false)} onDrop={onDrop}>
      <p>
        {over ? t('files.load.dropActive') : t('files.load.drop')}{' '}
        {/* The input stays focusable; its label is the visible button, so the words follow the app's language. */}
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          multiple
          accept={ACCEPT}
          onChange={onChange}
          disabled={disabled}
          aria-describedby={hintId}
        />
        <label htmlFor={inputId} className="button primary" aria-disabled={disabled || undefined}>
          {t('files.load.choose')}
        </label>
      </p>
      <p id={hintId} className="hint">
        {t('files.load.hint', { limit: MAX_FILE_SIZE_TEXT })}
      </p>
    </div>
  );
}
