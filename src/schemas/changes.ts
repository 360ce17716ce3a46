import { z } from 'zod';
import { CHANGE_KINDS } from '../domain/model.js';
import { Slug } from './common.js';

export const Change = z
  .object({
    cursor: z.string().meta({ description: 'Pass as after to get what came after this change.' }),
    kind: z.enum(CHANGE_KINDS),
    at: z.string().meta({ format: 'date-time', description: 'The knowledge time at which the change took effect.' }),
    companyId: z.string(),
    resourceId: z.string(),
    data: z.record(z.string(), z.unknown()).meta({
      description:
        "What changed. evaluation.changed: { statementId, status, previousStatus, cause } (cause 'scheduled' when a " +
        'deadline passed, else the write that caused it).',
    }),
  })
  .meta({ id: 'Change' });

export const ChangePage = z
  .object({
    items: z.array(Change),
    nextCursor: z.string().meta({ description: 'Pass as after on the next call; unchanged when nothing came.' }),
  })
  .meta({ id: 'ChangePage' });

export const ChangeQuery = z.object({
  after: z
    .string()
    .max(60)
    .optional()
    .meta({ description: "A cursor from an earlier answer; '0' or absent for the beginning." }),
  companyId: Slug.optional().meta({ description: 'Only changes of this company.' }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .meta({ description: 'At most this many changes, 1 to 1000.' }),
  wait: z.coerce
    .number()
    .int()
    .min(0)
    .max(60)
    .default(0)
    .meta({ description: 'Seconds to wait for a change when there is none yet (long polling).' }),
});
