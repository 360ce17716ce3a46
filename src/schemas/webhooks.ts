import { z } from 'zod';
import { CHANGE_KINDS } from '../domain/model.js';
import { Slug } from './common.js';

export const WebhookEndpointInput = z
  .object({
    url: z
      .string()
      .max(2000)
      .meta({ description: 'Where to POST events: http(s), on a host listed in WEBHOOK_ALLOWED_HOSTS.' }),
    eventTypes: z
      .array(z.enum(CHANGE_KINDS))
      .min(1)
      .max(CHANGE_KINDS.length * 2)
      .meta({ description: "The change feed's event kinds to send." }),
    companyId: Slug.optional().meta({ description: "Only this company's events; absent for every company." }),
  })
  .strict();

export const WebhookEndpoint = z
  .object({
    id: z.uuid(),
    url: z.string(),
    eventTypes: z.array(z.enum(CHANGE_KINDS)),
    companyId: z.string().nullable(),
    enabled: z.boolean().meta({ description: 'false once deliveries failed for more than a day.' }),
    disabledReason: z.string().nullable(),
    failingSince: z.string().nullable().meta({ format: 'date-time' }),
    nextAttemptAt: z.string().nullable().meta({ format: 'date-time' }),
    createdAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'WebhookEndpoint' });

export const CreatedWebhookEndpoint = WebhookEndpoint.extend({
  secret: z.string().meta({
    description: 'The Standard Webhooks signing secret (whsec_...). Shown only in this answer: keep it.',
  }),
}).meta({ id: 'CreatedWebhookEndpoint' });

export const WebhookDelivery = z
  .object({
    id: z.number().int(),
    messageId: z.string().meta({ description: 'The webhook-id header sent: the same on every attempt.' }),
    eventType: z.enum(CHANGE_KINDS),
    at: z.string().meta({ format: 'date-time' }),
    succeeded: z.boolean(),
    responseStatus: z.number().int().nullable(),
    durationMs: z.number().int(),
    error: z.string().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });
