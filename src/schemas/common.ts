// Shapes shared by every resource. Each zod schema here is the single definition of its shape: it validates
// requests, types the handlers and becomes a named component of the OpenAPI document.
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';
import { Dec, formatExact } from '../domain/decimal.js';

// Up to 30 digits before the point and 20 after: RMB trillions with room to spare, and no number so long
// that storing or comparing it becomes the work.
const DECIMAL_TEXT = /^-?\d{1,30}(?:\.\d{1,20})?$/;
const DECIMAL_RULE =
  'must be a decimal number such as "12.4" or "-3": no exponent, at most 30 digits before the point and 20 after';

/** Exact decimal: a JSON string such as "12.4" (or a JSON number, read from its shortest text form). */
export const DecimalInput = z
  .union([z.string().regex(DECIMAL_TEXT, DECIMAL_RULE), z.number().refine(Number.isFinite, 'must be a finite number')])
  // A JSON number is read from its shortest text form, then held to the same limits as a string.
  .transform((v) => formatExact(new Dec(v)))
  .pipe(z.string().regex(DECIMAL_TEXT, DECIMAL_RULE))
  .meta({ description: 'An exact decimal number. Send it as a string ("12.4") to keep every digit.', example: '12.4' });

export const DecimalOutput = z.string().meta({ description: 'An exact decimal number, as a string.', example: '12.4' });

export const IsoDate = z
  .string()
  .refine(isIsoDate, 'must be a calendar date in ISO 8601 form, YYYY-MM-DD')
  .meta({ format: 'date', example: '2026-05-15' });

const FIRST_INSTANT = Date.parse('0001-01-01T00:00:00Z');
const LAST_INSTANT = Date.parse('9999-12-31T23:59:59.999Z');

/** A knowledge time: a full ISO 8601 timestamp with offset, or a date meaning the end of that day (UTC). */
export const KnowledgeTime = z
  .union([
    z.iso.datetime({ offset: true }).refine((v) => {
      const ms = Date.parse(v);
      return isIsoDate(v.slice(0, 10)) && ms >= FIRST_INSTANT && ms <= LAST_INSTANT;
    }, 'must be a real instant between the years 1 and 9999 (UTC)'),
    IsoDate,
  ])
  .meta({
    description:
      'A knowledge time: an ISO 8601 timestamp with offset, or a date (YYYY-MM-DD), read as the end of that day in UTC.',
    example: '2026-08-15T00:00:00Z',
  });

export const Slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lowercase slug: letters, digits and hyphens, up to 63 characters');

/** A company's id wherever it is a parameter (path or filter). */
export const CompanyId = Slug.meta({ description: "The company's id, a slug such as 'alibaba'.", example: 'alibaba' });

/**
 * Several companies in one query parameter: repeated (`companyId=a&companyId=b`), comma-separated (`companyId=a,b`),
 * or both. One value is a list of one.
 */
export const CompanyIdList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(',')))
  .pipe(z.array(CompanyId).min(1).max(50))
  .meta({
    description:
      "One or more company ids: repeat the parameter or separate them with commas ('alibaba,microsoft'); up to 50.",
    example: 'alibaba',
  });

export const MetricKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,127}$/, "must be a lowercase key such as 'cloud.ebita_margin'");

/** A ticker as a filter: found as given or upper-cased. */
export const Ticker = z
  .string()
  .min(1)
  .max(20)
  .meta({ description: "One of a company's tickers, e.g. 'BABA' (also found as 'baba').", example: 'BABA' });

/** A metric concept shared across companies: the same economic quantity, whatever each company calls it. */
export const Concept = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_.-]{0,127}$/, "must be a lowercase tag such as 'cloud.ebita_margin'")
  .meta({
    description: "A concept shared across companies, e.g. 'cloud.ebita_margin'.",
    example: 'cloud.ebita_margin',
  });

export const Uuid = z.uuid();

export const Problem = z
  .object({
    type: z.string().meta({ description: 'A URI reference that identifies the problem type.' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          pointer: z.string().optional().meta({ description: 'JSON Pointer (RFC 6901) to the bad field in the body.' }),
          parameter: z.string().optional().meta({ description: 'The bad query or path parameter.' }),
          detail: z.string(),
        }),
      )
      .optional(),
    requestId: z.string().optional().meta({
      description: "The request's id, as echoed in X-Request-Id: the server's log lines for the request carry it.",
    }),
  })
  .meta({ id: 'Problem', description: 'An RFC 9457 problem detail.' });

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).meta({ description: 'Items per page, 1 to 500.' }),
  cursor: z.string().max(200).optional().meta({ description: 'The nextCursor of the previous page.' }),
});

export function pageOf<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      items: z.array(item),
      nextCursor: z
        .string()
        .nullable()
        .meta({ description: 'Pass as cursor to get the next page; null on the last page.' }),
    })
    .meta({ id });
}

/** Record time: what saydo had on record then, as opposed to knowledge time (asOf), what the world knew. */
export const RecordedAsOf = KnowledgeTime.optional().meta({
  description:
    'Record time: answer from what saydo had on record then (ISO 8601 timestamp with offset, or a date read as the ' +
    'end of that day in UTC); default now. A figure retracted later is still in that answer; one recorded later ' +
    'is not. "What did saydo say on D?" is asOf=D&recordedAsOf=D.',
  example: '2026-08-15T00:00:00Z',
});

export const AsOfQuery = z.object({
  asOf: KnowledgeTime.optional().meta({ description: 'Knowledge time to evaluate at; default now.' }),
  recordedAsOf: RecordedAsOf,
});
