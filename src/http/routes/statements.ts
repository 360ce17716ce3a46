import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { knowledgeTimeMs } from '../../service/time.js';
import { presentEvaluation, presentRevision, presentStatement } from '../present.js';
import { AsOfQuery, MetricKey, PageQuery, Slug, pageOf } from '../schemas/common.js';
import { IdempotencyHeaders, IfMatchHeaders, problemResponses } from '../schemas/responses.js';
import {
  CompoundStatementInput,
  Evaluation,
  Revision,
  RevisionInput,
  Statement,
  StatementInput,
  StatementWithEvaluation,
} from '../schemas/statements.js';
import type { RouteDeps, Services } from '../services.js';
import { checkIfMatch } from '../plugins/etag.js';

const StatementParams = z.object({ statementId: z.uuid() });

/** What GET /v1/statements/{id} sends: the statement and its evaluation as of now. */
async function statementView(services: Services, statementId: string): Promise<z.output<typeof StatementWithEvaluation>> {
  const record = await services.statements.get(statementId);
  const evaluation = await services.scoring.evaluate(record.row.id, Date.now());
  return { ...presentStatement(record), evaluation: evaluation && presentEvaluation(evaluation) };
}

export const statementRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { services, write }) => {
  app.post(
    '/statements',
    {
      schema: {
        operationId: 'createStatement',
        tags: ['statements'],
        summary: 'Record a guidance statement',
        description:
          'An atomic statement: a target on one metric over a window, given as dates or fiscal shorthand that the ' +
          "company's calendar resolves. It is scored at once.",
        headers: IdempotencyHeaders,
        body: StatementInput,
        response: { 201: Statement, ...problemResponses(400, 422) },
      },
    },
    async (request, reply) =>
      write(request, reply, async (tx) => {
        const record = await tx.guidance.createStatement(request.body);
        return {
          status: 201,
          body: presentStatement(record),
          location: `/v1/statements/${record.row.id}`,
          resourceType: 'statement',
          resourceIds: [record.row.id],
        };
      }),
  );

  app.post(
    '/statements/compound',
    {
      schema: {
        operationId: 'createCompoundStatement',
        tags: ['statements'],
        summary: 'Record a compound statement',
        description:
          'A sentence with several promises ("ARR will reach 10bn in June and exceed 30bn by year end") is split into ' +
          'atomic parts under one parent; each part is scored on its own. All parts are written, or none.',
        headers: IdempotencyHeaders,
        body: CompoundStatementInput,
        response: {
          201: z.object({ parent: Statement, parts: z.array(Statement) }).meta({ id: 'CompoundStatement' }),
          ...problemResponses(400, 422),
        },
      },
    },
    async (request, reply) =>
      write(request, reply, async (tx) => {
        const { parent, parts } = await tx.guidance.createCompound(request.body);
        return {
          status: 201,
          body: { parent: presentStatement(parent), parts: parts.map(presentStatement) },
          location: `/v1/statements/${parent.row.id}`,
          resourceType: 'statement',
          resourceIds: [parent.row.id, ...parts.map((p) => p.row.id)],
        };
      }),
  );

  app.get(
    '/statements',
    {
      schema: {
        operationId: 'listStatements',
        tags: ['statements'],
        summary: 'List statements',
        description: 'Cursor-paginated, oldest first; filter by company, metric and parent.',
        querystring: PageQuery.extend({
          companyId: Slug.optional(),
          metric: MetricKey.optional().meta({ description: 'A metric key; needs companyId.' }),
          parentId: z.uuid().optional(),
        }),
        response: { 200: pageOf(Statement), ...problemResponses(422) },
      },
    },
    async (request) => {
      const { companyId, metric, parentId, ...page } = request.query;
      let metricId: string | undefined;
      if (metric !== undefined) {
        if (companyId === undefined) throw new InvalidInputError([{ parameter: 'metric', detail: 'needs companyId' }]);
        const found = await services.metrics.findByKey(companyId, metric);
        if (!found) return { items: [], nextCursor: null };
        metricId = found.id;
      }
      const result = await services.statements.list({ companyId, metricId, parentId }, page);
      return { items: result.items.map(presentStatement), nextCursor: result.nextCursor };
    },
  );

  app.get(
    '/statements/:statementId',
    {
      schema: {
        operationId: 'getStatement',
        tags: ['statements'],
        summary: 'Get a statement with its evaluation',
        description: 'The statement and its evaluation as of now (null for a compound parent).',
        params: StatementParams,
        response: { 200: StatementWithEvaluation, ...problemResponses(404, 422) },
      },
    },
    async (request) => statementView(services, request.params.statementId),
  );

  app.get(
    '/statements/:statementId/evaluation',
    {
      schema: {
        operationId: 'getStatementEvaluation',
        tags: ['statements'],
        summary: 'Evaluate a statement as of a knowledge time',
        description:
          'Uses only the actuals public by asOf (the latest value known for each period), and says which knowledge ' +
          'time it used. A compound parent has no evaluation of its own: evaluate its parts.',
        params: StatementParams,
        querystring: AsOfQuery,
        response: { 200: Evaluation, ...problemResponses(404, 422) },
      },
    },
    async (request) => {
      const asOf = request.query.asOf === undefined ? Date.now() : knowledgeTimeMs(request.query.asOf);
      const evaluation = await services.scoring.evaluate(request.params.statementId, asOf);
      if (!evaluation) {
        throw new InvalidInputError(
          [{ parameter: 'statementId', detail: 'is a compound statement; evaluate its parts (partIds)' }],
          'A compound statement is scored through its atomic parts.',
        );
      }
      return presentEvaluation(evaluation);
    },
  );

  app.post(
    '/statements/:statementId/revisions',
    {
      schema: {
        operationId: 'reviseStatement',
        tags: ['statements'],
        summary: 'Revise or withdraw a statement',
        description:
          'A later statement supersedes this one (reiterated, raised, lowered, narrowed, widened), or management ' +
          'withdraws it. Unless it had already resolved, the statement becomes superseded or withdrawn from then on.',
        params: StatementParams,
        headers: IdempotencyHeaders.extend(IfMatchHeaders.shape),
        body: RevisionInput,
        response: {
          201: z
            .object({ revision: Revision, statement: Statement, successor: Statement.nullable() })
            .meta({ id: 'RevisionResult' }),
          ...problemResponses(400, 404, 409, 422),
        },
      },
    },
    async (request, reply) =>
      write(request, reply, async (tx) => {
        if (request.headers['if-match'] !== undefined) {
          const current = await statementView(tx, request.params.statementId);
          checkIfMatch(request, { schema: StatementWithEvaluation, body: current }, false);
        }
        const result = await tx.guidance.revise(request.params.statementId, request.body);
        return {
          status: 201,
          body: {
            revision: presentRevision(result.revision),
            statement: presentStatement(result.statement),
            successor: result.successor && presentStatement(result.successor),
          },
          resourceType: 'revision',
          resourceIds: [result.revision.id, ...(result.successor ? [result.successor.row.id] : [])],
        };
      }),
  );
};
