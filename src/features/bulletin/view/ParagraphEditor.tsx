import { useId, useLayoutEffect, useRef, type RefObject } from 'react';
import { useI18n } from '../../../ui';
import type { ParagraphState } from '../edits/merge';

/**
 * A generated paragraph staff can rewrite before export. On screen it is a textarea that grows
 * with its text; in print and in the PNG the text itself is shown instead (the .print-only copy).
 * When another tab changed the same paragraph at the same time, both texts are shown and the user
 * chooses; when the browser could not store the text, the paragraph says so.
 */
export function ParagraphEditor({
  paragraph,
  name,
  onChange,
  onReset,
  conflict = null,
  unsaved = false,
  onResolve,
  className,
}: {
  paragraph: ParagraphState;
  /** What the paragraph is about, for its label: 总体情况, 部门绩效排名… */
  name: string;
  onChange: (text: string) => void;
  onReset: () => void;
  /** The other tab's text (null: it restored the generated text), when both edited at once; or the data service's (another PC's). */
  conflict?: { theirs: string | null; fromService?: boolean } | null;
  unsaved?: boolean;
  onResolve?: (keep: 'mine' | 'theirs') => void;
  className?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const caret = useCaretKeeper(area, paragraph.text);

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight + 2}px`;
  }, [paragraph.text]);

  const classes = ['bulletin-paragraph', paragraph.edited && 'edited', conflict && 'conflict', className].filter(Boolean).join(' ');
  return (
    <div className={classes} data-paragraph={paragraph.id}>
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
        onSelect={caret}
        onChange={(event) => {
          caret();
          onChange(event.target.value);
        }}
      />
      <p className="bulletin-text print-only">{paragraph.text}</p>
      {(paragraph.edited || unsaved) && (
        <div className="paragraph-tools no-print">
          {paragraph.edited && <span className="badge edited-badge">{t('bulletin.edit.edited')}</span>}
          {unsaved && <span className="badge unsaved-badge">{t('bulletin.edit.unsavedBadge')}</span>}
          {paragraph.stale && <span className="stale-note">{t('bulletin.edit.stale')}</span>}
          {paragraph.edited && (
            <button type="button" onClick={onReset} aria-label={t('bulletin.edit.resetOne', { name })}>
              {t('bulletin.edit.reset')}
            </button>
          )}
        </div>
      )}
      {conflict && (
        <div role="alert" className="paragraph-conflict no-print">
          <p>{t(conflict.fromService ? 'bulletin.edit.conflictService' : 'bulletin.edit.conflict', { name })}</p>
          <p className="theirs">{conflict.theirs ?? paragraph.generated}</p>
          <p className="actions">
            <button type="button" onClick={() => onResolve?.('mine')}>
              {t(conflict.fromService ? 'bulletin.edit.keepMineService' : 'bulletin.edit.keepMine')}
            </button>
            <button type="button" onClick={() => onResolve?.('theirs')}>
              {t(conflict.fromService ? 'bulletin.edit.takeService' : 'bulletin.edit.takeTheirs')}
            </button>
          </p>
        </div>
      )}
    </div>
  );
}

/**
 * Keeps the caret where the user left it when the text changes under it (another tab's keystroke
 * arrives): a controlled textarea would otherwise jump to the end.
 */
function useCaretKeeper(area: RefObject<HTMLTextAreaElement | null>, text: string): () => void {
  const last = useRef<{ value: string; start: number; end: number } | null>(null);
  useLayoutEffect(() => {
    const element = area.current;
    const before = last.current;
    if (!element || !before || document.activeElement !== element || before.value === text) return;
    // The part that changed lies between the text both share at the start and at the end; a caret
    // at or after its end moves with it (another tab typing at the end pushes the caret along).
    const old = before.value;
    let prefix = 0;
    while (prefix < old.length && prefix < text.length && old[prefix] === text[prefix]) prefix++;
    let suffix = 0;
    while (suffix < old.length - prefix && suffix < text.length - prefix && old[old.length - 1 - suffix] === text[text.length - 1 - suffix]) suffix++;
    const shift = (position: number) => (position >= old.length - suffix ? position + text.length - old.length : Math.min(position, prefix));
    element.setSelectionRange(shift(before.start), shift(before.end));
    last.current = { value: text, start: element.selectionStart, end: element.selectionEnd };
  }, [area, text]);
  return () => {
    const element = area.current;
    if (element) last.current = { value: element.value, start: element.selectionStart, end: element.selectionEnd };
  };
}
