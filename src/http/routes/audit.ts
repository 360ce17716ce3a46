import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PageQuery, pageOf } from '../../schemas/common.js';
import { ConditionalHeaders, read, readErrors } from '../../schemas/responses.js';
import type { RouteDeps } from '../write.js';

export const AuditEntry = z
  .object({
    id: z.number().int(),
    at: z.string().meta({ format: 'date-time' }),
    apiKeyId: z.uuid().nullable(),
    apiKeyName: z.string().nullable(),
    method: z.string(),
    path: z.string(),
    operation: z.string(),
    status: z.number().int(),
    resourceType: z.string(),
    resourceIds: z.array(z.string()),
    changes: z.unknown().meta({ description: 'What the write created or changed: its response body.' }),
  })
  .meta({ id: 'AuditEntry' });

export const auditRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { services }) => {
  app.get(
    '/audit',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary: 'The audit trail',
        description: 'Every successful write: which key made it, when, and what it changed. Oldest first. Admin only.',
        querystring: PageQuery,
        headers: ConditionalHeaders,
        response: { 200: read(pageOf(AuditEntry, 'AuditPage'), 'A page of the audit trail.'), ...readErrors() },
      },
    },
    async (request) => {
      const page = await services.audit.list(request.query);
      return {
        items: page.items.map((e) => ({ ...e, at: e.at.toISOString() })),
        nextCursor: page.nextCursor,
      };
    },
  );
};
