// Webhook endpoints, admin only: registering one lets the server send requests, so it is as guarded as keys.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { WebhookUrlPolicy } from '../../domain/webhook-url.js';
import { webhookUrlProblem } from '../../domain/webhook-url.js';
import { ConflictError, InvalidInputError } from '../../errors.js';
import { PageQuery, pageOf, Uuid } from '../../schemas/common.js';
import {
  ConditionalHeaders,
  created,
  IdempotencyHeaders,
  read,
  readErrors,
  success,
  writeErrors,
} from '../../schemas/responses.js';
import {
  CreatedWebhookEndpoint,
  WebhookDelivery,
  WebhookEndpoint,
  WebhookEndpointInput,
} from '../../schemas/webhooks.js';
import type { WebhookDeliveryRow, WebhookEndpointRow } from '../../service/webhooks.js';
import type { RouteDeps } from '../write.js';

const Params = z.object({ webhookId: Uuid });
const iso = (d: Date | null) => (d === null ? null : d.toISOString());

function present(row: WebhookEndpointRow): z.infer<typeof WebhookEndpoint> {
  return {
    id: row.id,
    url: row.url,
    eventTypes: row.eventTypes as z.infer<typeof WebhookEndpoint>['eventTypes'],
    companyId: row.companyId,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    failingSince: iso(row.failingSince),
    nextAttemptAt: iso(row.nextAttemptAt),
    createdAt: row.createdAt.toISOString(),
  };
}

function presentDelivery(row: WebhookDeliveryRow): z.infer<typeof WebhookDelivery> {
  return {
    id: row.id,
    messageId: row.messageId,
    eventType: row.eventType as z.infer<typeof WebhookDelivery>['eventType'],
    at: row.at.toISOString(),
    succeeded: row.succeeded,
    responseStatus: row.responseStatus,
    durationMs: row.durationMs,
    error: row.error,
  };
}

export interface WebhookRouteDeps extends RouteDeps {
  urlPolicy: WebhookUrlPolicy;
}

export const webhookRoutes: FastifyPluginAsyncZod<WebhookRouteDeps> = async (app, { services, write, urlPolicy }) => {
  /** Why the URL may not receive webhooks; the service's own address as this request reached it never may. */
  const urlProblem = (url: string, requestHost: string) =>
    webhookUrlProblem(url, { ...urlPolicy, selfHosts: [...urlPolicy.selfHosts, requestHost] });

  app.post(
    '/webhooks',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'createWebhookEndpoint',
        tags: ['webhooks'],
        summary: 'Register a webhook endpoint',
        description:
          'Events of the change feed of the given kinds (and company) recorded from now on are POSTed to the URL, ' +
          'signed per Standard Webhooks with the secret in this answer. Admin only.',
        headers: IdempotencyHeaders,
        body: WebhookEndpointInput,
        response: { 201: created(CreatedWebhookEndpoint, 'The endpoint, with its secret.'), ...writeErrors() },
      },
    },
    async (request, reply) => {
      const problem = urlProblem(request.body.url, request.host);
      if (problem) throw new InvalidInputError([{ pointer: '/url', detail: problem }]);
      return write(request, reply, async (services) => {
        const row = await services.webhooks.create(request.body);
        return {
          status: 201,
          body: { ...present(row), secret: row.secret },
          audited: present(row),
          location: `/v1/webhooks/${row.id}`,
          resourceType: 'webhook_endpoint',
          resourceIds: [row.id],
          companyIds: [],
        };
      });
    },
  );

  app.get(
    '/webhooks',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'listWebhookEndpoints',
        tags: ['webhooks'],
        summary: 'List webhook endpoints',
        description: 'Every registered endpoint, oldest first, without secrets. Admin only.',
        headers: ConditionalHeaders,
        response: {
          200: read(
            z.object({ items: z.array(WebhookEndpoint) }).meta({ id: 'WebhookEndpointList' }),
            'The endpoints.',
          ),
          ...readErrors(),
        },
      },
    },
    async () => ({ items: (await services.webhooks.list()).map(present) }),
  );

  app.get(
    '/webhooks/:webhookId',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'getWebhookEndpoint',
        tags: ['webhooks'],
        summary: 'Get a webhook endpoint',
        description: 'One endpoint and its delivery state, without its secret. Admin only.',
        params: Params,
        headers: ConditionalHeaders,
        response: { 200: read(WebhookEndpoint, 'The endpoint.'), ...readErrors(404) },
      },
    },
    async (request) => present(await services.webhooks.get(request.params.webhookId)),
  );

  app.delete(
    '/webhooks/:webhookId',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'deleteWebhookEndpoint',
        tags: ['webhooks'],
        summary: 'Delete a webhook endpoint',
        description: 'Stops deliveries to it and forgets its delivery log. Admin only.',
        params: Params,
        headers: IdempotencyHeaders,
        response: { 200: success(WebhookEndpoint, 'The endpoint as it was.'), ...writeErrors(404) },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const row = await services.webhooks.get(request.params.webhookId);
        await services.webhooks.remove(row.id);
        return {
          status: 200,
          body: present(row),
          resourceType: 'webhook_endpoint',
          resourceIds: [row.id],
          companyIds: [],
        };
      }),
  );

  app.post(
    '/webhooks/:webhookId/enable',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'enableWebhookEndpoint',
        tags: ['webhooks'],
        summary: 'Enable a disabled webhook endpoint',
        description:
          'Takes an endpoint that was disabled after a day of failed deliveries back into delivery: its failure ' +
          'state is cleared and delivery resumes where it stopped, with the event that last failed, so nothing is ' +
          'skipped. The URL is checked against WEBHOOK_ALLOWED_HOSTS again (409 if it is no longer allowed). ' +
          'Enabling an enabled endpoint changes nothing. Admin only.',
        params: Params,
        headers: IdempotencyHeaders,
        response: { 200: success(WebhookEndpoint, 'The endpoint, enabled.'), ...writeErrors(404) },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const before = await services.webhooks.get(request.params.webhookId);
        const problem = urlProblem(before.url, request.host);
        if (problem)
          throw new ConflictError(
            `The endpoint's URL ${problem}, so it stays disabled; register an endpoint at an allowed URL instead.`,
          );
        const row = await services.webhooks.enable(before.id);
        return {
          status: 200,
          body: present(row),
          resourceType: 'webhook_endpoint',
          resourceIds: [row.id],
          companyIds: [],
        };
      }),
  );

  app.get(
    '/webhooks/:webhookId/deliveries',
    {
      config: { scope: 'admin' },
      schema: {
        operationId: 'listWebhookDeliveries',
        tags: ['webhooks'],
        summary: "An endpoint's delivery log",
        description: 'Every delivery attempt, oldest first: outcome, response status, duration, error. Admin only.',
        params: Params,
        querystring: PageQuery,
        headers: ConditionalHeaders,
        response: {
          200: read(pageOf(WebhookDelivery, 'WebhookDeliveryPage'), 'A page of attempts.'),
          ...readErrors(404),
        },
      },
    },
    async (request) => {
      const page = await services.webhooks.deliveries(request.params.webhookId, request.query);
      return { items: page.items.map(presentDelivery), nextCursor: page.nextCursor };
    },
  );
};
