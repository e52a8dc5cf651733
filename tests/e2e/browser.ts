import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

/** A page that records every console error, page error and request that leaves the origin. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  foreignRequests: string[];
}

export async function openWatched(
  browser: Browser,
  options: { viewport?: { width: number; height: number }; deviceScaleFactor?: number; locale?: string } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1366, height: 768 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    locale: options.locale ?? 'zh-CN',
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl()).origin;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The contract's way to say "no scheme of our own, use the default" is a 404 on /scheme;
    // Chromium logs every 404 fetch, so that one expected line is not an error of ours.
    if (isExpectedSchemeMiss(message.text(), message.location().url)) return;
    consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { page, context, consoleErrors, foreignRequests };
}

export function isExpectedSchemeMiss(text: string, url: string): boolean {
  // So is a v1 backend's 404 on /capabilities: the contract's way to say "no v2" (docs/data-contract.md).
  return /status of 404/.test(text) && /\/(scheme|capabilities)(\?|$)/.test(url);
}

/** Opens a hash route of the demo build, e.g. appUrl('/status') or appUrl('/rankings', 'scenario=hostile'). */
/** A console line a data-source outage causes (a proxy before a dead backend answers 502, an overloaded one 503): a refused or failed request for data (offices, records, the scheme, the capabilities). */
export function isOutageLine(line: string): boolean {
  return /(status of 50[23]|net::ERR_FAILED|Failed to fetch)/.test(line) && /\/(offices|records|scheme|capabilities)\b/.test(line);
}

/** A console line of a running screen that is no fault: an outage's (isOutageLine) or a v1 backend's 404 on /scheme or /capabilities. */
export function isExpectedDataLine(line: string): boolean {
  return isOutageLine(line) || (/status of 404/.test(line) && /\/(scheme|capabilities)\b/.test(line));
}

export function appUrl(hashPath: string, search = ''): string {
  return `${baseUrl()}${search ? `?${search}` : ''}#${hashPath}`;
}

/** Loaded: no skeleton left, every chart drawn, no lazy chunk pending. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.getElementById('root');
      if (!root || root.childElementCount === 0 || document.querySelector('.skeleton')) return false;
      return [...document.querySelectorAll('[role="img"]')].every((chart) => {
        const canvas = chart.querySelector('canvas');
        return canvas === null || (canvas.width > 0 && canvas.height > 0);
      });
    },
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(300);
}

const AXE_SOURCE = readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is, each as "rule: first target". */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated over the DevTools protocol, so the page's CSP (script-src 'self') does not block it.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, target: violation.nodes[0]?.target.join(' ') ?? '' }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.target}`);
}
