// The demo's loader: posts a dataset through app.inject with a bearer key, so every record meets the same auth,
// validation and services as a client's request. Used by `npm run demo` and by the browser tests.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ActualBatchResult } from '../schemas/actuals.js';
import { Statement } from '../schemas/statements.js';
import type { DemoDataset } from './demo-data.js';

const CompoundCreated = z.object({ parent: Statement, parts: z.array(Statement) });

/** A request the API refused: the demo stops and shows the problem body. */
export class RequestFailed extends Error {
  constructor(
    readonly method: string,
    readonly url: string,
    readonly status: number,
    readonly body: string,
  ) {
    super(`${method} ${url} answered ${status}`);
  }
}

/** The API as a client sees it, through inject, with a bearer key. */
export interface Client {
  app: FastifyInstance;
  key: string;
}

export async function send(client: Client, method: 'GET' | 'POST', url: string, payload?: object) {
  return client.app.inject({
    method,
    url,
    headers: { authorization: `Bearer ${client.key}` },
    ...(payload === undefined ? {} : { payload }),
  });
}

export async function request(client: Client, method: 'GET' | 'POST', url: string, payload?: object): Promise<unknown> {
  const response = await send(client, method, url, payload);
  if (response.statusCode < 200 || response.statusCode > 299) {
    throw new RequestFailed(method, url, response.statusCode, response.body);
  }
  const body: unknown = JSON.parse(response.body);
  return body;
}

export async function companyExists(client: Client, id: string): Promise<boolean> {
  const response = await send(client, 'GET', `/v1/companies/${id}`);
  if (response.statusCode === 200) return true;
  if (response.statusCode === 404) return false;
  throw new RequestFailed('GET', `/v1/companies/${id}`, response.statusCode, response.body);
}

export interface LoadedStatement {
  key: string;
  id: string;
  metric: string | null;
}

export async function loadDemo(client: Client, data: DemoDataset): Promise<LoadedStatement[]> {
  await request(client, 'POST', '/v1/companies', data.company);
  for (const metric of data.metrics) await request(client, 'POST', '/v1/metrics', metric);
  // Figures first, then the call's guidance: the order in which they became known. One batch: all or none.
  const recorded = ActualBatchResult.parse(await request(client, 'POST', '/v1/actuals/batch', { items: data.actuals }));
  if (recorded.count !== data.actuals.length)
    throw new Error(`recorded ${recorded.count} of ${data.actuals.length} actuals`);
  const loaded: LoadedStatement[] = [];
  for (const statement of data.statements) {
    if (statement.kind === 'atomic') {
      const created = Statement.parse(await request(client, 'POST', '/v1/statements', statement.body));
      loaded.push({ key: statement.key, id: created.id, metric: created.metric });
    } else {
      const created = CompoundCreated.parse(await request(client, 'POST', '/v1/statements/compound', statement.body));
      created.parts.forEach((part, i) => {
        loaded.push({ key: statement.partKeys[i] ?? `${statement.key}-${i + 1}`, id: part.id, metric: part.metric });
      });
    }
  }
  return loaded;
}
