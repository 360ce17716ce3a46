// Conditional GETs. Every successful GET carries a strong ETag naming the exact bytes of its body, and
// If-None-Match gets a 304. Answers are cached in process, keyed by URL, within a byte budget (least recently
// used first out), so a poll whose answer has not changed costs no query and computes no body.
//
// A write changes only some answers. Each cached answer is tagged with what it is about: one company (its
// statements, scorecard, metrics, actuals), or several (the leaderboard, lists across companies, the audit
// trail). Every write NOTIFYs, at commit, the companies it touched (src/db/notifications.ts); each instance
// then drops the answers about those companies and those that span companies, and keeps the rest. Nothing is
// shared between instances but the database: a notification says what to look at again.
//
// Entries also expire at the next scheduled change (a deadline passing), since reads "as of now" change then
// without any write. That instant is read once per change heard, not per request, and only an entry whose
// tags a change touched waits for it; the others keep being served.
//
// Concurrent misses for the same URL compute it once: the first computes, the others wait for its answer.
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { ChangeListener, ChangeScope } from '../../db/notifications.js';
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

/** The default byte budget of one instance's cache. */
export const DEFAULT_RESPONSE_CACHE_MAX_BYTES = 64 * 1024 * 1024;

export interface ConditionalGetOptions {
  /** Without a listener nothing is cached: there would be no way to hear of changes. */
  listener: ChangeListener | null;
  /** The app's clock: scheduled changes are instants on it. */
  clock: Clock;
  /** The next instant at which something read "as of now" changes by itself; null if none is scheduled. */
  nextScheduledChange: () => Promise<Date | null>;
  /** Paths whose answers must never be cached (feeds that wait for changes). */
  uncached: (url: string) => boolean;
  /**
   * The most memory cached answers may take, in bytes (counted as a JavaScript string's worst case, two bytes a
   * character). An answer larger than an eighth of it keeps only its ETag: its 304s stay free.
   */
  maxBytes?: number;
  /** Told of every cacheable GET whether the cache answered it (metrics count hits and misses). */
  onLookup?: (outcome: 'hit' | 'miss') => void;
}

/** What an answer is about: one or more companies, or answers that span companies (lists, leaderboard). */
type Tags = { spans: true } | { spans: false; companies: readonly string[] };
const SPANS: Tags = { spans: true };

/**
 * The changes this instance has heard, numbered in the order heard. An answer computed after change n was
 * heard reflects it; it stays good while no later change touches its tags.
 */
class ChangesHeard {
  count = 0;
  private everythingAt = 0;
  private anyCompanyAt = 0;
  private companyAt = new Map<string, number>();

  hear(scope: ChangeScope): void {
    this.count += 1;
    if (scope.everything) {
      this.everythingAt = this.count;
      // Every company's own number is now below everythingAt: forget them (bounded by the companies written since).
      this.companyAt.clear();
      return;
    }
    this.anyCompanyAt = this.count;
    for (const company of scope.companies) this.companyAt.set(company, this.count);
  }

  /** The number of the last change heard that touches these tags (0 if none). */
  lastTouching(tags: Tags): number {
    let last = this.everythingAt;
    if (tags.spans) return Math.max(last, this.anyCompanyAt);
    for (const company of tags.companies) last = Math.max(last, this.companyAt.get(company) ?? 0);
    return last;
  }
}

interface Entry {
  etag: string;
  /** null: too large to keep; the ETag alone still answers If-None-Match. */
  payload: string | null;
  contentType: string;
  tags: Tags;
  /** The number of changes heard before it was computed. */
  computedAfter: number;
  /** When the next scheduled change comes (ms on the app's clock): the answer may differ from then. */
  validUntil: number;
  /** A CSV page's Link to the next page: part of the answer, so kept with it. */
  link: string | undefined;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Forget the cached answers a change touched: called by this instance's own writes at commit. */
    invalidateResponseCache(scope: ChangeScope): void;
  }
  interface FastifyRequest {
    /** The number of changes heard when the request began; its answer is cacheable only if this is set. */
    cacheComputedAfter: number | null;
    /** When it began (ms on the app's clock), for the same answer. */
    cacheStartedAt: number;
    /** What the answer is about, from its route parameters, query or body (see tagsOf). */
    cacheTags: Tags | null;
  }
}

