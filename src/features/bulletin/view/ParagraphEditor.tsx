import { useId, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../../../ui';
import type { ParagraphState } from '../edits/merge';

/**
 * A generated paragraph staff can rewrite before export. On screen it is a textarea that grows
 * with its text; in print and in the PNG the text itself is shown instead (the .print-only copy).
 */
export function ParagraphEditor({
  paragraph,
  name,
  onChange,
  onReset,
  className,
}: {
  paragraph: ParagraphState;
  /** What the paragraph is about, for its label: 总体情况, 部门绩效排名… */
  name: string;
  onChange: (text: string) => void;
  onReset: () => void;
  className?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [paragraph.text]);

  return (
    <div className={`bulletin-paragraph${paragraph.edited ? ' edited' : ''}${className ? ` ${className}` : ''}`} data-paragraph={paragraph.id}>
      <label htmlFor={id} className="visually-hidden">
        {t('bulletin.edit.label', { name })}
      </label>
      <textarea
        id={id}
        ref={area}
        className="bulletin-editor no-print"
        value={paragraph.text}
        rows={1}
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
      />
      <p className="bulletin-text print-only">{paragraph.text}</p>
      {paragraph.edited && (
        <div className="paragraph-tools no-print">
          <span className="badge edited-badge">{t('bulletin.edit.edited')}</span>
          {paragraph.stale && <span className="stale-note">{t('bulletin.edit.stale')}</span>}
          <button type="button" onClick={onReset} aria-label={t('bulletin.edit.resetOne', { name })}>
            {t('bulletin.edit.reset')}
          </button>
        </div>
      )}
    </div>
  );
}
