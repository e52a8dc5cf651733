import { neutralizeFormula } from '../export/sanitize';

/**
 * The paragraphs held only in this tab, as text to keep elsewhere: each under its name. As a file
 * (an export, which a spreadsheet may open line by line) a line that would read as a formula is
 * neutralised like every other export's cells; copied to the clipboard it is exactly what is on
 * screen, as Ctrl+C in the paragraph would give.
 */
export function unsavedText(paragraphs: readonly { name: string; text: string }[], as: 'clipboard' | 'file'): string {
  const blocks = paragraphs.map(({ name, text }) => `【${name}】\n${as === 'file' ? text.split('\n').map(neutralizeFormula).join('\n') : text}`);
  const joined = blocks.join('\n\n');
  // A file opens right in Notepad and Chinese Excel: a byte-order mark and Windows line ends.
  return as === 'file' ? `\uFEFF${joined.replace(/\n/g, '\r\n')}\r\n` : joined;
}
