import { useSyncExternalStore } from 'react';

/**
 * How this deployment's bulletins are set as a 公文 beyond their text (设置 → 通报格式): the
 * optional 版头 (发文机关标志 in red, the 发文字号's prefix, the red line) and 版记 (抄送, 印发机关).
 * `{issuer}` stands for the bulletin's 发文机关 (config.json's issuer for the scope), so one setting
 * serves the city's bulletin and each county's. Kept in this browser like the scheme.
 */
export interface BulletinFormat {
  banner: {
    enabled: boolean;
    /** 发文机关标志: "{issuer}文件" by default. */
    mark: string;
    /** 发文字号's 机关代字: 青政服 → 青政服〔2026〕11号. */
    numberPrefix: string;
  };
  record: {
    enabled: boolean;
    /** 抄送机关, separated by 、or ，. */
    copyTo: string;
    /** 印发机关: "{issuer}办公室" by default. */
    printer: string;
  };
}

export const ISSUER_PLACEHOLDER = '{issuer}';

export const DEFAULT_BULLETIN_FORMAT: BulletinFormat = {
  banner: { enabled: false, mark: `${ISSUER_PLACEHOLDER}文件`, numberPrefix: '' },
  record: { enabled: false, copyTo: '', printer: `${ISSUER_PLACEHOLDER}办公室` },
};

const STORAGE_KEY = 'spd.bulletin.format.v1';
const listeners = new Set<() => void>();
let cached: { raw: string | null; format: BulletinFormat } = { raw: null, format: DEFAULT_BULLETIN_FORMAT };

function text(value: unknown, fallback: string, max = 200): string {
  return typeof value === 'string' ? value.slice(0, max) : fallback;
}

/** Anything that is not the shape above falls back field by field to the defaults, never half-used. */
export function parseBulletinFormat(raw: string | null): BulletinFormat {
  if (!raw) return DEFAULT_BULLETIN_FORMAT;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return DEFAULT_BULLETIN_FORMAT;
  }
  if (typeof parsed !== 'object' || parsed === null) return DEFAULT_BULLETIN_FORMAT;
  const { banner, record } = parsed as { banner?: Record<string, unknown>; record?: Record<string, unknown> };
  const d = DEFAULT_BULLETIN_FORMAT;
  return {
    banner: {
      enabled: banner?.enabled === true,
      mark: text(banner?.mark, d.banner.mark),
      numberPrefix: text(banner?.numberPrefix, d.banner.numberPrefix, 40),
    },
    record: {
      enabled: record?.enabled === true,
      copyTo: text(record?.copyTo, d.record.copyTo, 500),
      printer: text(record?.printer, d.record.printer),
    },
  };
}

function storedRaw(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

export function readBulletinFormat(): BulletinFormat {
  const raw = storedRaw();
  if (raw !== cached.raw) cached = { raw, format: parseBulletinFormat(raw) };
  return cached.format;
}

/** Saves the format; false when the browser refuses (the caller says it was not saved). */
export function saveBulletinFormat(format: BulletinFormat): boolean {
  let saved = true;
  try {
    globalThis.localStorage.setItem(STORAGE_KEY, JSON.stringify(format));
  } catch {
    saved = false;
  }
  for (const listener of listeners) listener();
  return saved;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === STORAGE_KEY) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

export function useBulletinFormat(): BulletinFormat {
  return useSyncExternalStore(subscribe, readBulletinFormat, () => DEFAULT_BULLETIN_FORMAT);
}

/** A format text with the bulletin's issuer in place of {issuer}. */
export function withIssuer(template: string, issuer: string): string {
  return template.split(ISSUER_PLACEHOLDER).join(issuer).trim();
}
