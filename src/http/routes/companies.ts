import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { knowledgeTimeMs } from '../../service/time.js';
import { presentCompany } from '../present.js';
import { AsOfQuery, PageQuery, Slug, pageOf } from '../schemas/common.js';
import { Company, CompanyInput, CompanyPatch } from '../schemas/companies.js';
import { checkIfMatch } from '../plugins/etag.js';
import { IdempotencyHeaders, IfMatchHeaders, problemResponses } from '../schemas/responses.js';
import { Scorecard } from '../schemas/scorecards.js';
import type { RouteDeps } from '../services.js';

const CompanyParams = z.object({ companyId: Slug });

export const companyRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { services, write }) => {
  app.post(
    '/companies',
    {
      schema: {
        operationId: 'createCompany',
        tags: ['companies'],
        summary: 'Create a company',
        description: 'Registers a company with its fiscal calendar and reporting lag.',
        headers: IdempotencyHeaders,
        body: CompanyInput,
        response: { 201: Company, ...problemResponses(400, 409, 422) },
      },
    },
    async (request, reply) =>
      write(request, reply, async (tx) => {
        const row = await tx.companies.insert(request.body);
        return { status: 201, body: presentCompany(row), location: `/v1/companies/${row.id}`, resourceType: 'company', resourceIds: [row.id] };
      }),
  );

  app.get(
    '/companies',
    {
      schema: {
        operationId: 'listCompanies',
        tags: ['companies'],
        summary: 'List companies',
        description: 'Cursor-paginated, oldest first.',
        querystring: PageQuery,
        response: { 200: pageOf(Company), ...problemResponses(422) },
      },
    },
    async (request) => {
      const page = await services.companies.list(request.query);
      return { items: page.items.map(presentCompany), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/companies/:companyId',
    {
      schema: {
        operationId: 'getCompany',
        tags: ['companies'],
        summary: 'Get a company',
        description: 'One company with its fiscal calendar.',
        params: CompanyParams,
        response: { 200: Company, ...problemResponses(404, 422) },
      },
    },
    async (request) => presentCompany(await services.companies.get(request.params.companyId)),
  );

  app.patch(
    '/companies/:companyId',
    {
      schema: {
        operationId: 'updateCompany',
        tags: ['companies'],
        summary: 'Update a company',
        description: 'Needs If-Match with the ETag of a GET of the company: 428 without it, 412 when it is stale.',
        params: CompanyParams,
        headers: IfMatchHeaders,
        body: CompanyPatch,
        response: { 200: Company, ...problemResponses(400, 401, 403, 404, 412, 422, 428, 429) },
      },
    },
    async (request, reply) =>
      write(request, reply, async (tx) => {
        const current = await tx.companies.getForUpdate(request.params.companyId);
        checkIfMatch(request, { schema: Company, body: presentCompany(current) }, true);
        const row = await tx.companies.update(current.id, request.body);
        return { status: 200, body: presentCompany(row), resourceType: 'company', resourceIds: [row.id] };
      }),
  );

  app.get(
    '/companies/:companyId/scorecard',
    {
      schema: {
        operationId: 'getCompanyScorecard',
        tags: ['scorecards'],
        summary: "A company's scorecard",
        description:
          'Credibility as of a knowledge time: counts by status, hit rate, unreported rate, mean surprise and early rate, ' +
          'overall and by metric, commitment strength and quarter.',
        params: CompanyParams,
        querystring: AsOfQuery,
        response: { 200: Scorecard, ...problemResponses(404, 422) },
      },
    },
    async (request) => {
      const asOf = request.query.asOf === undefined ? Date.now() : knowledgeTimeMs(request.query.asOf);
      const card = await services.scoring.scorecard(request.params.companyId, asOf);
      return { companyId: request.params.companyId, asOf: new Date(asOf).toISOString(), ...card };
    },
  );
};
