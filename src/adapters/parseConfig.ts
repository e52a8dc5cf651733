import { isLocale } from '../domain';
import type { AppConfig, DataSourceConfig } from './config';
import { resolveBaseUrl } from './http/url';
import { describeValue, isPlainObject, typeName } from './validate/describe';
import { DEFAULT_TITLE_TEMPLATE } from './scopeTitles';
import type { IssuerConfig } from './config';

/** The default title: the scope's region, then the product's name (scopeTitles.ts). */
export const DEFAULT_TITLE = DEFAULT_TITLE_TEMPLATE;
export const DEFAULT_REFRESH_SECONDS = 300;
export const MIN_REFRESH_SECONDS = 10;
/** Once a day: anything slower is a mistake, not a choice. */
export const MAX_REFRESH_SECONDS = 86_400;
export const DEFAULT_SCENARIO = 'normal';

const MAX_TITLE_LENGTH = 100;
const SCENARIO_PATTERN = /^[a-z][a-z0-9-]{0,31}$/;
const KNOWN_FIELDS = ['title', 'issuer', 'dataSource', 'refreshSeconds', 'locale', 'allowUrlOverride', 'map'];

export interface ParsedConfig {
  /** null when the config cannot be used at all: the app shows the problems instead of guessing. */
  config: AppConfig | null;
  /** Plain text, one sentence each; non-empty also when the config is used with defaults. */
  problems: string[];
}

/**
 * Reads config.json. A wrong optional field falls back to its default with a problem noted. A
 * dataSource that is present but unusable is fatal (config null): quietly showing demo numbers
 * to someone who meant to point at a real backend would be worse than an error screen. Only a
 * config without any dataSource runs the demo (mock, scenario "normal").
 * refreshSeconds 0 means no automatic refresh; otherwise at least 10 seconds.
 */
export function parseConfig(payload: unknown): ParsedConfig {
  const problems: string[] = [];
  if (!isPlainObject(payload)) {
    return { config: null, problems: [`config.json must be a JSON object, got ${typeName(payload)}`] };
  }

  for (const key of Object.keys(payload)) {
    // "$schema" and other "$…" keys are for editors, not for the app.
    if (KNOWN_FIELDS.includes(key) || key.startsWith('$')) continue;
    const meant = KNOWN_FIELDS.find((known) => known.toLowerCase() === key.toLowerCase());
    problems.push(`unknown field '${key}' ignored${meant ? ` (did you mean '${meant}'?)` : ''}`);
  }

  const dataSource = readDataSource(payload.dataSource, problems);
  if (!dataSource) return { config: null, problems };

  const issuer = readIssuer(payload.issuer, problems);
  return {
    config: {
      title: readTitle(payload.title, problems),
      ...(issuer === undefined ? {} : { issuer }),
      dataSource,
      refreshSeconds: readRefreshSeconds(payload.refreshSeconds, problems),
      locale: readLocale(payload.locale, problems),
      allowUrlOverride: readAllowUrlOverride(payload.allowUrlOverride, problems),
      // Read when the map page opens (mapConfig.ts): the first screen carries none of the map's code.
      ...(payload.map === undefined ? {} : { map: payload.map }),
    },
    problems,
  };
}

/** True when the app can reach this baseUrl: http(s), no credentials, no query or fragment. */
export function isUsableBaseUrl(baseUrl: string): boolean {
  return baseUrlProblem(baseUrl) === null;
}

export function isScenarioName(value: unknown): value is string {
  return typeof value === 'string' && SCENARIO_PATTERN.test(value);
}

function baseUrlProblem(baseUrl: string): string | null {
  try {
    // Any base will do: only the syntax is checked here, the document resolves it later.
    resolveBaseUrl(baseUrl, 'http://config.invalid/');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function readDataSource(raw: unknown, problems: string[]): DataSourceConfig | null {
  if (raw === undefined) return { type: 'mock', scenario: DEFAULT_SCENARIO };
  if (!isPlainObject(raw)) {
    problems.push(`dataSource must be an object such as {"type": "http", "baseUrl": "/api/v1"}, got ${typeName(raw)}`);
    return null;
  }
  const { type } = raw;
  if (type === 'http') {
    const allowed = ['type', 'baseUrl', 'timeoutMs'];
    noteUnknown(raw, allowed, problems);
    const { baseUrl } = raw;
    if (typeof baseUrl !== 'string' || baseUrl.trim() === '') {
      problems.push(`dataSource.baseUrl must be a non-empty string for type "http", got ${describeValue(baseUrl)}`);
      return null;
    }
    const problem = baseUrlProblem(baseUrl);
    if (problem) {
      problems.push(`dataSource.baseUrl: ${problem}`);
      return null;
    }
    const timeoutMs = readTimeout(raw.timeoutMs, problems);
    return { type: 'http', baseUrl: baseUrl.trim(), ...(timeoutMs === undefined ? {} : { timeoutMs }) };
  }
  if (type === 'mock') {
    noteUnknown(raw, ['type', 'scenario', 'seed'], problems);
    let scenario = DEFAULT_SCENARIO;
    if (raw.scenario !== undefined) {
      if (isScenarioName(raw.scenario)) scenario = raw.scenario;
      else problems.push(`dataSource.scenario must be a scenario name such as "hostile", got ${describeValue(raw.scenario)}; using "normal"`);
    }
    const { seed } = raw;
    if (seed !== undefined && !Number.isSafeInteger(seed)) {
      problems.push(`dataSource.seed must be a whole number, got ${describeValue(seed)}; ignored`);
    }
    return { type: 'mock', scenario, ...(Number.isSafeInteger(seed) ? { seed: seed as number } : {}) };
  }
  if (type === 'file') {
    problems.push('dataSource type "file" is not available in this version; use "http" or "mock"');
    return null;
  }
  problems.push(`dataSource.type must be "http" or "mock", got ${describeValue(type)}`);
  return null;
}

function noteUnknown(raw: Record<string, unknown>, allowed: readonly string[], problems: string[]): void {
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) problems.push(`unknown field 'dataSource.${key}' ignored`);
  }
}

