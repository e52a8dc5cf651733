// Installs the service's own packages (npm ci --prefix server) when they are missing or older
// than its lock file, so `npm run serve` and `npm test` work on a fresh clone and the demo's
// `npm ci` stays as light as it was.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

const server = path.resolve(import.meta.dirname, '..');
const marker = path.join(server, 'node_modules', '.package-lock.json');
const lock = path.join(server, 'package-lock.json');
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log('installing the data service packages (npm ci --prefix server)…');
  execFileSync('npm', ['ci', '--prefix', server, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
