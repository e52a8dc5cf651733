import type { AppConfig, DataSourceConfig } from './config';
import { DEFAULT_SCENARIO, isScenarioName, isUsableBaseUrl } from './parseConfig';

/**
 * Demo and test switches in the address: ?scenario=hostile, ?seed=7, ?source=http&baseUrl=/api/v1,
 * ?source=mock. They take effect only when config.json sets allowUrlOverride: a link someone
 * sends must never point a real deployment at another backend. Invalid values are ignored.
 */
export function applyUrlOverrides(config: AppConfig, params: URLSearchParams): AppConfig {
  if (!config.allowUrlOverride) return config;

  let dataSource: DataSourceConfig = config.dataSource;
  const source = params.get('source');
  if (source === 'http') {
    const baseUrl = params.get('baseUrl')?.trim();
    if (baseUrl && isUsableBaseUrl(baseUrl)) dataSource = { type: 'http', baseUrl };
  } else if (source === 'mock' && dataSource.type !== 'mock') {
    dataSource = { type: 'mock', scenario: DEFAULT_SCENARIO };
  }

  if (dataSource.type === 'mock') {
    const scenario = params.get('scenario');
    const seedText = params.get('seed');
    const seed = seedText !== null && /^-?\d{1,15}$/.test(seedText) ? Number(seedText) : undefined;
    if (isScenarioName(scenario)) dataSource = { ...dataSource, scenario };
    if (seed !== undefined) dataSource = { ...dataSource, seed };
  }

  return dataSource === config.dataSource ? config : { ...config, dataSource };
}
