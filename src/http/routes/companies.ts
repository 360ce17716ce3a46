import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { knowledgeTimeMs } from '../../service/time.js';
import { presentCompany } from '../present.js';
import { AsOfQuery, PageQuery, Slug, pageOf } from '../schemas/common.js';
import { Company, CompanyInput } from '../schemas/companies.js';
import { problemResponses } from '../schemas/responses.js';
import { Scorecard } from '../schemas/scorecards.js';
import type { Services } from '../services.js';

const CompanyParams = z.object({ companyId: Slug });

export const companyRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.post(
    '/companies',
    {
      schema: {
        operationId: 'createCompany',
        tags: ['companies'],
        summary: 'Create a company',
        description: 'Registers a company with its fiscal calendar and reporting lag.',
        body: CompanyInput,
        response: { 201: Company, ...problemResponses(400, 409, 422) },
      },
    },
    async (request, reply) => {
      const row = await services.companies.insert(request.body);
      return reply.code(201).header('location', `/v1/companies/${row.id}`).send(presentCompany(row));
    },
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
