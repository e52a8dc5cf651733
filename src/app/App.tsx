import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { AppConfig } from '../adapters/config';
import type { DataAdapter } from '../adapters/types';
import { DataSourceProvider, createQueryClient } from '../data';
import { I18nProvider } from '../ui';
import { Router } from './Router';

export function App({ config, adapter }: { config: AppConfig; adapter: DataAdapter }) {
  const [queryClient] = useState(createQueryClient);
  const [dataSource] = useState(() => ({ config, adapter }));
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider defaultLocale={config.locale}>
        <DataSourceProvider value={dataSource}>
          <Router title={config.title} />
        </DataSourceProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
