/**
 * Renders a screen (or any component) inside the app's providers, over a real adapter:
 * the http adapter against the msw mock backend, or any DataAdapter object a test builds.
 *
 * Usage in a *.test.tsx file:
 *   const backend = mockBackend('normal');           // at module level: registers beforeAll/afterAll
 *   test('…', async () => {
 *     renderApp(<OverviewPage params={{}} />, { adapter: backend.adapter(), hash: '#/overview' });
 *     await screen.findByRole(…);
 *   });
 *
 * The query client does not retry, so an HTTP 500 shows its error state at once (the app's own
 * client retries 5xx with back-off, which tests would have to wait out).
 */
import type { ReactElement, ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { SetupServer } from 'msw/node';
import type { AppConfig } from '../src/adapters/config';
import type { DataAdapter } from '../src/adapters/types';
import { createHttpAdapter } from '../src/adapters/http/createHttpAdapter';
import { DataSourceProvider } from '../src/data';
import type { Locale, MonthKey } from '../src/domain';
import { I18nProvider } from '../src/ui';
import { createMockServer } from '../mocks/node';
import type { ScenarioName } from '../mocks/scenarios';

export const TEST_CONFIG: AppConfig = {
  title: '政务服务绩效监测',
  dataSource: { type: 'mock', scenario: 'normal' },
  refreshSeconds: 0,
  locale: 'zh-CN',
  allowUrlOverride: false,
};

export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false, staleTime: 60_000, gcTime: Infinity },
    },
  });
}

export interface RenderAppOptions {
  adapter: DataAdapter;
  /** The hash route the screen reads its view from, e.g. '#/overview?period=m:2025-03'. */
  hash?: string;
  locale?: Locale;
  config?: Partial<AppConfig>;
  queryClient?: QueryClient;
}

export interface RenderAppResult extends RenderResult {
  queryClient: QueryClient;
}

export function AppProviders({
  adapter,
  locale = 'zh-CN',
  config,
  queryClient,
  children,
}: {
  adapter: DataAdapter;
  locale?: Locale;
  config?: Partial<AppConfig>;
  queryClient: QueryClient;
  children: ReactNode;
}) {
  const value = { config: { ...TEST_CONFIG, locale, ...config }, adapter };
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider defaultLocale={locale}>
        <DataSourceProvider value={value}>{children}</DataSourceProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}

export function renderApp(ui: ReactElement, options: RenderAppOptions): RenderAppResult {
  // The locale the user picked last is remembered; each test starts from the one it asks for.
  try {
    globalThis.localStorage?.removeItem('spd.locale');
  } catch {
    // No storage in this environment: nothing remembered either.
  }
  window.location.hash = options.hash ?? '';
  const queryClient = options.queryClient ?? createTestQueryClient();
  const result = render(
    <AppProviders adapter={options.adapter} locale={options.locale} config={options.config} queryClient={queryClient}>
      {ui}
    </AppProviders>,
  );
  return { ...result, queryClient };
}

export const MOCK_TEST_BASE_URL = 'http://mock.test/api';

export interface MockBackend {
  server: SetupServer;
  /** A fresh http adapter against the mock backend (its own id, so no cache is shared). */
  adapter: (variant?: string) => DataAdapter;
}

/**
 * The msw mock backend for the whole test file, started before the first test and closed after
 * the last. `endMonth` pins the data so expected figures do not move with the clock; by default
 * the data ends at the last complete month, which is where screens open.
 */
export function mockBackend(scenario: ScenarioName, options: { endMonth?: MonthKey; seed?: number; latencyMs?: number } = {}): MockBackend {
  const server = createMockServer({ scenario, baseUrl: MOCK_TEST_BASE_URL, ...options });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
  let count = 0;
  return {
    server,
    adapter: (variant) => createHttpAdapter({ baseUrl: MOCK_TEST_BASE_URL, type: 'mock', variant: variant ?? `${scenario}-${++count}`, timeoutMs: 10_000 }),
  };
}

/**
 * happy-dom lays nothing out, so every element is 0×0 and ECharts declines to draw (and warns).
 * Giving elements a size lets ECharts run its whole pipeline (layout, labels, formatters) on the
 * stubbed canvas, so a chart option ECharts cannot handle fails the component test.
 */
export function withLayoutSize(width = 960, height = 320): void {
  const descriptors = {
    clientWidth: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth'),
    clientHeight: Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight'),
  };
  beforeAll(() => {
    Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => width });
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => height });
  });
  afterAll(() => {
    for (const [key, descriptor] of Object.entries(descriptors)) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
    }
  });
}
