// CSV (RFC 4180, by csv-stringify) of the same bodies the JSON answers carry. Columns come from the zod schema of a
// row, so they are the same on every page, empty or not: a nested object becomes dotted columns
// (`evaluation.status`), a list of values one cell of space-separated values, a list of objects one cell of JSON.
// Decimals stay the exact strings of the JSON answer.
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Scorecard } from '../schemas/scorecards.js';
import { ScorecardGroup } from '../schemas/scorecards.js';

export const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

function unwrapped(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodNullable || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

/** The dotted column names of a row schema, in the order of its fields. */
export function columnsOf(schema: z.ZodType, prefix = ''): string[] {
  const s = unwrapped(schema);
  if (s instanceof z.ZodObject) {
    return Object.entries(s.shape as Record<string, z.ZodType>).flatMap(([key, field]) =>
      columnsOf(field, `${prefix}${key}.`),
    );
  }
  return [prefix.slice(0, -1)];
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * A text cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is prefixed with an apostrophe, the
 * OWASP advice against CSV injection: a quote is text an outsider wrote. Decimals, dates and times are left exact.
 */
function safeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !DECIMAL.test(text) ? `'${text}` : text;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return safeText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return safeText(value.map((v) => String(v)).join(' '));
  }
  return safeText(JSON.stringify(value));
}

function at(row: unknown, path: string): unknown {
  let value: unknown = row;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Rows as CSV with a header line, CRLF line ends as RFC 4180 has them. */
export function toCsv(schema: z.ZodType, rows: readonly unknown[], extra: Record<string, string> = {}): string {
  const columns = [...Object.keys(extra), ...columnsOf(schema)];
  const records = rows.map((row) => columns.map((c) => (c in extra ? cell(extra[c]) : cell(at(row, c)))));
  return stringify(records, { header: true, columns, record_delimiter: 'windows' });
}

/** The URL of the next page: this request's, with the cursor replaced. */
function nextPageUrl(request: FastifyRequest, cursor: string): string {
  const url = new URL(request.url, 'http://saydo.invalid');
  url.searchParams.set('cursor', cursor);
  return `${url.pathname}${url.search}`;
}

/**
 * Send CSV. A page's next cursor travels in a Link header (RFC 8288, rel="next"): the CSV holds only rows, and
 * the next page is the same URL with that cursor, asked for as CSV again.
 */
export function sendCsv(
  request: FastifyRequest,
  reply: FastifyReply,
  csv: string,
  nextCursor: string | null = null,
): FastifyReply {
  if (nextCursor !== null) reply.header('link', `<${nextPageUrl(request, nextCursor)}>; rel="next"`);
  return reply.type(CSV_TYPE).send(csv);
}

/** A page of items, as JSON or, when the client asked for it, as CSV with the next page in a Link header. */
export function answerPage<T extends { items: unknown[]; nextCursor: string | null }>(
  request: FastifyRequest,
  reply: FastifyReply,
  item: z.ZodType,
  page: T,
): T | FastifyReply {
  return request.wantsCsv ? sendCsv(request, reply, toCsv(item, page.items), page.nextCursor) : page;
}

/** A body as JSON, or its rows as CSV when the client asked for it. */
export function answerRows<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  body: T,
  csv: () => string,
): T | FastifyReply {
  return request.wantsCsv ? sendCsv(request, reply, csv()) : body;
}

const ScorecardRow = z.object({ breakdown: z.string(), ...ScorecardGroup.shape });

/** A scorecard as rows: the whole first ('overall'), then each group of each breakdown (metric, commitment, quarter). */
export function scorecardCsv(card: z.output<typeof Scorecard>): string {
  const { companyId, asOf, validUntil, byMetric, byCommitment, byQuarter, ...overall } = card;
  const rows = [
    { breakdown: 'overall', key: '', ...overall },
    ...byMetric.map((g) => ({ breakdown: 'metric', ...g })),
    ...byCommitment.map((g) => ({ breakdown: 'commitment', ...g })),
    ...byQuarter.map((g) => ({ breakdown: 'quarter', ...g })),
  ];
  return toCsv(ScorecardRow, rows, { companyId, asOf, validUntil: validUntil ?? '' });
}
