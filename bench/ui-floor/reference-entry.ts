// The size reference of the UI benchmark: React, ReactDOM and our registered ECharts parts
// (src/charts/echartsParts.ts, without our themes or anything of the app), each used so the build keeps them. Built by bench/ui.bench.ts, never run.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { echarts } from '../../src/charts/echartsParts';

const root = document.getElementById('root')!;
createRoot(root).render(createElement('div', null, 'reference'));
echarts.init(root).setOption({ series: [] });
