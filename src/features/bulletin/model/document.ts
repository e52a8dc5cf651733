import type { Locale } from '../../../domain';
import type { BulletinFacts } from '../../../engine';
import type { Narrative, OfficeNaming } from '../narrative';
import { kindWords } from '../narrative/kinds';
import { narrativeContext } from '../narrative/context';
import { buildAnnexes, workbookOnlyTables } from './annexes';
import { buildBody } from './body';
import { titleLines } from './titleLines';

export type {
  ChartId,
  ChartRef,
  Block,
  BulletinSection,
  BulletinAnnex,
  BulletinBanner,
  BulletinRecord,
  BulletinDocument,
  DocumentFormat,
} from './documentTypes';
import type { BulletinDocument, DocumentFormat } from './documentTypes';
import type { BulletinTable } from './table';

export interface DocumentOptions {
  /** How offices are named (qualified by county where names repeat); plain names by default. */
  naming?: OfficeNaming;
  /** Each region directly under the scope with its own facts: their tables go to the annex. */
  regions?: readonly BulletinFacts[];
  format?: DocumentFormat;
  /** Past this many ranked offices a kind's chart is left out (its table carries the figures). */
  chartRowLimit?: number;
}

export const CHART_ROW_LIMIT = 40;

export function buildBulletinDocument(facts: BulletinFacts, locale: Locale, narrative: Narrative, options: DocumentOptions = {}): BulletinDocument {
  const ctx = narrativeContext(locale, facts.definitions, { ...(options.naming ? { naming: options.naming } : {}), kinds: kindWords(facts, locale) });
  const title = (
    narrative.title ?? ctx.t('bulletin.doc.title', { scope: facts.scope.name, region: facts.scope.name, month: ctx.f.formatMonth(facts.month) })
  ).trim();
  const annexes = buildAnnexes(ctx, facts, options.regions ?? []);
  const sections = buildBody(ctx, facts, narrative, options.chartRowLimit ?? CHART_ROW_LIMIT);
  const issueDate = narrative.issueDate ?? '';
  const format = options.format;
  return {
    locale,
    month: facts.month,
    banner: format?.banner ? { mark: format.banner.mark, docNumber: narrative.docNumber ?? '' } : null,
    title,
    titleLines: locale === 'zh-CN' ? titleLines(title) : [title],
    subtitle: facts.partial ? ctx.t('bulletin.doc.provisional') : null,
    addressees: narrative.addressees ?? '',
    opening: narrative.opening ?? '',
    sections,
    annexes,
    issuer: narrative.issuer ?? '',
    issueDate,
    record: format?.record ? { copyTo: format.record.copyTo, printer: format.record.printer, printDate: issueDate } : null,
    workbookTables: workbookOnlyTables(ctx, facts),
    scopeName: facts.scope.name,
    partial: facts.partial,
    fileName: title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim(),
  };
}

/** Every table of a document in order (body, then annexes), e.g. one sheet each in Excel. */
export function documentTables(document: BulletinDocument): BulletinTable[] {
  return [...document.sections, ...document.annexes].flatMap((part) => part.blocks.flatMap((block) => (block.type === 'table' ? [block.table] : [])));
}

/** 附件：1.… — the annexes as the 附件说明 lists them, in order. */
export function annexNote(document: BulletinDocument): { number: number; title: string }[] {
  return document.annexes.map((annex) => ({ number: annex.number, title: annex.title }));
}
