// Key management for admins over HTTP (the same key service as `npm run keys`): create, list, revoke, each
// audited. A created key's secret is in its answer only: neither the audit trail nor a replay keeps it.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ApiKey, ApiKeyInput, ApiKeyRevocationInput, CreatedApiKey } from '../../schemas/keys.js';
import {
  ConditionalHeaders,
  created,
  IdempotencyHeaders,
  read,
  readErrors,
  writeErrors,
} from '../../schemas/responses.js';
import type { ApiKeyRow } from '../../service/keys.js';
import type { RouteDeps } from '../write.js';

const ADMIN = { scope: 'admin' } as const;

const KeyParams = z.object({ keyId: z.uuid() });

function presentKey(row: ApiKeyRow): ApiKey {
  return {
    id: row.id,
    name: row.name,
    scope: row.scope,
    prefix: `saydo_${row.prefix}_…`,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export const keyRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { services, write }) => {
  app.post(
    '/keys',
    {
      config: ADMIN,
      schema: {
        operationId: 'createApiKey',
        tags: ['keys'],
        summary: 'Create an API key',
        description:
          'A new key with a name and a scope. The answer holds the whole key, once: store it, it cannot be shown ' +
          'again. Admin only.',
        headers: IdempotencyHeaders,
        body: ApiKeyInput,
        response: { 201: created(CreatedApiKey, 'The key, with its secret this once.'), ...writeErrors() },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const { key, row } = await services.keys.create(request.body.name, request.body.scope);
        const shown = presentKey(row);
        return {
          status: 201,
          body: { ...shown, key },
          replayed: shown,
          audited: shown,
          location: `/v1/keys/${row.id}`,
          resourceType: 'api-key',
          resourceIds: [row.id],
        };
      }),
  );

  app.get(
    '/keys',
    {
      config: ADMIN,
      schema: {
        operationId: 'listApiKeys',
        tags: ['keys'],
        summary: 'List API keys',
        description: 'Every key, active and revoked, oldest first, by its prefix; never a secret. Admin only.',
        headers: ConditionalHeaders,
        response: {
          200: read(z.object({ items: z.array(ApiKey) }).meta({ id: 'ApiKeyList' }), 'The keys.'),
          ...readErrors(),
        },
      },
    },
    async () => ({ items: (await services.keys.list()).map(presentKey) }),
  );

  app.get(
    '/keys/:keyId',
    {
      config: ADMIN,
      schema: {
        operationId: 'getApiKey',
        tags: ['keys'],
        summary: 'Get an API key',
        description: 'One key by id, without its secret. Admin only.',
        params: KeyParams,
        headers: ConditionalHeaders,
        response: { 200: read(ApiKey, 'The key.'), ...readErrors(404) },
      },
    },
    async (request) => presentKey(await services.keys.get(request.params.keyId)),
  );

  app.post(
    '/keys/:keyId/revocations',
    {
      config: ADMIN,
      schema: {
        operationId: 'revokeApiKey',
        tags: ['keys'],
        summary: 'Revoke an API key',
        description:
          'The key stops working on every instance at once (they hear of it by NOTIFY). Revoking a revoked key, or ' +
          'the last active admin key, is a 409. Admin only.',
        params: KeyParams,
        headers: IdempotencyHeaders,
        body: ApiKeyRevocationInput,
        response: { 201: created(ApiKey, 'The key, now revoked.'), ...writeErrors(404) },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const row = await services.keys.revoke(request.params.keyId);
        const shown = presentKey(row);
        return {
          status: 201,
          body: shown,
          audited: { ...shown, reason: request.body.reason },
          location: `/v1/keys/${row.id}`,
          resourceType: 'api-key',
          resourceIds: [row.id],
        };
      }),
  );
};
