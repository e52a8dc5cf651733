import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers, type MockOptions } from './handlers';

/**
 * The mock backend for node tests: `server.listen()` before, `server.close()` after. With an
 * absolute baseUrl (e.g. http://mock.test/api) tests fetch it like any backend.
 */
export function createMockServer(options: MockOptions): SetupServer {
  return setupServer(...createHandlers(options));
}
