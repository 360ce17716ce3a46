import { z } from 'zod';
import { Slug } from './common.js';

export const CompanyInput = z
  .object({
    id: Slug.meta({ example: 'alibaba' }),
    name: z.string().min(1).max(200),
    tickers: z.array(z.string().min(1).max(20)).max(20).default([]),
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY'),
    fiscalYearEndMonth: z.number().int().min(1).max(12).meta({
      description: 'Month (1-12) in which the fiscal year ends; FY is named after the calendar year it ends in.',
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
    ],
  });

export const Company = z
  .object({
    id: z.string(),
    name: z.string(),
    tickers: z.array(z.string()),
    currency: z.string(),
    fiscalYearEndMonth: z.number().int(),
    reportingLagDays: z.number().int(),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'Company' });

export const CompanyPatch = z
  .object({
    name: z.string().min(1).max(200).optional(),
    tickers: z.array(z.string().min(1).max(20)).max(20).optional(),
    reportingLagDays: z.number().int().min(0).max(365).optional(),
  })
  .strict()
  .meta({
    id: 'CompanyPatch',
    examples: [{ name: 'Alibaba Group Holding Limited', reportingLagDays: 55 }],
    description:
      'Fields to change. The fiscal calendar and currency cannot change: past windows were resolved through them.',
  });

export type CompanyInput = z.infer<typeof CompanyInput>;
export type Company = z.infer<typeof Company>;
