import type { Formula } from '../../src/domain';
import { parseFormulaText } from '../../src/domain/formulaText';

/** Names as staff type them: Chinese field names, an indicator's name and id, one name with marks in it. */
export const NAMES = new Map<string, string>([
  ['受理件数', 'accepted'],
  ['办结件数', 'completed'],
  ['上月结转在办件数', 'carriedOver'],
  ['评价数', 'reviews'],
  ['热线办结数', 'hotlineCompleted'],
  ['热线工单数', 'hotlineTickets'],
  ['热线按时办结数', 'hotlineOnTime'],
  ['差评数', 'badReviews'],
  ['差评整改数', 'badReviewsRectified'],
  ['应办结件数（含结转）', 'dueItems'],
  ['dueItems', 'dueItems'],
  ['Items accepted', 'accepted'],
]);

/** The text read with NAMES. */
export const parse = (text: string) => parseFormulaText(text, NAMES);
/** The formula a text reads as; throws where it does not read. */
export const formulaOf = (text: string): Formula => {
  const result = parse(text);
  if (!result.ok) throw new Error(`${text}: ${JSON.stringify(result.errors)}`);
  return result.formula;
};
