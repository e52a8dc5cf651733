import type { Locale, MonthKey } from '../../../domain';
import type { RankedKind } from '../../../engine';
import type { ParagraphId } from '../narrative';
import type { BulletinTable } from './table';

/** The shapes of a bulletin document, as model/document.ts builds it and the views and exports read it. */
export type ChartId = `scores-${RankedKind}`;

export interface ChartRef {
  id: ChartId;
  kind: RankedKind;
  title: string;
}

export type Block =
  | { type: 'paragraph'; id: ParagraphId; text: string }
  /**
   * Level 2: （一）政务服务事项办理情况, 3号楷体 in Word. Level 3: 1.松源县 (a county above its tables
   * in an annex), set like the text.
   */
  | { type: 'subheading'; text: string; level?: 2 | 3 }
  | { type: 'table'; table: BulletinTable }
  | { type: 'chart'; chart: ChartRef };

export interface BulletinSection {
  id: string;
  /** Numbered as printed: 一、总体情况 / 1. Overview. */
  heading: string;
  blocks: Block[];
}

/** 附件: each on pages of its own after the signature, "附件1" top left, its title centred. */
export interface BulletinAnnex {
  id: string;
  number: number;
  /** 附件1 / Annex 1 */
  label: string;
  title: string;
  blocks: Block[];
}

/** 版头 (GB/T 9704 7.2): the issuer's mark in red, the 发文字号, the red line. From 设置 → 通报格式. */
export interface BulletinBanner {
  /** 发文机关标志: 青岚县政务服务管理局文件 */
  mark: string;
  /** 发文字号: 青政服〔2026〕11号 (editable per month); empty for none. */
  docNumber: string;
}

/** 版记 (GB/T 9704 7.4): 抄送 and who printed it when. From 设置 → 通报格式. */
export interface BulletinRecord {
  copyTo: string;
  printer: string;
  printDate: string;
}

/**
 * The bulletin as one 公文 (GB/T 9704-2012): what the screen draws and what Word, Excel, print and
 * the page images write, built from the engine's facts and the (possibly edited) paragraphs and
 * nothing else.
 */
export interface BulletinDocument {
  locale: Locale;
  month: MonthKey;
  banner: BulletinBanner | null;
  title: string;
  /** The title broken at word boundaries, the longer line first (never inside a date). */
  titleLines: string[];
  /** Said under the title while some office has not reported; null otherwise. */
  subtitle: string | null;
  /** 主送机关, ending with its colon. */
  addressees: string;
  /** The opening sentence ending 现将有关情况通报如下：. */
  opening: string;
  sections: BulletinSection[];
  annexes: BulletinAnnex[];
  /** 发文机关署名 */
  issuer: string;
  /** 成文日期 in Arabic numerals: 2026年11月3日 */
  issueDate: string;
  record: BulletinRecord | null;
  /** Tables the workbook carries beyond the document's own (every indicator). */
  workbookTables: BulletinTable[];
  scopeName: string;
  partial: boolean;
  /** Without extension; the title is what staff file it under. */
  fileName: string;
}

/** What the 公文 carries beyond the month's facts: its optional 版头 and 版记 (设置 → 通报格式). */
export interface DocumentFormat {
  banner: { mark: string } | null;
  record: { copyTo: string; printer: string } | null;
}