function stringField(value: unknown, field: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = (value as Record<string, unknown>)[field];
  return typeof found === 'string' ? found : undefined;
}

/**
 * What an answer is about: the company in its path (/companies/{companyId}/...), else the company it is filtered
 * to (?companyId=), else the company the resource itself names (a statement, metric or actual). Anything else
 * (the leaderboard, unfiltered lists, the audit trail) spans companies and changes with every write.
 */
function tagsOf(request: FastifyRequest, body: unknown): Tags {
  const inPath = stringField(request.params, 'companyId');
  if (inPath !== undefined) return { spans: false, companies: [inPath] };
  // A list may be filtered to one company or to several (?companyId=a,b or repeated): it is about those.
  const filtered = companiesField(request.query);
  if (filtered !== undefined) return { spans: false, companies: filtered };
  const named = stringField(body, 'companyId');
  return named === undefined ? SPANS : { spans: false, companies: [named] };
}

/** The companies a query's companyId names, as one id or a list of them; undefined if it names none. */
function companiesField(query: unknown): string[] | undefined {
  if (typeof query !== 'object' || query === null) return undefined;
  const value: unknown = (query as Record<string, unknown>)['companyId'];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[];
  return undefined;
}

/** Bytes an entry is counted as: its strings at two bytes a character, and a fixed allowance for the rest. */
function sizeOf(entry: Entry, url: string): number {
  return 2 * (url.length + entry.etag.length + entry.contentType.length + (entry.payload?.length ?? 0)) + 256;
}

/**
 * One entry per URL and Accept: the same URL answers JSON or CSV. No Accept means any type (RFC 9110, 12.5.1): it
 * shares the entry of the wildcard Accept that most clients (fetch, curl) send.
 */
function cacheKey(request: FastifyRequest): string {
  return `${request.headers.accept ?? '*/*'}\n${request.url}`;
}

