import type { FileNotice } from '../../../adapters/file';
import type { I18n } from '../../../ui';
import { schemeProblemsText } from '../../../ui/states/adapterDetail';

/** A notice's detail in the reader's language where it is more than text from the file. */
export function noticeDetail(notice: FileNotice, words: Pick<I18n, 't' | 'locale'>): string {
  if (notice.code === 'scheme-ignored' && notice.schemeProblems?.length) return schemeProblemsText(notice.schemeProblems, words);
  return notice.detail;
}
