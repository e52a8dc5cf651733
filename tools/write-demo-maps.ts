/**
 * Writes the demo's invented boundary files (mocks/demoMaps.ts) to public/maps/.
 *   npx tsx tools/write-demo-maps.ts
 * tests/mocks/demoMaps.test.ts fails when the files and the generator disagree.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { demoMapText, demoMaps } from '../mocks/demoMaps';

const dir = path.resolve(import.meta.dirname, '../public/maps');
mkdirSync(dir, { recursive: true });
for (const map of demoMaps()) {
  const text = demoMapText(map);
  writeFileSync(path.join(dir, map.file), text);
  console.log(`${map.file}: ${map.geojson.features.length} features, ${(text.length / 1024).toFixed(1)} KB (map key "${map.regionId}")`);
}
