import type { AppConfig, DataSourceConfig, MockOutageSeconds } from './config';
import { DEFAULT_SCENARIO, isScenarioName, isUsableBaseUrl } from './parseConfig';

/**
 * Demo and test switches in the address: ?scenario=hostile, ?seed=7, ?source=http&baseUrl=/api/v1,
 * ?source=mock, ?outage=10,25 (the outage scenario down 10 s, up 25 s). They take effect only when config.json sets allowUrlOverride: a link someone
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
    const outage = outageSeconds(params.get('outage'));
    if (outage) dataSource = { ...dataSource, outage };
  }

  return dataSource === config.dataSource ? config : { ...config, dataSource };
}

/** "10,25" → down 10 s, up 25 s; anything else (or seconds outside 1–3600) is ignored. */
function outageSeconds(text: string | null): MockOutageSeconds | undefined {
  const match = text === null ? null : /^(\d{1,4}),(\d{1,4})$/.exec(text.trim());
  if (!match) return undefined;
  const [downSeconds, upSeconds] = [Number(match[1]), Number(match[2])];
  const valid = (seconds: number) => seconds >= 1 && seconds <= 3600;
  return valid(downSeconds) && valid(upSeconds) ? { downSeconds, upSeconds } : undefined;
}
