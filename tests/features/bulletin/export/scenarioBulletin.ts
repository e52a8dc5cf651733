import { buildEngineData, DEFAULT_SCHEME } from '../../../../src/engine';
import { bulletinFacts } from '../../../../src/engine/bulletin';
import { buildBulletinDocument, type BulletinDocument, type DocumentFormat } from '../../../../src/features/bulletin/model/document';
import { documentNaming } from '../../../../src/features/bulletin/model/naming';
import { generateNarrative } from '../../../../src/features/bulletin/narrative';
import { generateDataset } from '../../../../mocks/generator';

/**
 * The bulletin of a month of a demo scenario as the screen builds it: the normal county (青岚县)
 * or the large prefecture (云岭市, its departments and 13 counties, each county's tables annexed),
 * issued on the 3rd of the next month; with `format`, its 版头 (发文字号 青政服〔…〕) and 版记 as set.
 */
export function scenarioBulletin(scenario: 'normal' | 'large', month: string, previousMonth: string, format?: DocumentFormat): BulletinDocument {
  const dataset = generateDataset({ endMonth: month, scenario });
  const engine = buildEngineData(dataset.offices, dataset.records);
  const facts = bulletinFacts(engine, DEFAULT_SCHEME, month);
  const previous = bulletinFacts(engine, DEFAULT_SCHEME, previousMonth);
  const naming = documentNaming(engine, facts, previous, (office, region) => `${office}（${region}）`);
  const regions = facts.rankings.region.rows.map((row) => bulletinFacts(engine, DEFAULT_SCHEME, month, row.officeId));
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const narrative = generateNarrative(facts, 'zh-CN', {
    issuer: `${facts.scope.name}政务服务管理局`,
    issueDate: new Date(year, monthNumber, 3),
    naming,
    previous,
    ...(format?.banner ? { docNumberPrefix: '青政服' } : {}),
  });
  return buildBulletinDocument(facts, 'zh-CN', narrative, { naming, regions, ...(format ? { format } : {}) });
}
