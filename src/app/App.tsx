import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { AppConfig } from '../adapters/config';
import type { DataAdapter } from '../adapters/types';
import { useFirstRecordsLoaded } from '../data';
import type { SourceProblem } from '../data/sourceChoice';
import { SourceSwitchProvider } from '../data/sourceSwitch';
import { I18nProvider, usePrefetchErrorText } from '../ui';
import { Router } from './Router';

/** `queryClient` is made at boot, so the source's first load starts before the app's first render. */
export function App({
  config,
  adapter,
  queryClient,
  sourceProblem = null,
}: {
  config: AppConfig;
  adapter: DataAdapter;
  queryClient: QueryClient;
  sourceProblem?: SourceProblem | null;
}) {
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
