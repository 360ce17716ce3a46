import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { knowledgeTimeMs } from '../../domain/knowledge-time.js';
import { presentCompany } from '../presenters.js';
import { AsOfQuery, CompanyId, pageOf, PageQuery, Ticker } from '../../schemas/common.js';
import { Company, CompanyInput, CompanyPatch } from '../../schemas/companies.js';
import { checkIfMatch } from '../plugins/response-cache.js';
import { answerPage, answerRows, scorecardCsv } from '../csv.js';
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
import { Scorecard } from '../../schemas/scorecards.js';
import type { RouteDeps } from '../write.js';

const CompanyParams = z.object({ companyId: CompanyId });

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
        response: { 201: created(Company, 'The company as recorded.'), ...writeErrors() },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const row = await services.companies.create(request.body);
        return {
          status: 201,
          body: presentCompany(row),
          location: `/v1/companies/${row.id}`,
          resourceType: 'company',
          resourceIds: [row.id],
          companyIds: [row.id],
        };
      }),
  );

  app.get(
    '/companies',
    {
      schema: {
        operationId: 'listCompanies',
        tags: ['companies'],
        summary: 'List companies',
        description:
          'Cursor-paginated, in the order recorded; with asOf, only companies recorded by then; with ticker, the ' +
          "company listed under it ('BABA' or 'baba').",
        querystring: PageQuery.extend(AsOfQuery.shape).extend({ ticker: Ticker.optional() }),
        headers: ConditionalHeaders,
        response: { 200: readWithCsv(pageOf(Company, 'CompanyPage'), 'A page of companies.'), ...readErrors() },
      },
    },
    async (request, reply) => {
      const { asOf, recordedAsOf, ticker, ...page } = request.query;
      // A company is known from when it was recorded: both clocks bound the list the same way.
      const bounds = [asOf, recordedAsOf].flatMap((t) => (t === undefined ? [] : [knowledgeTimeMs(t)]));
      const result = await services.companies.list(
        { asOf: bounds.length === 0 ? null : Math.min(...bounds), ticker },
        page,
      );
      return answerPage(request, reply, Company, {
        items: result.items.map(presentCompany),
        nextCursor: result.nextCursor,
      });
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
        headers: ConditionalHeaders,
        response: { 200: read(Company, 'The company.'), ...readErrors(404) },
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
        response: { 200: success(Company, 'The company as updated.'), ...writeErrors(404, 412, 428) },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const { row, changed } = await services.companies.update(request.params.companyId, request.body, (current) =>
          checkIfMatch(request, { schema: Company, body: presentCompany(current) }, true),
        );
        return {
          status: 200,
          body: presentCompany(row),
          resourceType: 'company',
          resourceIds: [row.id],
          companyIds: [row.id],
          unchanged: !changed,
        };
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
        headers: ConditionalHeaders,
        response: { 200: readWithCsv(Scorecard, 'The scorecard as of the knowledge time.'), ...readErrors(404) },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf === undefined ? null : knowledgeTimeMs(request.query.asOf);
      const recordedAsOf =
        request.query.recordedAsOf === undefined ? null : knowledgeTimeMs(request.query.recordedAsOf);
      const {
        asOf: used,
        recordedAsOf: recorded,
        validUntil,
        ...card
      } = await services.scoring.scorecard(request.params.companyId, asOf, recordedAsOf);
      const body = {
        companyId: request.params.companyId,
        asOf: new Date(used).toISOString(),
        recordedAsOf: new Date(recorded).toISOString(),
        validUntil: validUntil === null ? null : new Date(validUntil).toISOString(),
        ...card,
      };
      return answerRows(request, reply, body, () => scorecardCsv(body));
    },
  );
};
