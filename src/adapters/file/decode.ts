export type TextEncoding = 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** The file began with a byte-order mark (Excel's "CSV UTF-8" writes one). */
  hadBom: boolean;
}

/**
 * Text of a CSV or JSON file. Chinese Excel saves "CSV" in GBK, so a file that is not valid
 * UTF-8 is read as GBK (the browser's own decoder; GB18030 is its superset). A UTF-16 BOM
 * (Excel's "Unicode text") is honoured; every BOM is stripped so the first header is clean.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', true);
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  try {
    return decoded(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), 'utf-8', hadBom);
  } catch {
    return decoded(new TextDecoder('gbk').decode(body), 'gbk', hadBom);
  }
}

function decoded(text: string, encoding: TextEncoding, hadBom: boolean): DecodedText {
  // A second mark (a file saved twice by tools that each add one) is stripped too.
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, hadBom };
}
