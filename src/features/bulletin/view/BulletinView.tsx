import { useCallback, useMemo, useRef } from 'react';
import type { Scheme } from '../../../domain';
import { RANKED, type BulletinFacts, type EngineData } from '../../../engine';
import { Link, useI18n, type MessageKey } from '../../../ui';
import { useBulletinFormat } from '../../../data/bulletinFormat';
import { scoreChart, type ScoreChart } from '../charts/scoreChart';
import type { ChartPng } from '../charts/png';
import { mergeEdits } from '../edits/merge';
import { editsKey, resetAllEdits, resetEdit, resolveConflict, saveEdit, useEdits } from '../edits/store';
import { useSharedEdits } from '../edits/shared';
import { cellFormat } from '../export/format';
import { layoutTable } from '../export/word/layout';
import { buildBulletinDocument, type ChartId } from '../model/document';
import { generateNarrative, type ParagraphId } from '../narrative';
import { BulletinPaper } from './BulletinPaper';
import { ExportBar } from './ExportBar';
import { ParagraphEditor } from './ParagraphEditor';
import { documentFormat, useBulletinInputs } from './useBulletinInputs';
import { UnsavedEditsNotice } from './UnsavedEditsNotice';
import { chartImage, useChartImages } from './useChartImages';

const PARAGRAPH_NAMES: Record<ParagraphId, MessageKey> = {
  docNumber: 'bulletin.paragraph.docNumber',
  title: 'bulletin.paragraph.title',
  addressees: 'bulletin.paragraph.addressees',
  opening: 'bulletin.paragraph.opening',
  provisional: 'bulletin.paragraph.provisional',
  overview: 'bulletin.paragraph.overview',
  reviews: 'bulletin.paragraph.reviews',
  hotline: 'bulletin.paragraph.hotline',
  disclosure: 'bulletin.paragraph.disclosure',
  region: 'bulletin.paragraph.region',
  department: 'bulletin.paragraph.department',
  township: 'bulletin.paragraph.township',
  bestWorst: 'bulletin.paragraph.bestWorst',
  cards: 'bulletin.paragraph.cards',
  reporting: 'bulletin.paragraph.reporting',
  followUp: 'bulletin.paragraph.followUp',
  rectification: 'bulletin.paragraph.rectification',
  closing: 'bulletin.paragraph.closing',
  issuer: 'bulletin.paragraph.issuer',
  issueDate: 'bulletin.paragraph.issueDate',
};

function todayKey(): string {
  const now = new Date();
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/**
 * One month's bulletin for one scope: the generated text with staff's edits, the tables and the
 * charts, drawn from one document that the exports write too.
 */
export function BulletinView({
  facts,
  issuer,
  scopeId,
  engine,
  scheme,
}: {
  facts: BulletinFacts;
  issuer: string;
  scopeId: string;
  engine?: EngineData;
  scheme?: Scheme;
}) {
  const { t, locale } = useI18n();
  const paper = useRef<HTMLElement>(null);
  const storageKey = editsKey(facts.month, scopeId, locale);
  const { edits, conflicts, unsaved, fromService } = useEdits(storageKey);
  useSharedEdits(storageKey, scopeId, facts.month, locale, { edits, conflicts });
  const format = useBulletinFormat();
  const inputs = useBulletinInputs(facts, engine, scheme);
  const day = todayKey();

  const generated = useMemo(
    () =>
      generateNarrative(facts, locale, {
        issuer,
        issueDate: new Date(),
        naming: inputs.naming,
        previous: inputs.previous,
        docNumberPrefix: format.banner.enabled ? format.banner.numberPrefix : null,
      }),
    // The issue date is today's; it changes with the day, not with every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [facts, locale, issuer, inputs, format.banner.enabled, format.banner.numberPrefix, day],
  );
  const { narrative, paragraphs } = useMemo(() => mergeEdits(generated, edits), [generated, edits]);
  const document = useMemo(
    () =>
      buildBulletinDocument(facts, locale, narrative, {
        naming: inputs.naming,
        regions: inputs.regions,
        format: documentFormat(format, narrative.issuer ?? issuer),
      }),
    [facts, locale, narrative, inputs, format, issuer],
  );
  const landscape = useMemo(() => {
    const cells = cellFormat(locale);
    const wide = new Set<string>();
    for (const annex of document.annexes) {
      const first = annex.blocks.find((block) => block.type === 'table');
      if (first?.type === 'table' && layoutTable(first.table, cells).landscape) wide.add(annex.id);
    }
    return wide;
  }, [document, locale]);
  const charts = useMemo<Partial<Record<ChartId, ScoreChart>>>(
    () => Object.fromEntries(RANKED.map((kind) => [`scores-${kind}`, scoreChart(facts, kind, locale, inputs.naming)])),
    [facts, locale, inputs.naming],
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
        conflict={id in conflicts ? { theirs: conflicts[id] ?? null, fromService: id in fromService } : null}
        unsaved={id in unsaved}
        onResolve={(keep) => resolveConflict(storageKey, id, keep)}
      />
    );
  };

  return (
    <>
      <ExportBar document={document} chartImages={currentImages} paper={paper} editedCount={editedCount} onResetAll={() => resetAllEdits(storageKey)} />
      <p className="bulletin-hint no-print">
        {t('bulletin.edit.hint')} <Link to="/settings/bulletin">{t('bulletin.format.link')}</Link>
      </p>
      <UnsavedEditsNotice
        storageKey={storageKey}
        unsaved={unsaved}
        paragraphs={paragraphs}
        names={(id) => t(PARAGRAPH_NAMES[id])}
        fileName={document.fileName}
      />
      <BulletinPaper document={document} paper={paper} editor={editor} charts={charts} images={images} landscape={landscape} />
    </>
  );
}