function readTimeout(raw: unknown, problems: string[]): number | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'number' && Number.isFinite(raw) && raw >= 1000 && raw <= 300_000) return Math.round(raw);
  problems.push(`dataSource.timeoutMs must be milliseconds between 1000 and 300000, got ${describeValue(raw)}; using the default`);
  return undefined;
}

function readTitle(raw: unknown, problems: string[]): string {
  if (raw === undefined) return DEFAULT_TITLE;
  if (typeof raw !== 'string' || raw.trim() === '') {
    problems.push(`title must be a non-empty string, got ${describeValue(raw)}; using the default`);
    return DEFAULT_TITLE;
  }
  const title = raw.trim();
  if (title.length <= MAX_TITLE_LENGTH) return title;
  problems.push(`title is longer than ${MAX_TITLE_LENGTH} characters; cut`);
  return title.slice(0, MAX_TITLE_LENGTH);
}

function readIssuerName(raw: unknown, where: string, problems: string[]): string | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') {
    problems.push(`${where} must be a non-empty string, got ${describeValue(raw)}; ignored`);
    return undefined;
  }
  const issuer = raw.trim();
  if (issuer.length <= MAX_TITLE_LENGTH) return issuer;
  problems.push(`${where} is longer than ${MAX_TITLE_LENGTH} characters; cut`);
  return issuer.slice(0, MAX_TITLE_LENGTH);
}

/** A name or template, or a map by region id ("*" for the others); bad entries are dropped with a problem. */
function readIssuer(raw: unknown, problems: string[]): IssuerConfig | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
    const map: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [regionId, name] of Object.entries(raw)) {
      if (regionId === '__proto__' || regionId === 'constructor' || regionId === 'prototype') {
        problems.push(`issuer key '${regionId}' ignored`);
        continue;
      }
      const read = readIssuerName(name, `issuer['${regionId}']`, problems);
      if (read !== undefined) map[regionId] = read;
    }
    return Object.keys(map).length > 0 ? { ...map } : undefined;
  }
  return readIssuerName(raw, 'issuer', problems);
}

function readRefreshSeconds(raw: unknown, problems: string[]): number {
  if (raw === undefined) return DEFAULT_REFRESH_SECONDS;
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) {
    problems.push(`refreshSeconds must be 0 (off) or a number of seconds, got ${describeValue(raw)}; using ${DEFAULT_REFRESH_SECONDS}`);
    return DEFAULT_REFRESH_SECONDS;
  }
  const seconds = Math.round(raw);
  if (seconds === 0) return 0;
  if (seconds < MIN_REFRESH_SECONDS) {
    problems.push(`refreshSeconds ${raw} is too often; using ${MIN_REFRESH_SECONDS}`);
    return MIN_REFRESH_SECONDS;
  }
  if (seconds > MAX_REFRESH_SECONDS) {
    problems.push(`refreshSeconds ${raw} is more than a day; using ${MAX_REFRESH_SECONDS}`);
    return MAX_REFRESH_SECONDS;
  }
  return seconds;
}

function readLocale(raw: unknown, problems: string[]): AppConfig['locale'] {
  if (raw === undefined) return 'zh-CN';
  if (isLocale(raw)) return raw;
  problems.push(`locale must be "zh-CN" or "en", got ${describeValue(raw)}; using "zh-CN"`);
  return 'zh-CN';
}

function readAllowUrlOverride(raw: unknown, problems: string[]): boolean {
  if (raw === undefined) return false;
  if (typeof raw === 'boolean') return raw;
  problems.push(`allowUrlOverride must be true or false, got ${describeValue(raw)}; using false`);
  return false;
}
