/**
 * The bytes a zip archive's entries declare they unpack to, read from its central directory
 * without unpacking anything; null when the directory cannot be read (read-excel-file then says
 * the file is damaged). The unzipper (fflate) writes each entry into a buffer of its declared
 * size, so an entry that lies about its size cannot unpack to more than it declared: the sum is
 * an upper bound of what reading the workbook costs.
 */
export function declaredUnzippedBytes(bytes: Uint8Array, counts: (name: string) => boolean): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  // A zip64 archive (over 65,535 entries or 4 GB): no workbook staff fill in is one.
  if (entries === 0xffff || offset === 0xffffffff) return Number.POSITIVE_INFINITY;
  let total = 0;
  let position = offset;
  const decoder = new TextDecoder();
  for (let entry = 0; entry < entries; entry++) {
    if (position + 46 > view.byteLength || view.getUint32(position, true) !== 0x02014b50) return null;
    const size = view.getUint32(position + 24, true);
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    if (position + 46 + nameLength > view.byteLength) return null;
    const name = decoder.decode(bytes.subarray(position + 46, position + 46 + nameLength));
    if (counts(name)) total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    position += 46 + nameLength + extraLength + commentLength;
  }
  return total;
}

/** The end-of-central-directory record: 22 bytes, then a comment of up to 65,535. */
function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let position = last; position >= 0 && position >= last - 0xffff; position--) {
    if (view.getUint32(position, true) === 0x06054b50) return position;
  }
  return -1;
}
