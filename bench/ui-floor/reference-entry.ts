// The size reference of the UI benchmark: the fixed stack the first screen stands on — React,
// ReactDOM, @tanstack/react-query, dayjs and our registered ECharts parts (src/charts/echartsParts.ts,
// without our themes or anything of the app) — each used so the build keeps it. Built by bench/ui.bench.ts, never run.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { echarts } from '../../src/charts/echartsParts';

function Reference() {
  const { data } = useQuery({ queryKey: ['reference'], queryFn: () => Promise.resolve(dayjs().format('YYYY-MM-DD HH:mm')) });
  return createElement('div', null, data ?? 'reference');
}

const root = document.getElementById('root')!;
createRoot(root).render(createElement(QueryClientProvider, { client: new QueryClient() }, createElement(Reference)));
echarts.init(root).setOption({ series: [] });
