import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { AppConfig } from '../adapters/config';
import type { DataAdapter } from '../adapters/types';
import { createQueryClient, useFirstRecordsLoaded } from '../data';
import type { SourceProblem } from '../data/sourceChoice';
import { SourceSwitchProvider } from '../data/sourceSwitch';
import { I18nProvider, usePrefetchErrorText } from '../ui';
import { Router } from './Router';

export function App({ config, adapter, sourceProblem = null }: { config: AppConfig; adapter: DataAdapter; sourceProblem?: SourceProblem | null }) {
  const [queryClient] = useState(createQueryClient);
  usePrefetchErrorText(useFirstRecordsLoaded(queryClient));
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider defaultLocale={config.locale}>
        <SourceSwitchProvider config={config} initial={adapter} problem={sourceProblem}>
          <Router title={config.title} />
        </SourceSwitchProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
