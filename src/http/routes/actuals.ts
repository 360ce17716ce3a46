import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { presentActual } from '../present.js';
import { Actual, ActualInput, RetractionInput } from '../schemas/actuals.js';
import { MetricKey, PageQuery, Slug, pageOf } from '../schemas/common.js';
import { problemResponses } from '../schemas/responses.js';
import type { Services } from '../services.js';

const ActualParams = z.object({ actualId: z.uuid() });

export const actualRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.post(
    '/actuals',
    {
      schema: {
        operationId: 'createActual',
        tags: ['actuals'],
        summary: 'Record an actual',
        description:
          'Append-only. A restatement is another actual for the same period with a later publishedAt; the latest ' +
          "known wins. The unit must match the metric's. Every statement on the metric is re-scored in the same transaction.",
        body: ActualInput,
        response: { 201: Actual, ...problemResponses(400, 422) },
      },
    },
    async (request, reply) => {
      const record = await services.recording.record(request.body);
      return reply.code(201).header('location', `/v1/actuals/${record.row.id}`).send(presentActual(record));
    },
  );

  app.get(
    '/actuals',
    {
      schema: {
        operationId: 'listActuals',
        tags: ['actuals'],
        summary: 'List actuals',
        description: 'Cursor-paginated, oldest first; filter by company and metric. Retracted actuals are listed with their retraction.',
        querystring: PageQuery.extend({
          companyId: Slug.optional(),
          metric: MetricKey.optional().meta({ description: 'A metric key; needs companyId.' }),
        }),
        response: { 200: pageOf(Actual), ...problemResponses(422) },
      },
    },
    async (request) => {
      const { companyId, metric, ...page } = request.query;
      let metricId: string | undefined;
      if (metric !== undefined) {
        if (companyId === undefined) throw new InvalidInputError([{ parameter: 'metric', detail: 'needs companyId' }]);
        const found = await services.metrics.findByKey(companyId, metric);
        if (!found) return { items: [], nextCursor: null };
        metricId = found.id;
      }
      const result = await services.actuals.list({ companyId, metricId }, page);
      return { items: result.items.map(presentActual), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/actuals/:actualId',
    {
      schema: {
        operationId: 'getActual',
        tags: ['actuals'],
        summary: 'Get an actual',
        description: 'One actual, with its retraction if it was retracted.',
        params: ActualParams,
        response: { 200: Actual, ...problemResponses(404, 422) },
      },
    },
    async (request) => presentActual(await services.actuals.get(request.params.actualId)),
  );

  app.post(
    '/actuals/:actualId/retractions',
    {
      schema: {
        operationId: 'retractActual',
        tags: ['actuals'],
        summary: 'Retract a wrong actual',
        description:
          'Marks an entry as wrong, with a reason. Nothing is deleted: the actual and its retraction stay in the history, ' +
          'and evaluations as of a time before the retraction still see it.',
        params: ActualParams,
        body: RetractionInput,
        response: { 201: Actual, ...problemResponses(400, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const record = await services.recording.retract(request.params.actualId, request.body.reason);
      return reply.code(201).send(presentActual(record));
    },
  );
};
