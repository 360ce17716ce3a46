// Pushes the change feed to webhook endpoints (Standard Webhooks: https://www.standardwebhooks.com/).
//
// Per endpoint, events go out one at a time in feed order, each until the receiver answers 2xx (at least once):
// the endpoint's cursor moves past an event only after that. A failure (no 2xx, a network error, no answer within
// the timeout) is logged and retried after an exponentially growing delay, by the app's clock; an endpoint failing
// for more than a day is disabled. Every instance runs this; a session-level advisory lock per endpoint gives
// each endpoint to one instance at a time, so no event is sent by two at once. The lock is held by a session
// with no transaction open: waiting on a receiver holds back neither the change feed's horizon nor any row.
import http from 'node:http';
import https from 'node:https';
import { RequestFilteringHttpAgent, RequestFilteringHttpsAgent } from 'request-filtering-agent';
import { Webhook } from 'standardwebhooks';
import type { DatabaseHandle } from '../db/client.js';
import type { ChangeKind } from '../domain/model.js';
import { connectableNonPublicAddresses, webhookUrlProblem, type WebhookUrlPolicy } from '../domain/webhook-url.js';
import type { Clock } from '../lib/clock.js';
import { decodeFeedCursor, encodeFeedCursor, type ChangeRow, type FeedPosition } from './changes.js';
import { createStores } from '../store/index.js';
import type { WebhookEndpointRow } from '../store/webhooks.js';

export interface WebhookDeliveryOptions {
  urlPolicy: WebhookUrlPolicy;
  /** How long a receiver has to answer (default 10 s). */
  timeoutMs?: number;
  /** The delay after the first failure; each further failure doubles it (default 5 s). */
  retryBaseMs?: number;
  /** The longest delay between attempts (default 1 hour). */
  retryMaxMs?: number;
  /** At most this many events per endpoint per run (default 100). */
  eventsPerRun?: number;
  /** Told of every attempt (the metrics count deliveries by outcome). */
  onAttempt?: (outcome: 'succeeded' | 'failed' | 'refused') => void;
}

/** An endpoint failing for longer than this is disabled. */
export const WEBHOOK_DISABLE_AFTER_MS = 24 * 60 * 60_000;
/** How long delivery attempts are kept unless WEBHOOK_DELIVERY_RETENTION_DAYS says otherwise. */
export const WEBHOOK_DELIVERY_RETENTION_DEFAULT_MS = 30 * 24 * 60 * 60_000;
/** The first key of the endpoints' advisory locks (the second is a hash of the endpoint's id). */
const LOCK_CLASS = 0x77686b; // 'whk'

export interface AttemptOutcome {
  succeeded: boolean;
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
}

/** The agents deliveries connect through: they refuse any non-public address the policy does not list. */
export interface DeliveryAgents {
  http: RequestFilteringHttpAgent;
  https: RequestFilteringHttpsAgent;
}

export function deliveryAgents(policy: WebhookUrlPolicy): DeliveryAgents {
  // request-filtering-agent checks the address each socket actually connects to (after DNS), so a listed name
  // that resolves, or is re-pointed, to a private or reserved address is refused, and no second lookup can differ.
  const options = { allowIPAddressList: connectableNonPublicAddresses(policy), keepAlive: false };
  return { http: new RequestFilteringHttpAgent(options), https: new RequestFilteringHttpsAgent(options) };
}

/** POST one signed message; never throws. */
async function send(
  endpoint: WebhookEndpointRow,
  messageId: string,
  body: string,
  sentAt: Date,
  timeoutMs: number,
  agents: DeliveryAgents,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const url = new URL(endpoint.url);
  const secure = url.protocol === 'https:';
  const headers = {
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    'user-agent': 'saydo-webhooks',
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
    'webhook-signature': new Webhook(endpoint.secret).sign(messageId, sentAt, body),
  };
  // node's http does not follow redirects: a redirect could lead anywhere, past WEBHOOK_ALLOWED_HOSTS, so it
  // counts as a failure (not 2xx), not a hop.
  const status = await new Promise<number | Error>((resolve) => {
    const request = (secure ? https : http).request(
      url,
      { method: 'POST', headers, agent: secure ? agents.https : agents.http },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', (error) => resolve(error));
      },
    );
    const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on('close', () => clearTimeout(timer));
    request.on('error', (error) => resolve(error));
    request.end(body);
  });
  if (status instanceof Error) {
    return { succeeded: false, responseStatus: null, durationMs: elapsed(), error: status.message };
  }
  const succeeded = status >= 200 && status < 300;
  return {
    succeeded,
    responseStatus: status,
    durationMs: elapsed(),
    error: succeeded ? null : `the receiver answered ${status}`,
  };
}

