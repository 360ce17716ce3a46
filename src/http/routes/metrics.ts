import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { presentMetric } from '../presenters.js';
import { AsOfQuery, CompanyId, Concept, pageOf, PageQuery } from '../../schemas/common.js';
import { knowledgeTimeMs } from '../../domain/knowledge-time.js';
import { Metric, MetricInput, MetricPatch } from '../../schemas/metrics.js';
import { checkIfMatch } from '../plugins/response-cache.js';
import { answerPage } from '../csv.js';
import {
  ConditionalHeaders,
  created,
  IdempotencyHeaders,
  IfMatchHeaders,
  read,
  readErrors,
  readWithCsv,
  success,
  writeErrors,
} from '../../schemas/responses.js';
import type { RouteDeps } from '../write.js';

export const metricRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { services, write }) => {
  app.post(
    '/metrics',
    {
      schema: {
        operationId: 'createMetric',
        tags: ['metrics'],
        summary: 'Create a metric',
        description: 'Something a company reports, with its unit, kind (flow or stock) and good direction.',
        headers: IdempotencyHeaders,
        body: MetricInput,
        response: { 201: created(Metric, 'The metric as recorded.'), ...writeErrors() },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const row = await services.metrics.create(request.body);
        return {
          status: 201,
          body: presentMetric(row),
          location: `/v1/metrics/${row.id}`,
          resourceType: 'metric',
          resourceIds: [row.id],
          companyIds: [row.companyId],
        };
      }),
  );

  app.get(
    '/metrics',
    {
      schema: {
        operationId: 'listMetrics',
        tags: ['metrics'],
        summary: 'List metrics',
        description:
          "Cursor-paginated, in the order recorded; filter by company or by concept (every company's metric for one " +
          'quantity); with asOf, only metrics recorded by then.',
        querystring: PageQuery.extend({
          companyId: CompanyId.optional(),
          concept: Concept.optional().meta({ description: 'Metrics tagged with this concept, in any company.' }),
          ...AsOfQuery.shape,
        }),
        headers: ConditionalHeaders,
        response: { 200: readWithCsv(pageOf(Metric, 'MetricPage'), 'A page of metrics.'), ...readErrors() },
      },
    },
    async (request, reply) => {
      const { companyId, concept, asOf: knowledgeAsOf, recordedAsOf, ...page } = request.query;
      // A metric is known from when it was recorded: both clocks bound the list the same way.
      const bounds = [knowledgeAsOf, recordedAsOf].flatMap((t) => (t === undefined ? [] : [t]));
      const asOf = bounds.sort((a, b) => knowledgeTimeMs(a) - knowledgeTimeMs(b))[0];
      const result = await services.metrics.list(
        { companyId, concept, asOf: asOf === undefined ? null : knowledgeTimeMs(asOf) },
        page,
      );
      return answerPage(request, reply, Metric, {
        items: result.items.map(presentMetric),
        nextCursor: result.nextCursor,
      });
    },
  );

  app.patch(
    '/metrics/:metricId',
    {
      schema: {
        operationId: 'updateMetric',
        tags: ['metrics'],
        summary: 'Update a metric',
        description: 'Needs If-Match with the ETag of a GET of the metric: 428 without it, 412 when it is stale.',
        params: z.object({ metricId: z.uuid().meta({ description: 'The metric id.' }) }),
        headers: IfMatchHeaders,
        body: MetricPatch,
        response: { 200: success(Metric, 'The metric as updated.'), ...writeErrors(404, 412, 428) },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const { row, changed } = await services.metrics.update(request.params.metricId, request.body, (current) =>
          checkIfMatch(request, { schema: Metric, body: presentMetric(current) }, true),
        );
        return {
          status: 200,
          body: presentMetric(row),
          resourceType: 'metric',
          resourceIds: [row.id],
          companyIds: [row.companyId],
          unchanged: !changed,
        };
      }),
  );

  app.get(
    '/metrics/:metricId',
    {
      schema: {
        operationId: 'getMetric',
        tags: ['metrics'],
        summary: 'Get a metric',
        description: 'One metric by id.',
        params: z.object({ metricId: z.uuid().meta({ description: 'The metric id.' }) }),
        headers: ConditionalHeaders,
        response: { 200: read(Metric, 'The metric.'), ...readErrors(404) },
      },
    },
    async (request) => presentMetric(await services.metrics.get(request.params.metricId)),
  );
};
