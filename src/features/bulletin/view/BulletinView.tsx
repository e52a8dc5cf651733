import { useCallback, useMemo, useRef } from 'react';
import type { BulletinFacts } from '../../../engine';
import { LIGHT, useI18n, type MessageKey } from '../../../ui';
import { scoreChart, type ScoreChart } from '../charts/scoreChart';
import type { ChartPng } from '../charts/png';
import { mergeEdits } from '../edits/merge';
import { editsKey, resetAllEdits, resetEdit, resolveConflict, saveEdit, useEdits } from '../edits/store';
import { buildBulletinDocument, type ChartId } from '../model/document';
import { generateNarrative, type ParagraphId } from '../narrative';
import { BulletinChart } from './BulletinChart';
import { BulletinTableView } from './BulletinTableView';
import { ExportBar } from './ExportBar';
import { ParagraphEditor } from './ParagraphEditor';
import { UnsavedEditsNotice } from './UnsavedEditsNotice';
import { chartImage, useChartImages } from './useChartImages';

const PARAGRAPH_NAMES: Record<ParagraphId, MessageKey> = {
  issuer: 'bulletin.paragraph.issuer',
  provisional: 'bulletin.paragraph.provisional',
  overview: 'bulletin.paragraph.overview',
  disclosure: 'bulletin.paragraph.disclosure',
  department: 'bulletin.paragraph.department',
  township: 'bulletin.paragraph.township',
  reviews: 'bulletin.paragraph.reviews',
  hotline: 'bulletin.paragraph.hotline',
  cards: 'bulletin.paragraph.cards',
  bestWorst: 'bulletin.paragraph.bestWorst',
  reporting: 'bulletin.paragraph.reporting',
  closing: 'bulletin.paragraph.closing',
};

function todayKey(): string {
  const now = new Date();
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/**
 * One month's bulletin for one scope: the generated text with staff's edits, the tables and the
 * charts, drawn from one document that the exports write too.
 */
export function BulletinView({ facts, issuer, scopeId }: { facts: BulletinFacts; issuer: string; scopeId: string }) {
  const { t, locale } = useI18n();
  const paper = useRef<HTMLElement>(null);
  const storageKey = editsKey(facts.month, scopeId, locale);
  const { edits, conflicts, unsaved } = useEdits(storageKey);

  const generated = useMemo(() => generateNarrative(facts, locale, { issuer }), [facts, locale, issuer]);
  const { narrative, paragraphs } = useMemo(() => mergeEdits(generated, edits), [generated, edits]);
  const day = todayKey();
  const document = useMemo(
    () => buildBulletinDocument(facts, locale, narrative, { issueDate: new Date() }),
    // The issue date is today's; it changes with the day, not with every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [facts, locale, narrative, day],
  );
  const charts = useMemo<Partial<Record<ChartId, ScoreChart>>>(
    () => ({
      'scores-department': scoreChart(facts, 'department', locale, LIGHT),
      'scores-township': scoreChart(facts, 'township', locale, LIGHT),
    }),
    [facts, locale],
  );
  const images = useChartImages(charts);
  const currentImages = useCallback(() => {
    const all: Partial<Record<ChartId, ChartPng>> = { ...images };
    for (const [id, chart] of Object.entries(charts) as [ChartId, ScoreChart][]) {
      if (!all[id] && chart.rows.length > 0) {
        const image = chartImage(chart);
        if (image) all[id] = image;
      }
    }
    return all;
  }, [images, charts]);

  const editedCount = Object.values(paragraphs).filter((paragraph) => paragraph?.edited).length;
  const change = (id: ParagraphId, text: string) => {
    const state = paragraphs[id];
    if (state) saveEdit(storageKey, id, text, state.generated);
  };
  const editor = (id: ParagraphId, className?: string) => {
    const state = paragraphs[id];
    if (!state) return null;
    return (
      <ParagraphEditor
        key={id}
        paragraph={state}
        name={t(PARAGRAPH_NAMES[id])}
        className={className}
        onChange={(text) => change(id, text)}
        onReset={() => resetEdit(storageKey, id)}
        conflict={id in conflicts ? { theirs: conflicts[id] ?? null } : null}
        unsaved={id in unsaved}
        onResolve={(keep) => resolveConflict(storageKey, id, keep)}
      />
    );
  };

  return (
    <>
      <ExportBar
        document={document}
        chartImages={currentImages}
        paper={paper}
        editedCount={editedCount}
        onResetAll={() => resetAllEdits(storageKey)}
      />
      <p className="bulletin-hint no-print">{t('bulletin.edit.hint')}</p>
      <UnsavedEditsNotice
        storageKey={storageKey}
        unsaved={unsaved}
        paragraphs={paragraphs}
        names={(id) => t(PARAGRAPH_NAMES[id])}
        fileName={document.fileName}
      />
      <article ref={paper} className="bulletin-paper" aria-labelledby="bulletin-title" lang={locale}>
        <header className="bulletin-head">
          <h3 id="bulletin-title" className="bulletin-title">
            {document.title}
          </h3>
          {document.subtitle && <p className="bulletin-subtitle">{document.subtitle}</p>}
          <div className="bulletin-issuing">
            {editor('issuer', 'issuer')}
            <p className="bulletin-date">{document.issueDate}</p>
          </div>
        </header>
        {document.sections.map((section) => (
          <section key={section.id} className={`bulletin-section${section.annex ? ' annex' : ''}`} aria-labelledby={`bulletin-${section.id}`} data-section={section.id}>
            <h4 id={`bulletin-${section.id}`}>{section.heading}</h4>
            {section.blocks.map((block, index) => {
              if (block.type === 'paragraph') return editor(block.id);
              if (block.type === 'table') return <BulletinTableView key={block.table.id} table={block.table} />;
              const chart = charts[block.chart.id];
              return chart ? (
                <BulletinChart
                  key={`${block.chart.id}-${index}`}
                  title={block.chart.title}
                  chart={chart}
                  image={images[block.chart.id]}
                  fileName={`${document.title} ${block.chart.title}`}
                />
              ) : null;
            })}
          </section>
        ))}
      </article>
    </>
  );
}
