// The size reference of the UI benchmark: React, ReactDOM and our registered ECharts parts
// (src/charts/echarts.ts), each used so the build keeps them. Built by bench/ui.bench.ts, never run.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { echarts } from '../../src/charts/echarts';

const root = document.getElementById('root')!;
createRoot(root).render(createElement('div', null, 'reference'));
echarts.init(root).setOption({ series: [] });
