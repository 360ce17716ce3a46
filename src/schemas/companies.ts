import { z } from 'zod';
import { WEEKDAYS, WEEKDAY_RULES } from '../domain/fiscal.js';
import { Slug } from './common.js';

const Month = z.number().int().min(1).max(12);

const MonthEndCalendar = z
  .object({
    type: z.literal('month-end'),
    yearEndMonth: Month.meta({ description: 'The month (1-12) on whose last day the fiscal year ends.' }),
  })
  .meta({ description: 'The fiscal year ends on the last day of a month (Alibaba: March 31).' });

const WeekdayCalendar = z
  .object({
    type: z.literal('weekday'),
    weekday: z.enum(WEEKDAYS).meta({ description: 'The weekday every fiscal year ends on.' }),
    month: Month.meta({ description: 'The month (1-12) the year-end weekday is the last of, or nearest the end of.' }),
    rule: z.enum(WEEKDAY_RULES).meta({
      description:
        "'last': the last <weekday> of <month> (Apple: the last Saturday of September). 'nearest': the " +
        "<weekday> nearest the last day of <month>, which may fall in the next month's first three days.",
    }),
    week53Quarter: z
      .number()
      .int()
      .min(1)
      .max(4)
      .default(4)
      .meta({ description: 'The quarter (1-4) that has 14 weeks in a 53-week year; the others have 13.' }),
  })
  .meta({ description: 'A 52/53-week year of 13-week quarters, ending on a weekday at the end of a month.' });

export const FiscalCalendar = z.discriminatedUnion('type', [MonthEndCalendar, WeekdayCalendar]).meta({
  id: 'FiscalCalendar',
  description:
    'How fiscal periods fall. A fiscal year is named after the calendar year in which its year-end month falls ' +
    '(Apple FY2024 = 2023-10-01..2024-09-28; NVIDIA FY2025 ends 2025-01-26).',
  examples: [
    { type: 'month-end', yearEndMonth: 3 },
    { type: 'weekday', weekday: 'saturday', month: 9, rule: 'last', week53Quarter: 1 },
    { type: 'weekday', weekday: 'sunday', month: 1, rule: 'last', week53Quarter: 4 },
    { type: 'weekday', weekday: 'saturday', month: 12, rule: 'nearest', week53Quarter: 4 },
  ],
});

export const CompanyInput = z
  .object({
    id: Slug.meta({ example: 'alibaba' }),
    name: z.string().min(1).max(200),
    tickers: z.array(z.string().min(1).max(20)).max(20).default([]),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY'),
    fiscalYearEndMonth: Month.optional().meta({
      description:
        'Month (1-12) in which the fiscal year ends; FY is named after the calendar year it ends in. Needed ' +
        "unless fiscalCalendar is given; with it, must be the calendar's month.",
    }),
    fiscalCalendar: FiscalCalendar.optional().meta({
      description: 'The fiscal calendar; when omitted, the month-end calendar of fiscalYearEndMonth.',
    }),
    reportingLagDays: z
      .number()
      .int()
      .min(0)
      .max(365)
      .default(60)
      .meta({ description: 'How long after a period ends its figures normally come out; the default grace.' }),
  })
  .meta({
    id: 'CompanyCreate',
    examples: [
      {
        id: 'alibaba',
        name: 'Alibaba Group',
        tickers: ['BABA', '9988.HK'],
        currency: 'CNY',
        fiscalYearEndMonth: 3,
        reportingLagDays: 60,
      },
      {
        id: 'apple',
        name: 'Apple Inc.',
        tickers: ['AAPL'],
        currency: 'USD',
        fiscalCalendar: { type: 'weekday', weekday: 'saturday', month: 9, rule: 'last', week53Quarter: 1 },
        reportingLagDays: 40,
      },
    ],
  });

export const Company = z
  .object({
    id: z.string(),
    name: z.string(),
    tickers: z.array(z.string()),
    currency: z.string(),
    fiscalYearEndMonth: z.number().int().meta({ description: 'The month the fiscal year normally ends in.' }),
    fiscalCalendar: FiscalCalendar,
    reportingLagDays: z.number().int(),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Company' });

export const CompanyPatch = z
  .object({
    name: z.string().min(1).max(200).optional(),
    tickers: z.array(z.string().min(1).max(20)).max(20).optional(),
    reportingLagDays: z.number().int().min(0).max(365).optional(),
    fiscalCalendar: FiscalCalendar.optional().meta({
      description:
        'A new fiscal calendar, accepted only while the company has no statements (409 otherwise, unless it is ' +
        'the calendar it has): their windows were resolved through it.',
    }),
  })
  .strict()
  .meta({
    id: 'CompanyPatch',
    examples: [
      { name: 'Alibaba Group Holding Limited', reportingLagDays: 55 },
      { fiscalCalendar: { type: 'weekday', weekday: 'saturday', month: 9, rule: 'last', week53Quarter: 1 } },
    ],
    description:
      'Fields to change. The currency cannot change, nor the fiscal calendar once statements exist: past ' +
      'windows were resolved through them.',
  });

export type CompanyInput = z.infer<typeof CompanyInput>;
export type Company = z.infer<typeof Company>;
export type CompanyPatch = z.infer<typeof CompanyPatch>;
export type FiscalCalendar = z.infer<typeof FiscalCalendar>;
