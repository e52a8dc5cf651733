import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { FileLoadError } from '../../../src/adapters/file/fileErrors';
import { MAX_UNZIPPED_BYTES } from '../../../src/adapters/file/limits';
import { parseDatasetFiles } from '../../../src/adapters/file/parseFiles';
import { templateXlsxBlob } from '../../../src/adapters/file/templateXlsx';
import { declaredUnzippedBytes } from '../../../src/adapters/file/zipSize';
import { zipBombXlsx } from '../../fixtures/zipBomb';

const isXml = (name: string) => name.endsWith('.xml') || name.endsWith('.xml.rels');

describe('a workbook that unpacks past the limit', () => {
  test('the sizes a real workbook declares are the sizes it unpacks to', async () => {
    const bytes = new Uint8Array(await (await templateXlsxBlob('2025-03', ['第一行说明'])).arrayBuffer());
    const unpacked = Object.entries(unzipSync(bytes)).filter(([name]) => isXml(name));
    expect(declaredUnzippedBytes(bytes, isXml)).toBe(unpacked.reduce((sum, [, data]) => sum + data.length, 0));
    expect(declaredUnzippedBytes(new Uint8Array([1, 2, 3]), isXml)).toBeNull();
  });

  test('a zip bomb dressed as .xlsx is refused as too large, with the limit, before anything is unpacked', async () => {
    const bomb = zipBombXlsx(Math.ceil(MAX_UNZIPPED_BYTES / 1024 / 1024) + 50);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const refused = parseDatasetFiles([{ name: '月度数据.xlsx', bytes: bomb.buffer.slice(bomb.byteOffset, bomb.byteOffset + bomb.length) as ArrayBuffer }]);
    await expect(refused).rejects.toBeInstanceOf(FileLoadError);
    await expect(refused).rejects.toMatchObject({ code: 'too-large-unzipped', params: { file: '月度数据.xlsx', limit: '400 MB' } });
  }, 30_000);
});
