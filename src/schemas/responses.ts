import { z } from 'zod';
import { Problem } from './common.js';

const DESCRIPTIONS: Record<number, string> = {
  400:
    'Malformed request: a body that is not JSON, a URL with broken percent-encoding, a query parameter the ' +
    "operation does not know, or one given twice that takes one value. '_', the cache-buster, is taken by every " +
    'operation and ignored.',
  401: 'Missing or unknown API key.',
  403: 'The API key lacks the needed scope.',
  404: 'No such resource.',
  406: 'Accept names no media type this operation answers (application/json, and text/csv where listed).',
  409: 'Conflicts with the current state, or a request with the same Idempotency-Key is still in flight.',
  422: 'Invalid fields; each is named by a JSON pointer or parameter.',
  412: 'If-Match does not name the current version.',
  415: 'The body is not JSON: send Content-Type: application/json (UTF-8).',
  413: 'Request body too large.',
  428: 'This update needs If-Match.',
  429: 'Too many requests.',
  503: 'Unavailable for now: not ready, or the data is locked by other writes.',
};

export const IfMatchHeaders = z.object({
  'if-match': z.string().max(200).optional().meta({ description: 'The ETag from a GET of the resource.' }),
});

export const IdempotencyHeaders = z.object({
  'idempotency-key': z
    .string()
    .max(255)
    .optional()
    .meta({ description: 'Makes a retry safe: the same key and body replay the first response (kept 24 hours).' }),
});

const RETRY_AFTER = {
  'retry-after': {
    type: 'string',
    description: 'Seconds to wait before retrying, when the failure passes by itself (a request in flight, busy data).',
  },
} as const;

/** The failures worth retrying as they are, which may say when. */
const RETRYABLE = new Set([409, 503]);

/** Documented error responses, each an RFC 9457 problem detail. */
export function problemResponses<const C extends readonly number[]>(...codes: C) {
  const entries = codes.map((code) => [
    code,
    {
      description: DESCRIPTIONS[code] ?? 'Error.',
      ...(RETRYABLE.has(code) ? { headers: RETRY_AFTER } : {}),
      content: { 'application/problem+json': { schema: Problem } },
    },
  ]);
  return Object.fromEntries(entries) as Record<
    C[number],
    {
      description: string;
      headers?: typeof RETRY_AFTER;
      content: { 'application/problem+json': { schema: typeof Problem } };
    }
  >;
}

/**
 * Every write may meet these: bad JSON, missing or weak key, a retry in flight or a reused key, size, rate, and
 * data locked too long by other writes.
 */
export function writeErrors<const C extends readonly number[]>(...extra: C) {
  return problemResponses(400, 401, 403, 409, 413, 415, 422, 429, 503, ...extra);
}

/** Every read may meet these (400 for a malformed URL or an unknown query parameter; 401 and 403 only when reads need a key). */
export function readErrors<const C extends readonly number[]>(...extra: C) {
  return { 304: NotModified, ...problemResponses(400, 401, 403, 406, 422, 429, ...extra) };
}

export const NotModified = z.undefined().describe('Not modified: the ETag in If-None-Match is still current.');

const HEADERS = {
  etag: {
    type: 'string',
    description: 'Strong ETag of the body: send it back in If-None-Match (GET) or If-Match (writes).',
  },
  location: { type: 'string', description: 'Where the created resource can be read.' },
  'idempotent-replayed': {
    type: 'string',
    enum: ['true'],
    description: 'Present when this is the stored answer to an earlier request with the same Idempotency-Key.',
  },
} as const;

/** A documented success: its description and the response headers it may carry. */
export function success<S extends z.ZodType>(schema: S, description: string, headers: (keyof typeof HEADERS)[] = []) {
  return {
    description,
    ...(headers.length > 0 ? { headers: Object.fromEntries(headers.map((h) => [h, HEADERS[h]])) } : {}),
    content: { 'application/json': { schema } },
  };
}

/** The success of a read: the body, under an ETag. */
export function read<S extends z.ZodType>(schema: S, description: string) {
  return success(schema, description, ['etag']);
}

/** The success of a write that creates: the body, where to read it, and whether it was replayed. */
export function created<S extends z.ZodType>(schema: S, description: string) {
  return success(schema, description, ['location', 'idempotent-replayed']);
}

const CSV_BODY = z.string().meta({
  description:
    'The same answer as RFC 4180 CSV (Accept: text/csv): a header line, then one row per item; nested fields are ' +
    "dotted columns ('evaluation.status'), decimals the same exact strings, a text cell a spreadsheet would run as " +
    'a formula is prefixed with an apostrophe. A page\'s next cursor is in the Link header (rel="next").',
});

/** The success of a read that also answers Accept: text/csv, with the same filters. */
export function readWithCsv<S extends z.ZodType>(schema: S, description: string) {
  return {
    description,
    headers: {
      etag: HEADERS.etag,
      link: {
        type: 'string',
        description: 'CSV pages only: <the next page>; rel="next", absent on the last page.',
      },
    },
    content: { 'application/json': { schema }, 'text/csv': { schema: CSV_BODY } },
  };
}

export const ConditionalHeaders = z.object({
  'if-none-match': z
    .string()
    .max(1000)
    .optional()
    .meta({ description: 'ETags of bodies you hold: an unchanged answer is a 304 with no body.' }),
});
