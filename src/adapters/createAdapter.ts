import type { AppConfig } from './config';
import { createHttpAdapter, type HttpAdapterOptions } from './http/createHttpAdapter';
import { DEFAULT_SCENARIO } from './parseConfig';
import type { DataAdapter } from './types';

/** Where the msw worker answers, relative to the document (so it follows Vite's base). */
export const MOCK_BASE_URL = 'mock-api';

/**
 * The adapter config.json asks for. A future 'file' adapter (uploaded JSON/CSV/XLSX) implements
 * the same DataAdapter, reuses validateOffices/validateRecords with a source such as
 * "offices.xlsx / 单位表", and is added here: no feature changes.
 */
export function createAdapter(config: AppConfig, environment: Pick<HttpAdapterOptions, 'documentBase' | 'fetch'> = {}): DataAdapter {
  const source = config.dataSource;
  switch (source.type) {
    case 'http':
      return createHttpAdapter({ ...environment, baseUrl: source.baseUrl, timeoutMs: source.timeoutMs });
    case 'mock': {
      const scenario = source.scenario ?? DEFAULT_SCENARIO;
      const seed = source.seed === undefined ? '' : `&seed=${source.seed}`;
      return createHttpAdapter({ ...environment, baseUrl: MOCK_BASE_URL, type: 'mock', variant: `scenario=${scenario}${seed}` });
    }
  }
}
