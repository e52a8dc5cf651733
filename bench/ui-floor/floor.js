// Fetches data.json ({ charts: [{ left, top, width, height, option, next }] }), draws every chart
// with setOption as the app does (notMerge), and exposes __floor.next() for the "period change":
// the same charts with the other period's data.
//
// With window.__floorRaw = { offices, records } (URLs) it first loads the same data the app loads,
// the same bytes from the same kind of backend, parses it and sums every count in one plain pass
// (per month, per kind, per office): the least a page must do to draw these charts from this data.
/* global echarts */
(async function floor() {
  const raw = window.__floorRaw;
  const [data, sums] = await Promise.all([fetch('data.json').then((response) => response.json()), raw ? sumRaw(raw) : null]);
  window.__floorSums = sums;
  const host = document.getElementById('charts');
  const instances = data.charts.map((chart) => {
    const section = document.createElement('section');
    section.className = 'chart-panel';
    section.style.left = `${chart.left}px`;
    section.style.top = `${chart.top}px`;
    const element = document.createElement('div');
    element.setAttribute('role', 'img');
    element.style.width = `${chart.width}px`;
    element.style.height = `${chart.height}px`;
    section.appendChild(element);
    host.appendChild(section);
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    instance.setOption(chart.option, { notMerge: true, lazyUpdate: false });
    return instance;
  });
  let flip = false;
  window.__floor = {
    next() {
      flip = !flip;
      instances.forEach((instance, index) => {
        const chart = data.charts[index];
        instance.setOption(flip ? chart.next : chart.option, { notMerge: true, lazyUpdate: false });
      });
    },
  };
})();

const COUNTS = [
  'accepted',
  'completed',
  'completedOnTime',
  'overdue',
  'nearDeadline',
  'onlineAccepted',
  'fullyOnline',
  'reviews',
  'activeReviews',
  'goodReviews',
  'badReviews',
  'badReviewsRectified',
  'hotlineTickets',
  'hotlineResponded',
  'hotlineOnTime',
  'hotlineResolved',
  'hotlineRevisited',
  'hotlineSatisfied',
  'disclosures',
  'disclosuresAdopted',
];
const KINDS = ['region', 'department', 'township', 'village'];

async function sumRaw(urls) {
  const [officesBody, recordsBody] = await Promise.all([fetch(urls.offices).then((r) => r.json()), fetch(urls.records).then((r) => r.json())]);
  const kindOf = new Map();
  const indexOf = new Map();
  officesBody.offices.forEach((office, index) => {
    kindOf.set(office.id, KINDS.indexOf(office.kind));
    indexOf.set(office.id, index);
  });
  const months = new Map();
  const records = recordsBody.records;
  for (const record of records) if (!months.has(record.month)) months.set(record.month, months.size);
  const width = COUNTS.length;
  const byMonth = new Float64Array(months.size * width);
  const byMonthKind = new Float64Array(months.size * KINDS.length * width);
  const byMonthOffice = new Float64Array(months.size * officesBody.offices.length);
  for (const record of records) {
    const month = months.get(record.month);
    const kind = kindOf.get(record.officeId) ?? 0;
    for (let field = 0; field < width; field++) {
      const value = record[COUNTS[field]];
      if (typeof value !== 'number') continue;
      byMonth[month * width + field] += value;
      byMonthKind[(month * KINDS.length + kind) * width + field] += value;
    }
    const office = indexOf.get(record.officeId);
    if (office !== undefined && typeof record.accepted === 'number') byMonthOffice[month * officesBody.offices.length + office] += record.accepted;
  }
  return { months: months.size, total: byMonth.reduce((a, b) => a + b, 0), kinds: byMonthKind.length, offices: byMonthOffice.length };
}