/** The body of a message: the feed's change, as GET /v1/changes gives it, in the Standard Webhooks envelope. */
function payload(event: ChangeRow): string {
  const cursor = encodeFeedCursor(event);
  return JSON.stringify({
    type: event.kind,
    timestamp: event.at.toISOString(),
    data: {
      cursor,
      kind: event.kind,
      at: event.at.toISOString(),
      companyId: event.companyId,
      resourceId: event.resourceId,
      data: event.data,
    },
  });
}

export function createWebhookDeliverer(database: DatabaseHandle, clock: Clock, options: WebhookDeliveryOptions) {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const retryBaseMs = options.retryBaseMs ?? 5_000;
  const retryMaxMs = options.retryMaxMs ?? 60 * 60_000;
  const eventsPerRun = options.eventsPerRun ?? 100;
  const stores = createStores(database.db);
  const agents = deliveryAgents(options.urlPolicy);

  /** The next event the endpoint wants after its cursor, and how far the events it does not want reach. */
  async function nextEvent(endpoint: WebhookEndpointRow): Promise<{ event: ChangeRow | null; passed: FeedPosition }> {
    let passed = decodeFeedCursor(endpoint.cursor);
    for (;;) {
      const rows = await stores.changes.after(passed, 200, endpoint.companyId ?? undefined);
      for (const row of rows) {
        if (endpoint.eventTypes.includes(row.kind as ChangeKind)) return { event: row, passed };
        passed = { txid: row.txid, id: row.id, n: row.n };
      }
      if (rows.length < 200) return { event: null, passed };
    }
  }

  /** Deliver what is due to one endpoint whose lock this instance holds; returns how many events were delivered. */
  async function deliverLocked(id: string): Promise<number> {
    let delivered = 0;
    while (delivered < eventsPerRun) {
      const endpoint = await stores.webhooks.get(id);
      const now = clock.now();
      if (!endpoint?.enabled || (endpoint.nextAttemptAt && endpoint.nextAttemptAt > now)) return delivered;
      const { event, passed } = await nextEvent(endpoint);
      if (!event) {
        const cursor = encodeFeedCursor(passed);
        if (cursor !== endpoint.cursor) await stores.webhooks.update(id, { cursor });
        return delivered;
      }
      const messageId = `msg_${encodeFeedCursor(event)}`;
      // Checked again at every attempt: the allowed hosts may have changed since the endpoint was registered.
      const refused = webhookUrlProblem(endpoint.url, options.urlPolicy);
      const outcome: AttemptOutcome = refused
        ? { succeeded: false, responseStatus: null, durationMs: 0, error: `not sent: the URL ${refused}` }
        : await send(endpoint, messageId, payload(event), now, timeoutMs, agents);
      options.onAttempt?.(refused ? 'refused' : outcome.succeeded ? 'succeeded' : 'failed');
      const at = clock.now();
      await database.db.transaction(async (tx) => {
        const inTx = createStores(tx).webhooks;
        await inTx.logDelivery({ endpointId: id, messageId, eventType: event.kind, at, ...outcome });
        if (outcome.succeeded) {
          await inTx.update(id, {
            cursor: encodeFeedCursor(event),
            failingSince: null,
            failedAttempts: 0,
            nextAttemptAt: null,
          });
        } else {
          const failingSince = endpoint.failingSince ?? at;
          const failedAttempts = endpoint.failedAttempts + 1;
          const disable = at.getTime() - failingSince.getTime() > WEBHOOK_DISABLE_AFTER_MS;
          const delay = Math.min(retryBaseMs * 2 ** Math.min(failedAttempts - 1, 40), retryMaxMs);
          await inTx.update(id, {
            cursor: encodeFeedCursor(passed),
            failingSince,
            failedAttempts,
            nextAttemptAt: new Date(at.getTime() + delay),
            ...(disable
              ? { enabled: false, disabledReason: `deliveries failed since ${failingSince.toISOString()}` }
              : {}),
          });
        }
      });
      if (!outcome.succeeded) return delivered;
      delivered += 1;
    }
    return delivered;
  }

  /** Deliver to one endpoint unless another session (another instance) is at it; returns events delivered. */
  async function deliverTo(id: string): Promise<number> {
    const client = await database.pool.connect();
    try {
      const locked = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1::int, hashtext($2)) as ok', [
        LOCK_CLASS,
        id,
      ]);
      if (!locked.rows[0]?.ok) return 0;
      try {
        return await deliverLocked(id);
      } finally {
        await client.query('select pg_advisory_unlock($1::int, hashtext($2))', [LOCK_CLASS, id]);
      }
    } finally {
      client.release();
    }
  }

  return {
    /** The enabled endpoints whose next attempt is due by the clock. */
    due: () => stores.webhooks.due(clock.now()),
    deliverTo,
    /** One pass over every due endpoint, all at once; returns how many events were delivered. */
    async deliverOnce(): Promise<number> {
      const ids = await stores.webhooks.due(clock.now());
      const counts = await Promise.all(ids.map((id) => deliverTo(id)));
      return counts.reduce((a, b) => a + b, 0);
    },
  };
}
