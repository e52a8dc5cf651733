import type { ReactNode, RefObject } from 'react';
import { useI18n } from '../../../ui';
import type { ChartPng } from '../charts/png';
import type { ScoreChart } from '../charts/scoreChart';
import { gridChars } from '../export/word/geometry';
import { annexNote, type Block, type BulletinDocument, type ChartId } from '../model/document';
import { titleLines } from '../model/titleLines';
import type { ParagraphId } from '../narrative';
import { BulletinChart } from './BulletinChart';
import { BulletinTableView } from './BulletinTableView';

export interface PaperProps {
  document: BulletinDocument;
  paper: RefObject<HTMLElement | null>;
  /** The editor of a paragraph (a textarea on screen, its text in print), or null when it does not apply. */
  editor: (id: ParagraphId, className?: string) => ReactNode;
  charts: Partial<Record<ChartId, ScoreChart>>;
  images: Partial<Record<ChartId, ChartPng>>;
  /** Annexes whose first table needs a landscape page (print sets them on one). */
  landscape: ReadonlySet<string>;
}

function blocks(items: readonly Block[], props: PaperProps, keyPrefix: string) {
  return items.map((block, index) => {
    if (block.type === 'paragraph') return props.editor(block.id);
    if (block.type === 'subheading')
      return block.level === 3 ? <h6 key={`${keyPrefix}-h-${index}`}>{block.text}</h6> : <h5 key={`${keyPrefix}-h-${index}`}>{block.text}</h5>;
    if (block.type === 'table') return <BulletinTableView key={`${keyPrefix}-${block.table.id}`} table={block.table} />;
    const chart = props.charts[block.chart.id];
    return chart ? (
      <BulletinChart
        key={`${keyPrefix}-${block.chart.id}`}
        title={block.chart.title}
        chart={chart}
        image={props.images[block.chart.id]}
        fileName={`${props.document.title} ${block.chart.title}`}
      />
    ) : null;
  });
}

/**
 * The bulletin as the 公文 it prints as (GB/T 9704-2012): the optional 版头, the title broken into
 * its lines, 主送机关 and the opening, the body, 附件说明, the issuer and the date at the right,
 * then the annexes on pages of their own and the optional 版记. Every generated text is editable
 * in place; print and the page images show the text only.
 */
export function BulletinPaper(props: PaperProps) {
  const { t, locale } = useI18n();
  const { document, paper, editor } = props;
  const note = annexNote(document);
  // The signature's 空二字 (GB/T 9704 7.3.5.2): the date's first character two right of the issuer's.
  const dateRight = Math.max(2, gridChars(document.issuer) - gridChars(document.issueDate));
  const issuerRight = gridChars(document.issueDate) + dateRight + 2 - gridChars(document.issuer);
  return (
    <article ref={paper} className="bulletin-paper" aria-labelledby="bulletin-title" lang={locale}>
      <header className="bulletin-head">
        {document.banner && (
          <div className="gw-banner">
            <p className="gw-mark">{document.banner.mark}</p>
            {editor('docNumber', 'gw-doc-number')}
            <hr className="gw-red-line" />
          </div>
        )}
        <h3 id="bulletin-title" className="bulletin-title">
          {document.titleLines.map((line, index) => (
            <span key={index} className="title-line">
              {line}
            </span>
          ))}
        </h3>
        {editor('title', 'title-editor')}
        {document.subtitle && <p className="bulletin-subtitle">{document.subtitle}</p>}
        {editor('addressees', 'gw-addressees')}
        {editor('opening')}
      </header>
      {document.sections.map((section) => (
        <section key={section.id} className="bulletin-section" aria-labelledby={`bulletin-${section.id}`} data-section={section.id}>
          <h4 id={`bulletin-${section.id}`}>{section.heading}</h4>
          {blocks(section.blocks, props, section.id)}
        </section>
      ))}
      {note.length > 0 && (
        <ol className="gw-annex-note" aria-label={t('bulletin.annex.note')}>
          {note.map((annex, index) => (
            <li key={annex.number}>
              <span className="gw-annex-prefix" aria-hidden={index > 0}>
                {t('bulletin.annex.note')}
              </span>
              {annex.number}.{annex.title}
            </li>
          ))}
        </ol>
      )}
      <div className="gw-signature">
        <div style={{ paddingRight: `${issuerRight}em` }}>{editor('issuer', 'gw-issuer')}</div>
        <div style={{ paddingRight: `${dateRight}em` }}>{editor('issueDate', 'gw-date')}</div>
      </div>
      {document.annexes.map((annex) => (
        <section
          key={annex.id}
          className={`bulletin-annex${props.landscape.has(annex.id) ? ' landscape' : ''}`}
          aria-labelledby={`bulletin-annex-${annex.id}`}
          data-annex={annex.id}
        >
          <p className="annex-label">{annex.label}</p>
          <h4 id={`bulletin-annex-${annex.id}`} className="annex-title">
            {(locale === 'zh-CN' ? titleLines(annex.title) : [annex.title]).map((line, index) => (
              <span key={index} className="title-line">
                {line}
              </span>
            ))}
          </h4>
          {blocks(annex.blocks, props, annex.id)}
        </section>
      ))}
      {document.record && (
        <footer className="gw-record">
          {document.record.copyTo && <p>{t('bulletin.record.copyTo', { list: document.record.copyTo.replace(/[。.]$/, '') })}</p>}
          <p className="gw-printed">
            <span>{document.record.printer}</span>
            <span>{t('bulletin.record.printed', { date: document.record.printDate })}</span>
          </p>
        </footer>
      )}
    </article>
  );
}
