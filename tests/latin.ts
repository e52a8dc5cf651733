/**
 * The check that no English reaches a Chinese screen: every run of Latin letters of three or more
 * in what a reader sees (text, and the tooltips, labels and placeholders a pointer or a screen
 * reader brings up), except the names of formats and protocols staff use as they are.
 */

/** Formats, protocols and the like that Chinese staff read and write in Latin letters. */
export const LATIN_ALLOWED = new Set(['PNG', 'Excel', 'Word', 'PDF', 'CSV', 'XLSX', 'XLS', 'JSON', 'URL', 'API', 'HTTP', 'HTTPS', 'ID', 'GBK', 'WPS']);

/** Text shown on hover or read out: what a reader meets besides the text itself. */
const SHOWN_ATTRIBUTES = ['title', 'aria-label', 'placeholder', 'alt', 'aria-description'];

/** Everything a reader can see or hear in a subtree, one string per element or attribute. */
export function visibleTexts(root: Element): string[] {
  const texts: string[] = [];
  const page = root.cloneNode(true) as Element;
  // Script and style are not read; a <code> would be the only place for an identifier, and there is none on a Chinese screen either.
  page.querySelectorAll('script, style, noscript').forEach((node) => node.remove());
  texts.push(page.textContent ?? '');
  for (const element of [page, ...page.querySelectorAll('*')]) {
    for (const name of SHOWN_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value) texts.push(value);
    }
    if (element instanceof HTMLInputElement && element.type !== 'hidden' && element.value) texts.push(element.value);
  }
  return texts;
}

/** The Latin words of 3+ letters in a text that are not allowed, each once, with where they stand. */
export function latinWords(texts: readonly string[], allowed: ReadonlySet<string> = LATIN_ALLOWED): string[] {
  const found = new Map<string, string>();
  for (const text of texts) {
    // An address is an address: the data source's URL is shown as it is.
    const plain = text.replace(/\b(?:https?:\/\/|www\.)\S+/g, ' ');
    for (const match of plain.matchAll(/[A-Za-z]{3,}/g)) {
      const word = match[0];
      if (allowed.has(word) || allowed.has(word.toUpperCase())) continue;
      if (!found.has(word)) {
        const at = match.index ?? 0;
        found.set(
          word,
          plain
            .slice(Math.max(0, at - 20), at + word.length + 20)
            .replace(/\s+/g, ' ')
            .trim(),
        );
      }
    }
  }
  return [...found].map(([word, context]) => `${word} … ${context}`);
}
