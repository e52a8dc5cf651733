/**
 * A backend speaking data contract v1 over real HTTP, for the benchmarks: GET /offices,
 * /records?from&to and /scheme (404: "use the built-in default"). `answer` may refuse a request
 * (the soak's outage cycle) before it is served.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ServedData } from '../mocks/scenarios';

export interface ContractServer {
  server: Server;
  port: number;
  requests: () => number;
}

/** A refusal: the status and body to send instead of the data. */
export type Refusal = { status: number; body: string } | null;

export async function startContractServer(
  data: Pick<ServedData, 'offices' | 'records'>,
  refuse: (request: number) => Refusal = () => null,
): Promise<ContractServer> {
  const offices = JSON.stringify({ offices: data.offices });
  const records = data.records as { month: string }[];
  const bodies = new Map<string, string>();
  let requests = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://bench.invalid');
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(body);
    };
    const refusal = refuse(requests++);
    if (refusal) return send(refusal.status, refusal.body);
    if (url.pathname.endsWith('/offices')) return send(200, offices);
    if (url.pathname.endsWith('/records')) {
      const from = url.searchParams.get('from') ?? '';
      const to = url.searchParams.get('to') ?? '';
      // Built once per range: a province's 750,000 records take seconds to serialise.
      const key = `${from}|${to}`;
      let body = bodies.get(key);
      if (body === undefined) {
        body = JSON.stringify({ records: records.filter((record) => record.month >= from && record.month <= to) });
        bodies.clear();
        bodies.set(key, body);
      }
      return send(200, body);
    }
    return send(404, JSON.stringify({ error: 'not-found', detail: 'no scheme of its own' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, requests: () => requests };
}
