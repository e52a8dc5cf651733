import { BUILT_IN_INDICATORS, COUNT_FIELDS, isCountField, type CountField, type Locale } from '../../../domain';
import { normalizeFormulaText } from '../../../domain/formulaTextTokens';

/** What a formula can name: an id with its names in both languages. */
export interface NamedEntry {
  id: string;
  label: { zh: string; en: string };
}

/** How formulas are read and shown: what staff may type for each id, and the name shown for it. */
export interface FormulaNames {
  /** A name or an id as staff may type it → the id a scheme stores. */
  toId: ReadonlyMap<string, string>;
  /** The name a formula shows for an id: its label in the reader's language, or the id when that label names something else. */
  nameOf: (id: string) => string;
}

/** A contract field's name: the label of the built-in count over it (the data template's column header). */
const FIELD_LABELS = new Map<string, { zh: string; en: string }>(
  BUILT_IN_INDICATORS.filter((definition) => isCountField(definition.id)).map((definition) => [definition.id, definition.label]),
);

export function fieldLabel(field: CountField): { zh: string; en: string } {
  return FIELD_LABELS.get(field) ?? { zh: field, en: field };
}

const key = (name: string) => normalizeFormulaText(name).trim();

/**
 * The names of a scheme's formulas. The first claim on a name wins, in this order: field ids and
 * indicator ids, fields' names (受理件数), indicators' names (zh and en), then `aliases` (other
 * names staff know a field by, e.g. the dictionary's 超期件数). So a field is never shadowed by an
 * indicator that took its name, and an id typed is always that id.
 */
export function formulaNames(definitions: readonly NamedEntry[], locale: Locale, aliases: Iterable<readonly [string, string]> = []): FormulaNames {
  const toId = new Map<string, string>();
  const put = (name: string, id: string) => {
    const k = key(name);
    if (k !== '' && !toId.has(k)) toId.set(k, id);
  };
  for (const field of COUNT_FIELDS) put(field, field);
  for (const definition of definitions) put(definition.id, definition.id);
  for (const [field, label] of FIELD_LABELS) {
    put(label.zh, field);
    put(label.en, field);
  }
  for (const definition of definitions) {
    put(definition.label.zh, definition.id);
    put(definition.label.en, definition.id);
  }
  for (const [name, id] of aliases) put(name, id);

  const labels = new Map<string, { zh: string; en: string }>(definitions.map((definition) => [definition.id, definition.label]));
  const nameOf = (id: string): string => {
    const label = FIELD_LABELS.get(id) ?? labels.get(id);
    if (!label) return id;
    const name = (locale === 'zh-CN' ? label.zh : label.en).trim() || label.zh.trim();
    return toId.get(key(name)) === id ? name : id;
  };
  return { toId, nameOf };
}

/** The id a name stands for in these names (trimmed, full-width marks as ASCII), or undefined. */
export function idOfName(names: FormulaNames, name: string): string | undefined {
  return names.toId.get(key(name));
}

/** Character pairs of a name, for "did you mean" (上月结转件数 → 上月结转在办件数). */
function pairs(text: string): string[] {
  const chars = [...text];
  return chars.length < 2 ? chars : chars.slice(1).map((char, i) => chars[i]! + char);
}

/** Whether every character of `part` appears in `whole`, in order (办件数 in 办结件数). */
function inOrder(part: string, whole: string): boolean {
  let at = 0;
  for (const char of whole) if (at < part.length && char === [...part][at]) at += 1;
  return at === [...part].length;
}

/** Up to three known names close to an unknown one (shared pairs of characters, or its characters in order), closest first. */
export function similarNames(names: FormulaNames, unknown: string, candidates: Iterable<string>): string[] {
  const wanted = pairs(unknown);
  if (wanted.length === 0) return [];
  const scored: { name: string; score: number }[] = [];
  for (const name of new Set(candidates)) {
    if (idOfName(names, name) === undefined) continue;
    const have = pairs(name);
    const pool = [...have];
    let common = 0;
    for (const pair of wanted) {
      const at = pool.indexOf(pair);
      if (at >= 0) {
        common += 1;
        pool.splice(at, 1);
      }
    }
    const dice = (2 * common) / (wanted.length + have.length);
    const length = [...unknown].length;
    const score = Math.max(dice, length >= 2 && inOrder(unknown, name) ? length / [...name].length : 0);
    if (score >= 0.5) scored.push({ name, score });
  }
  scored.sort((a, b) => b.score - a.score || a.name.length - b.name.length);
  return scored.slice(0, 3).map((item) => item.name);
}
