// API keys as the admin sees them over HTTP: never a secret, except once in the answer that creates it.
import { z } from 'zod';
import { SCOPES } from '../domain/model.js';

export const ApiKeyInput = z
  .object({
    name: z.string().trim().min(1).max(200).meta({ description: 'Who or what uses the key, e.g. "pipeline".' }),
    scope: z.enum(SCOPES).meta({ description: 'read: reads; write: reads and writes; admin: all, keys too.' }),
  })
  .meta({ id: 'ApiKeyCreate', examples: [{ name: 'pipeline', scope: 'write' }] });

export const ApiKey = z
  .object({
    id: z.uuid(),
    name: z.string(),
    scope: z.enum(SCOPES),
    prefix: z.string().meta({
      description: "The key's public part, as it starts: 'saydo_<prefix>_…'. The secret is never shown again.",
    }),
    createdAt: z.string().meta({ format: 'date-time' }),
    revokedAt: z.string().meta({ format: 'date-time' }).nullable(),
  })
  .meta({ id: 'ApiKey' });

export const CreatedApiKey = ApiKey.extend({
  key: z
    .string()
    .optional()
    .meta({
      description:
        'The whole key, to send as Authorization: Bearer <key>. Only in the answer that created it: it is not ' +
        'stored (only a hash of its secret is), so a replay of the request (same Idempotency-Key) lacks it.',
    }),
}).meta({ id: 'CreatedApiKey' });

export const ApiKeyRevocationInput = z
  .object({
    reason: z.string().trim().min(1).max(2000).meta({ description: 'Why, for the audit trail.' }),
  })
  .meta({ id: 'ApiKeyRevocationCreate', examples: [{ reason: 'the pipeline moved to a new key' }] });

export type ApiKey = z.infer<typeof ApiKey>;
