import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { backupFiles, restoreFiles, unzipFiles } from './backup';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildApp } from './app';
import { hashToken } from './auth';
import { loadDemoIfEmpty } from './demo';
import { openDuckDb } from './storage/duckdb';

const ROOT = path.resolve(import.meta.dirname, '../..');
const USAGE = `usage:
  npm run serve -- --data DIR [--port 8080] [--host 0.0.0.0] [--title 标题] [--issuer 发布单位] [--private]
  npm run serve -- --clickhouse http://user:password@host:8123/database [same options]
  npm run service -- add-editor --data DIR --name NAME [--role editor|viewer]
  npm run service -- backup --data DIR --out DIR
  npm run service -- restore --data DIR --from DIR`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

export async function openData(dir: string | undefined) {
  if (!dir) fail('--data DIR is required: the folder that holds the database file');
  mkdirSync(dir, { recursive: true });
  return openDuckDb({ path: path.join(dir, 'service.duckdb') });
}

/** Beyond one machine: the same service on a ClickHouse server or cluster (docs/deploy.md). */
async function openClickHouse(url: string) {
  const { createClient } = await import('@clickhouse/client');
  const { ClickHouseStorage } = await import('./storage/clickhouse');
  const { clientExec } = await import('./storage/clickhouse-client');
  const parsed = new URL(url);
  const client = createClient({
    url: `${parsed.protocol}//${parsed.host}`,
    username: decodeURIComponent(parsed.username) || 'default',
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.slice(1) || 'default',
  });
  return ClickHouseStorage.open(clientExec(client));
}

async function serve(values: Record<string, string | boolean | undefined>) {
  const dist = path.join(ROOT, 'dist');
  if (!existsSync(path.join(dist, 'index.html'))) {
    console.log('building the dashboard (vite build)…');
    execFileSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
  const storage = values.clickhouse ? await openClickHouse(values.clickhouse as string) : await openData(values.data as string | undefined);
  if (await loadDemoIfEmpty(storage)) console.log('the data folder was empty: loaded the demo county');
  const app = await buildApp({
    storage,
    distDir: dist,
    title: values.title as string | undefined,
    issuer: values.issuer as string | undefined,
    readRequires: values.private ? 'token' : 'none',
    logger: values.quiet ? false : true,
    v2: values.contract !== 'v1',
  });
  const port = Number(values.port ?? 8080);
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  await app.listen({ port, host });
  const close = async () => {
    await app.close();
    await storage.close();
    process.exit(0);
  };
  process.on('SIGINT', close);
  process.on('SIGTERM', close);
}

async function addEditor(values: Record<string, string | boolean | undefined>) {
  const name = values.name as string | undefined;
  if (!name) fail('--name NAME is required');
  const role = (values.role as string | undefined) ?? 'editor';
  if (role !== 'editor' && role !== 'viewer') fail('--role is editor or viewer');
  const storage = await openData(values.data as string | undefined);
  const token = randomBytes(24).toString('base64url');
  await storage.addEditor({ name, role, tokenHash: hashToken(token) });
  await storage.close();
  console.log(`${role} "${name}" added. Token (shown once, keep it safe):\n${token}`);
}

async function backup(values: Record<string, string | boolean | undefined>) {
  const out = values.out as string | undefined;
  if (!out) fail('--out DIR is required');
  const storage = await openData(values.data as string | undefined);
  const files = await backupFiles(storage);
  await storage.close();
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(out, name), text);
  console.log(`backup written to ${out}: ${Object.keys(files).join(', ')}`);
}

async function restore(values: Record<string, string | boolean | undefined>) {
  const from = values.from as string | undefined;
  if (!from) fail('--from DIR (a backup folder) or --from FILE.zip is required');
  const files = from.endsWith('.zip')
    ? unzipFiles(new Uint8Array(readFileSync(from)))
    : Object.fromEntries(
        readdirSync(from)
          .filter((name) => name.endsWith('.json'))
          .map((name) => [name, readFileSync(path.join(from, name), 'utf8')]),
      );
  const storage = await openData(values.data as string | undefined);
  const entry = await restoreFiles(storage, files, 'restore (command line)');
  await storage.close();
  console.log(`restored ${entry.recordsWritten} records and ${entry.officesWritten} offices`);
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      title: { type: 'string' },
      issuer: { type: 'string' },
      private: { type: 'boolean' },
      name: { type: 'string' },
      role: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      contract: { type: 'string' },
      clickhouse: { type: 'string' },
      quiet: { type: 'boolean' },
    },
  });
  switch (command) {
    case 'serve':
      return serve(values);
    case 'add-editor':
      return addEditor(values);
    case 'backup':
      return backup(values);
    case 'restore':
      return restore(values);
    default:
      fail(command ? `unknown command: ${command}` : 'no command');
  }
}

await main();