async function conditionalGet(app: FastifyInstance, options: ConditionalGetOptions): Promise<void> {
  const maxBytes = options.maxBytes ?? DEFAULT_RESPONSE_CACHE_MAX_BYTES;
  const entries = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: sizeOf });
  const heard = new ChangesHeard();
  /** Misses being computed, by URL: a second request for one waits for the first's answer. */
  const computing = new Map<string, Promise<void>>();

  /**
   * The next scheduled change (`at`), as read when `asOf` changes had been heard, by a query whose "now" was at or
   * before `readAt` (ms on the app's clock): the last two reads, the latest last. The one before the latest still
   * serves answers whose requests began before the latest read did.
   */
  type Horizon = { at: number; asOf: number; readAt: number };
  let horizons: Horizon[] = [];
  let reading = 0;

  /**
   * Read the horizon again. Called as soon as a change is heard, so that the read is usually done before the first
   * answer recomputed after it, which can then be kept at once. Each change heard starts a read of its own (one
   * indexed query); an answer that finds no horizon starts one only if none is under way.
   */
  function refreshHorizon(): void {
    const started = heard.count;
    // The query takes its "now" synchronously, when called: readAt, taken after, is not before it.
    const next = options.nextScheduledChange();
    const readAt = options.clock.now().getTime();
    reading += 1;
    next
      .then((at) => {
        const latest = horizons.at(-1);
        // Reads may come back out of order: only a later one replaces what is known.
        if (latest === undefined || latest.asOf < started || (latest.asOf === started && latest.readAt <= readAt))
          horizons = [
            ...horizons.slice(-1),
            { at: at ? at.getTime() : Number.POSITIVE_INFINITY, asOf: started, readAt },
          ];
      })
      .catch(() => undefined)
      .finally(() => {
        reading -= 1;
      });
  }

  /**
   * Until when an answer with these tags, computed by a request that began at `startedAt` (ms on the app's
   * clock), holds; null if that is not known yet. It holds until the next scheduled change as read before the
   * request began, and after every change heard that touches its tags (a write may have scheduled a change).
   */
  function validUntilFor(tags: Tags, startedAt: number): number | null {
    const now = options.clock.now().getTime();
    const last = heard.lastTouching(tags);
    for (let i = horizons.length - 1; i >= 0; i -= 1) {
      const horizon = horizons[i];
      if (horizon !== undefined && last <= horizon.asOf && horizon.readAt <= startedAt && now < horizon.at)
        return horizon.at;
    }
    if (reading === 0) refreshHorizon();
    return null;
  }

  function fresh(entry: Entry): boolean {
    return heard.lastTouching(entry.tags) <= entry.computedAfter && options.clock.now().getTime() < entry.validUntil;
  }

  /** The URL's entry if it still holds; a stale one is dropped, freeing its bytes. */
  function lookup(url: string): Entry | undefined {
    const entry = entries.get(url);
    if (entry === undefined || fresh(entry)) return entry;
    entries.delete(url);
    return undefined;
  }

  const invalidate = (scope: ChangeScope) => {
    heard.hear(scope);
    refreshHorizon();
  };
  app.decorate('invalidateResponseCache', invalidate);
  const unsubscribe = options.listener?.onChange(invalidate);
  app.addHook('onClose', async () => unsubscribe?.());

  const cacheable = (request: FastifyRequest) =>
    options.listener?.listening === true && request.method === 'GET' && !options.uncached(request.url);

  const leaders = new WeakMap<FastifyRequest, () => void>();
  /** The request that computes a URL has answered (or failed): whoever waits for it looks again. */
  function release(request: FastifyRequest): void {
    leaders.get(request)?.();
    leaders.delete(request);
  }

  app.decorateRequest('cacheComputedAfter', null);
  app.decorateRequest('cacheTags', null);
  app.decorateRequest('cacheStartedAt', 0);
  // preHandler, not onRequest: authentication, rate limiting and validation all run before a cached answer.
  app.addHook('preHandler', async (request, reply) => {
    if (!cacheable(request)) return;
    const key = cacheKey(request);
    let entry = lookup(key);
    const waitFor = entry === undefined ? computing.get(key) : undefined;
    if (waitFor !== undefined) {
      await waitFor;
      entry = lookup(key);
    }
    request.cacheComputedAfter = heard.count;
    request.cacheStartedAt = options.clock.now().getTime();
    options.onLookup?.(entry === undefined ? 'miss' : 'hit');
    if (entry === undefined) {
      if (waitFor === undefined) {
        // This request computes the answer; others for the same URL wait for it.
        let done: () => void = () => undefined;
        const finished = new Promise<void>((resolve) => {
          done = resolve;
        });
        computing.set(key, finished);
        leaders.set(request, () => {
          if (computing.get(key) === finished) computing.delete(key);
          done();
        });
      }
      return;
    }
    reply.header('etag', entry.etag).header('x-cache', 'hit');
    if (entry.link !== undefined) reply.header('link', entry.link);
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, entry.etag)) return reply.code(304).send();
    if (entry.payload === null) {
      // Only the ETag was kept: compute the body.
      reply.removeHeader('x-cache');
      return;
    }
    return reply.type(entry.contentType).send(entry.payload);
  });

  app.addHook('preSerialization', async (request, _reply, payload) => {
    if (request.cacheComputedAfter !== null) request.cacheTags = tagsOf(request, payload);
    return payload;
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (
      (request.method !== 'GET' && request.method !== 'HEAD') ||
      reply.statusCode !== 200 ||
      typeof payload !== 'string'
    ) {
      release(request);
      return payload;
    }
    if (reply.getHeader('x-cache') === 'hit') return payload;
    const etag = etagOf(payload);
    reply.header('etag', etag);
    const computedAfter = request.cacheComputedAfter;
    if (computedAfter !== null) {
      const tags = request.cacheTags ?? tagsOf(request, undefined);
      const validUntil = validUntilFor(tags, request.cacheStartedAt);
      // A change heard while it was computed may or may not be in it: such an answer is sent, not kept.
      if (validUntil !== null && heard.lastTouching(tags) <= computedAfter) {
        const keep = 2 * payload.length <= maxBytes / 8;
        entries.set(cacheKey(request), {
          etag,
          payload: keep ? payload : null,
          contentType: String(reply.getHeader('content-type') ?? 'application/json'),
          link: reply.getHeader('link')?.toString(),
          tags,
          computedAfter,
          validUntil,
        });
      }
    }
    release(request);
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined && matches(ifNoneMatch, etag)) {
      reply.code(304);
      return '';
    }
    return payload;
  });
  // Whatever happens to the computing request, those waiting for it must not wait forever.
  app.addHook('onResponse', async (request) => release(request));
  app.addHook('onRequestAbort', async (request) => release(request));
}

export const conditionalGets = fp(conditionalGet, { name: 'saydo-conditional-get' });
