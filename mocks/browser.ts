import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type MockOptions } from './handlers';
import { SCENARIO_NAMES, isScenarioName } from './scenarios';

export interface MockWorkerOptions extends Omit<MockOptions, 'scenario'> {
  /** A name from config.json or the URL; anything unknown is refused with the list of known ones. */
  scenario?: string;
}

let worker: SetupWorker | undefined;

/**
 * Starts the mock backend in the page's service worker. The worker script sits beside
 * index.html, so its URL follows the document base (Vite's base './'), whatever path the
 * demo is served from. Quiet, and unmatched requests pass through: the console stays clean.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<void> {
  const scenario = options.scenario ?? 'normal';
  if (!isScenarioName(scenario)) {
    throw new Error(`unknown mock scenario "${scenario}"; known: ${SCENARIO_NAMES.join(', ')}`);
  }
  const handlers = createHandlers({ ...options, scenario });
  if (worker) {
    // Started before (a second boot in the same page): swap the scenario, keep the worker.
    worker.resetHandlers(...handlers);
    return;
  }
  const next = setupWorker(...handlers);
  await next.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).href },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  worker = next;
}
