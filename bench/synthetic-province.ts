import { addMonths, monthsBetween, type MonthKey, type MonthlyRecord, type Office } from '../src/domain';

/** mulberry32: small, fast, and the same sequence on every machine. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticProvince {
  offices: Office[];
  records: MonthlyRecord[];
  months: MonthKey[];
}

/**
 * A province of exactly `officeCount` offices: 10 prefectures × 8 counties, each county with 25
 * departments, 12 townships and villages to fill the count, over `months` months ending at
 * `endMonth`. About 0.5% of office-months are missing. Rates sit just under 100% and misses are
 * Poisson counts, so cards are a handful per county as in real bulletins. Villages report handling
 * and reviews only (no online, hotline or disclosure fields), so absent fields are exercised too.
 * Every record sends the contract v1.1 fields as well: month-end and month-start levels and the five
 * review levels.
 */
export function syntheticProvince(officeCount = 20_000, months = 36, endMonth: MonthKey = '2025-12', seed = 7): SyntheticProvince {
  const random = rng(seed);
  const offices: Office[] = [{ id: 'prov', name: '省', kind: 'region', parentId: null }];
  const prefectures = 10;
  const countiesPer = 8;
  const counties: string[] = [];
  for (let p = 0; p < prefectures; p++) {
    const prefecture = `pref-${p}`;
    offices.push({ id: prefecture, name: `市${p}`, kind: 'region', parentId: 'prov' });
    for (let c = 0; c < countiesPer; c++) {
      const county = `${prefecture}-cty-${c}`;
      offices.push({ id: county, name: `县${p}-${c}`, kind: 'region', parentId: prefecture });
      counties.push(county);
    }
  }
  const departmentsPer = 25;
  const townshipsPer = 12;
  const fixed = offices.length + counties.length * (departmentsPer + townshipsPer);
  const villages = officeCount - fixed;
  counties.forEach((county, c) => {
    for (let d = 0; d < departmentsPer; d++) offices.push({ id: `${county}-d${d}`, name: `部门${d}`, kind: 'department', parentId: county });
    for (let t = 0; t < townshipsPer; t++) offices.push({ id: `${county}-t${t}`, name: `乡镇${t}`, kind: 'township', parentId: county });
    const share = Math.floor(villages / counties.length) + (c < villages % counties.length ? 1 : 0);
    for (let v = 0; v < share; v++) {
      offices.push({ id: `${county}-t${v % townshipsPer}-v${v}`, name: `村${v}`, kind: 'village', parentId: `${county}-t${v % townshipsPer}` });
    }
  });

  const monthKeys = monthsBetween(addMonths(endMonth, -(months - 1)), endMonth);
  const records: MonthlyRecord[] = [];
  // Knuth's method for small means, a normal approximation for large ones.
  const poisson = (mean: number) => {
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * (random() + random() + random() - 1.5) * 2));
    const limit = Math.exp(-mean);
    let k = 0;
    for (let p = random(); p > limit; p *= random()) k++;
    return k;
  };
  // Failures are rare events: the share that makes it is n minus a Poisson count of misses.
  const share = (n: number, rate: number) => n - Math.min(n, poisson(n * (1 - rate)));
  for (const month of monthKeys) {
    for (const office of offices) {
      if (office.kind === 'region' || random() < 0.005) continue;
      const size = office.kind === 'department' ? 400 : office.kind === 'township' ? 1000 : 30;
      const accepted = poisson(size);
      const completed = poisson(size);
      const completedOnTime = share(completed, 0.9995);
      const reviews = share(completed, 0.9);
      const goodReviews = share(reviews, 0.9995);
      const badReviews = Math.min(reviews - goodReviews, poisson(0.1));
      const record: MonthlyRecord = {
        officeId: office.id,
        month,
        accepted,
        completed,
        completedOnTime,
        overdue: random() < 0.01 ? 1 : 0,
        nearDeadline: random() < 0.03 ? 1 + poisson(1) : 0,
        reviews,
        activeReviews: share(reviews, 0.98),
        goodReviews,
        badReviews,
        badReviewsRectified: random() < 0.95 ? badReviews : 0,
        // contract v1.1: levels at the months' ends and starts, the five review levels
        overdueOpen: random() < 0.005 ? 1 : 0,
        carriedOver: poisson(size * 0.04),
        badReviewsOverdue: random() < 0.003 ? 1 : 0,
      };
      const basic = Math.min(goodReviews, poisson(1));
      const satisfied = Math.min(goodReviews - basic, poisson(goodReviews * 0.05));
      const veryBad = Math.min(badReviews, poisson(0.02));
      Object.assign(record, {
        reviewsVerySatisfied: goodReviews - basic - satisfied,
        reviewsSatisfied: satisfied,
        reviewsBasicallySatisfied: basic,
        reviewsDissatisfied: badReviews - veryBad,
        reviewsVeryDissatisfied: veryBad,
      });
      if (office.kind !== 'village') {
        const onlineAccepted = share(accepted, 0.86);
        const hotlineTickets = poisson(office.kind === 'township' ? 40 : 20);
        const hotlineRevisited = share(hotlineTickets, 0.6);
        Object.assign(record, {
          onlineAccepted,
          fullyOnline: share(onlineAccepted, 0.5),
          hotlineTickets,
          hotlineResponded: share(hotlineTickets, 0.999),
          hotlineOnTime: share(hotlineTickets, 0.97),
          hotlineCompleted: hotlineTickets,
          hotlineResolved: share(hotlineTickets, 0.93),
          hotlineRevisited,
          hotlineSatisfied: share(hotlineRevisited, 0.995),
          disclosures: poisson(15),
          disclosuresAdopted: poisson(2),
        });
      }
      records.push(record);
    }
  }
  return { offices, records, months: monthKeys };
}
