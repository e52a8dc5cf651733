import { PARAGRAPH_IDS, type Narrative, type ParagraphId } from '../narrative';
import type { Edits } from './store';

export interface ParagraphState {
  id: ParagraphId;
  /** What the bulletin says: the staff's text if edited, else the generated one. */
  text: string;
  generated: string;
  edited: boolean;
  /** Edited, and the generated text has changed since (the data moved on). */
  stale: boolean;
}

/**
 * The paragraphs as they stand: generated text with the staff's edits laid over it. An edit of
 * a paragraph that does not apply this month (e.g. "provisional" once every office reported) is
 * kept in storage but not shown.
 */
export function mergeEdits(generated: Narrative, edits: Edits): { narrative: Narrative; paragraphs: Partial<Record<ParagraphId, ParagraphState>> } {
  const narrative: Narrative = {};
  const paragraphs: Partial<Record<ParagraphId, ParagraphState>> = {};
  for (const id of PARAGRAPH_IDS) {
    const text = generated[id];
    if (text === undefined) continue;
    const edit = edits[id];
    const state: ParagraphState = edit
      ? { id, text: edit.text, generated: text, edited: true, stale: edit.generated !== text }
      : { id, text, generated: text, edited: false, stale: false };
    paragraphs[id] = state;
    narrative[id] = state.text;
  }
  return { narrative, paragraphs };
}
