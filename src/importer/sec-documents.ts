// The two SEC EDGAR documents the importer reads, parsed at the edge: `companyfacts` (every XBRL fact a company
// filed) and `submissions` (its name, tickers and filings). Only the fields the importer uses are read; the SEC
// adds fields over time, so unknown ones pass.
import { z } from 'zod';

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/** One reported value of a concept: a period (start absent for an instant), the filing that carried it. */
export const SecFact = z.object({
  start: IsoDay.optional(),
  end: IsoDay,
  val: z.number().refine(Number.isFinite, 'must be a finite number'),
  accn: z.string().min(1),
  form: z.string(),
  filed: IsoDay,
});

export const CompanyFacts = z.object({
  cik: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
  entityName: z.string().min(1),
  facts: z.record(z.string(), z.record(z.string(), z.object({ units: z.record(z.string(), z.array(SecFact)) }))),
});

/** The `filings.recent` block: one array per column, index i of each describing filing i. */
const RecentFilings = z.object({
  accessionNumber: z.array(z.string()),
  filingDate: z.array(z.string()),
  reportDate: z.array(z.string()),
  acceptanceDateTime: z.array(z.string()),
  form: z.array(z.string()),
  items: z.array(z.string()),
});

export const Submissions = z.object({
  cik: z.union([z.number().int(), z.string().regex(/^\d+$/)]),
  name: z.string().min(1),
  tickers: z.array(z.string()).default([]),
  fiscalYearEnd: z
    .string()
    .regex(/^\d{4}$/)
    .nullable()
    .optional(),
  filings: z.object({ recent: RecentFilings }),
});

export type SecFact = z.infer<typeof SecFact>;
export type CompanyFacts = z.infer<typeof CompanyFacts>;
export type Submissions = z.infer<typeof Submissions>;

/** A filing as the importer uses it: when it was accepted (UTC), and for a 10-Q/10-K the period it reports. */
export interface Filing {
  accession: string;
  form: string;
  filedOn: string;
  /** EDGAR's acceptance time, converted to UTC; null when unknown. */
  acceptedAt: Date | null;
  reportDate: string | null;
  /** 8-K items, e.g. ['2.02', '9.01']. */
  items: string[];
}

/**
 * The submissions document's filings. EDGAR writes acceptanceDateTime with a 'Z' but in US Eastern time (its
 * filing hours are 6 am to 10 pm Eastern): Apple's earnings releases show as 16:30:25Z, 4:30 pm in New York, just
 * after the market closes. The time is read as New York wall-clock time and converted to UTC.
 */
export function filingsOf(submissions: Submissions): Filing[] {
  const r = submissions.filings.recent;
  return r.accessionNumber.map((accession, i) => {
    const accepted = r.acceptanceDateTime[i] ?? '';
    const reportDate = r.reportDate[i] ?? '';
    return {
      accession,
      form: r.form[i] ?? '',
      filedOn: r.filingDate[i] ?? '',
      acceptedAt: accepted === '' ? null : easternToUtc(accepted),
      reportDate: /^\d{4}-\d{2}-\d{2}$/.test(reportDate) ? reportDate : null,
      items: (r.items[i] ?? '').split(',').filter((item) => item !== ''),
    };
  });
}

const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})/;
const eastern = new Intl.DateTimeFormat('en-US', { timeZone: 'America/New_York', timeZoneName: 'shortOffset' });

/** '2024-10-31T16:30:25.000Z' read as New York wall-clock time -> 2024-10-31T20:30:25Z (EDT, UTC-4). */
export function easternToUtc(text: string): Date | null {
  const m = LOCAL_TIME.exec(text);
  if (!m) return null;
  const asUtc = Date.parse(`${m[1]}Z`);
  if (Number.isNaN(asUtc)) return null;
  // The offset is looked up 4 or 5 hours before the real instant: the two differ only in the night of a daylight
  // saving switch, when EDGAR is closed.
  const offset = /GMT([+-]\d+)(?::(\d+))?/.exec(eastern.format(new Date(asUtc)));
  const hours = offset ? Number(offset[1]) : -5;
  const minutes = offset?.[2] ? Number(offset[2]) * Math.sign(hours) : 0;
  return new Date(asUtc - (hours * 60 + minutes) * 60_000);
}
