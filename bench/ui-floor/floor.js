// Fetches data.json ({ charts: [{ left, top, width, height, option, next }] }), draws every chart
// with setOption as the app does (notMerge), and exposes __floor.next() for the "period change":
// the same charts with the other period's data.
/* global echarts */
(async function floor() {
  const response = await fetch('data.json');
  const data = await response.json();
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
