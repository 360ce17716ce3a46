// Conditional GETs. Every successful GET carries a strong ETag naming the exact bytes of its body, and
// If-None-Match gets a 304. Bodies are cached in process, keyed by URL, so a poll whose answer has not
// changed costs no query at all. The cache is coherent across instances: every write NOTIFYs at commit, and
// every instance clears its cache when told (see src/db/notifications.ts). Entries also expire at the next
// scheduled change (a deadline passing), since reads "as of now" change then without any write.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { z } from 'zod';
import type { ChangeListener } from '../../db/notifications.js';
import { PreconditionFailedError, PreconditionRequiredError } from '../../errors.js';
import type { Clock } from '../../lib/clock.js';

export function etagOf(payload: string): string {
  return `"${createHash('sha256').update(payload).digest('base64url').slice(0, 32)}"`;
}

/** The ETag a GET would send for this body: encoded by its response schema, exactly as the serializer does. */
export function etagOfBody<S extends z.ZodType>(schema: S, body: z.output<S>): string {
  return etagOf(JSON.stringify(z.encode(schema, body)));
}

function matches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * Optimistic concurrency for a write: If-Match must name the current representation's ETag. `required`
 * makes a missing If-Match a 428, for updates that would otherwise overwrite someone else's change.
 */
export function checkIfMatch<S extends z.ZodType>(
  request: FastifyRequest,
  current: { schema: S; body: z.output<S> },
  required: boolean,
): void {
  const header = request.headers['if-match'];
  if (header === undefined) {
    if (required)
      throw new PreconditionRequiredError('This update needs If-Match with the ETag from a GET of the resource.');
    return;
  }
  if (!matches(header, etagOfBody(current.schema, current.body))) {
    throw new PreconditionFailedError(
      'The resource changed since the ETag in If-Match was read; GET it again and retry.',
    );
  }
}

export interface ConditionalGetOptions {
  /** Without a listener nothing is cached: there would be no way to hear of changes. */
  listener: ChangeListener | null;
  /** The app's clock: scheduled changes are instants on it. */
  clock: Clock;
  /** The next instant at which something read "as of now" changes by itself; null if none is scheduled. */
  nextScheduledChange: () => Promise<Date | null>;
  /** Paths whose answers must never be cached (feeds that wait for changes). */
  uncached: (url: string) => boolean;
  maxEntries?: number;
}

interface Entry {
  etag: string;
  payload: string;
  contentType: string;
  /** A CSV page's Link to the next page: part of the answer, so kept with it. */
  link: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Forget every cached answer: called by this instance's own writes at commit, before their NOTIFY echoes back. */
    invalidateResponseCache(): void;
  }
  interface FastifyRequest {
    /** The cache generation when the request began; its answer may be cached only if no change came since. */
    cacheGeneration: number | null;
  }
}

/** One entry per URL and Accept: the same URL answers JSON or CSV. */
function cacheKey(request: FastifyRequest): string {
  return `${request.headers.accept ?? ''}\n${request.url}`;
}

async function conditionalGet(app: FastifyInstance, options: ConditionalGetOptions): Promise<void> {
  const entries = new Map<string, Entry>();
  const maxEntries = options.maxEntries ?? 5_000;
  let generation = 0;
  /** Until this instant entries stay valid; null while unknown (right after a change), which disables the cache. */
  let validUntil: number | null = null;
  let refreshing: Promise<void> | null = null;

  function refreshHorizon(): void {
    const started = generation;
    refreshing ??= options
      .nextScheduledChange()
      .then((next) => {
        if (generation === started) validUntil = next ? next.getTime() : Number.POSITIVE_INFINITY;
      })
      .catch(() => undefined)
      .finally(() => {
        refreshing = null;
      });
  }

  const invalidate = () => {
    generation += 1;
    entries.clear();
    validUntil = null;
  };
  app.decorate('invalidateResponseCache', invalidate);
  const unsubscribe = options.listener?.onChange(invalidate);
  app.addHook('onClose', async () => unsubscribe?.());

  const cacheable = (request: FastifyRequest) =>
    options.listener !== null && request.method === 'GET' && !options.uncached(request.url);

  app.decorateRequest('cacheGeneration', null);
  // preHandler, not onRequest: authentication, rate limiting and validation all run before a cached answer.
  app.addHook('preHandler', async (request, reply) => {
    if (!cacheable(request) || !options.listener?.listening) return;
    if (validUntil === null || options.clock.now().getTime() >= validUntil) {
      // A scheduled change has come: what was cached describes the time before it.
      if (validUntil !== null) invalidate();
      refreshHorizon();
      return;
    }
    request.cacheGeneration = generation;
    const entry = entries.get(cacheKey(request));
    if (!entry) return;
    reply.header('etag', entry.etag).header('x-cache', 'hit');
    if (entry.link !== undefined) reply.header('link', entry.link);
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, entry.etag)) return reply.code(304).send();
    return reply.type(entry.contentType).send(entry.payload);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      reply.statusCode !== 200 ||
      typeof payload !== 'string'
    ) {
      return payload;
    }
    if (reply.getHeader('x-cache') === 'hit') return payload;
    const etag = etagOf(payload);
    reply.header('etag', etag);
    if (request.cacheGeneration !== null && request.cacheGeneration === generation && validUntil !== null) {
      if (entries.size >= maxEntries) {
        const oldest = entries.keys().next();
        if (!oldest.done) entries.delete(oldest.value);
      }
      entries.set(cacheKey(request), {
        etag,
        payload,
        contentType: String(reply.getHeader('content-type') ?? 'application/json'),
        link: reply.getHeader('link')?.toString(),
      });
    }
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
}

export const conditionalGets = fp(conditionalGet, { name: 'saydo-conditional-get' });
