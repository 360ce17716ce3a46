import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { presentMetric } from '../present.js';
import { PageQuery, Slug, pageOf } from '../schemas/common.js';
import { Metric, MetricInput } from '../schemas/metrics.js';
import { problemResponses } from '../schemas/responses.js';
import type { Services } from '../services.js';

export const metricRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.post(
    '/metrics',
    {
      schema: {
        operationId: 'createMetric',
        tags: ['metrics'],
        summary: 'Create a metric',
        description: "Something a company reports, with its unit, kind (flow or stock) and good direction.",
        body: MetricInput,
        response: { 201: Metric, ...problemResponses(400, 409, 422) },
      },
    },
    async (request, reply) => {
      const company = await services.companies.find(request.body.companyId);
      if (!company) {
        throw new InvalidInputError([{ pointer: '/companyId', detail: `company '${request.body.companyId}' does not exist` }]);
      }
      const { basis, segment, description, ...rest } = request.body;
      const row = await services.metrics.insert({
        ...rest,
        basis: basis ?? null,
        segment: segment ?? null,
        description: description ?? null,
      });
      return reply.code(201).header('location', `/v1/metrics/${row.id}`).send(presentMetric(row));
    },
  );

  app.get(
    '/metrics',
    {
      schema: {
        operationId: 'listMetrics',
        tags: ['metrics'],
        summary: 'List metrics',
        description: 'Cursor-paginated, oldest first; filter by company.',
        querystring: PageQuery.extend({ companyId: Slug.optional() }),
        response: { 200: pageOf(Metric), ...problemResponses(422) },
      },
    },
    async (request) => {
      const { companyId, ...page } = request.query;
      const result = await services.metrics.list(companyId === undefined ? {} : { companyId }, page);
      return { items: result.items.map(presentMetric), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/metrics/:metricId',
    {
      schema: {
        operationId: 'getMetric',
        tags: ['metrics'],
        summary: 'Get a metric',
        description: 'One metric by id.',
        params: z.object({ metricId: z.uuid() }),
        response: { 200: Metric, ...problemResponses(404, 422) },
      },
    },
    async (request) => presentMetric(await services.metrics.get(request.params.metricId)),
  );
};
