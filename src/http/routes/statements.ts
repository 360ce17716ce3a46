import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import { knowledgeTimeMs } from '../../domain/knowledge-time.js';
import { presentEvaluation, presentRevision, presentStatement } from '../presenters.js';
import {
  AsOfQuery,
  CompanyIdList,
  Concept,
  IsoDate,
  Ticker,
  KnowledgeTime,
  MetricKey,
  pageOf,
  PageQuery,
  RecordedAsOf,
} from '../../schemas/common.js';
import { BASES, COMMITMENTS, STATEMENT_KINDS, STATUSES, TRAJECTORIES } from '../../domain/model.js';
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
import {
  CompoundStatementInput,
  Evaluation,
  EvaluationHistory,
  Revision,
  RevisionInput,
  Statement,
  StatementChain,
  StatementInput,
  StatementWithEvaluation,
} from '../../schemas/statements.js';
import type { RouteDeps } from '../write.js';
import { ParseRequest, ParseResult } from '../../schemas/parse.js';
import type { StatementView } from '../../service/statements.js';
import { presentParse } from '../presenters.js';
import { checkIfMatch } from '../plugins/response-cache.js';
import { answerPage } from '../csv.js';

const StatementParams = z.object({ statementId: z.uuid().meta({ description: 'The statement id.' }) });

const StatementListQuery = PageQuery.extend({
  companyId: CompanyIdList.optional(),
  ticker: Ticker.optional(),
  metric: MetricKey.optional().meta({ description: 'A metric key; needs companyId or ticker.' }),
  concept: Concept.optional().meta({ description: 'Statements on metrics tagged with this concept, in any company.' }),
  speaker: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: 'Who said it, compared case-insensitively.', example: 'Toby Xu' }),
  segment: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "The metric's segment, case-insensitive.", example: 'Cloud Intelligence Group' }),
  basis: z.enum(BASES).optional().meta({ description: "The metric's basis." }),
  trajectory: z
    .enum(TRAJECTORIES)
    .optional()
    .meta({ description: 'Pending statements projected on or off track at asOf.' }),
  q: z
    .string()
    .min(1)
    .max(200)
    .optional()
    .meta({
      description:
        'English full-text search over the quote (stemmed: "margins" finds "margin"); "quoted phrases", -excluded ' +
        'words and or work as in a web search.',
      example: 'cloud margin',
    }),
  parentId: z.uuid().optional().meta({ description: 'Only the parts of this compound statement.' }),
  kind: z.enum(STATEMENT_KINDS).optional().meta({ description: 'Atomic statements, or compound parents.' }),
  status: z.enum(STATUSES).optional().meta({ description: 'Status as of asOf.' }),
  commitment: z
    .enum(COMMITMENTS)
    .optional()
    .meta({ description: 'How firmly it was said: will, expect, target, aspire, may.' }),
  dueAfter: IsoDate.optional().meta({ description: 'Window ends on or after this date.' }),
  dueBefore: IsoDate.optional().meta({ description: 'Window ends on or before this date.' }),
  statedFrom: IsoDate.optional().meta({ description: 'Stated on or after this date.' }),
  statedTo: IsoDate.optional().meta({ description: 'Stated on or before this date.' }),
  sort: z
    .enum(['created', 'due', 'stated'])
    .default('created')
    .meta({ description: 'created: as recorded; due: by window end, no deadline last; stated: by statement date.' }),
  asOf: KnowledgeTime.optional().meta({ description: 'Knowledge time for status and evaluations; default now.' }),
  recordedAsOf: RecordedAsOf,
});

const HistoryQuery = z.object({
  recordedAsOf: RecordedAsOf,
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .default(100)
    .meta({ description: 'Evaluations per page, 1 to 1000.' }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .meta({ description: 'The nextCursor of the previous page: the next page starts after its last evaluation.' }),
});

const timeOrNull = (value: string | undefined): number | null => (value === undefined ? null : knowledgeTimeMs(value));

/** A statement with its evaluation, as GET /v1/statements/{id} and the list send it. */
function presentView(view: StatementView): z.output<typeof StatementWithEvaluation> {
  return {
    ...presentStatement(view.record),
    evaluation: view.evaluation ? presentEvaluation(view.evaluation) : null,
  };
}

export interface StatementRouteDeps extends RouteDeps {
  /** Parses per minute per caller (API key, or client address without one). */
  parseRateLimitPerMinute: number;
}

export const statementRoutes: FastifyPluginAsyncZod<StatementRouteDeps> = async (
  app,
  { services, write, parseRateLimitPerMinute },
) => {
  app.post(
    '/statements',
    {
      schema: {
        operationId: 'createStatement',
        tags: ['statements'],
        summary: 'Record a guidance statement',
        description:
          'An atomic statement: a target on one metric over a window, given as dates or fiscal shorthand that the ' +
          "company's calendar resolves. It is scored at once. A statement must be a forecast: one whose window had " +
          'closed before its statedOn is refused (422). The same statement twice is one statement: when one with ' +
          'the same company, metric, statedOn, target, window, mode and quote is on record, the answer is 200 with ' +
          'it, and nothing is stored.',
        headers: IdempotencyHeaders,
        body: StatementInput,
        response: {
          200: created(
            Statement,
            'The same statement was already on record: this is it, and nothing new was stored or counted.',
          ),
          201: created(Statement, 'The statement as recorded; its evaluation is at GET /v1/statements/{id}.'),
          ...writeErrors(),
        },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const { record, created } = await services.statements.createStatement(request.body);
        return {
          status: created ? 201 : 200,
          body: presentStatement(record),
          location: `/v1/statements/${record.row.id}`,
          resourceType: 'statement',
          resourceIds: [record.row.id],
          // Nothing was written: nothing to audit.
          unchanged: !created,
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
          201: created(
            z.object({ parent: Statement, parts: z.array(Statement) }).meta({ id: 'CompoundStatement' }),
            'The compound parent and its atomic parts.',
          ),
          ...writeErrors(),
        },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const { parent, parts } = await services.statements.createCompound(request.body);
        return {
          status: 201,
          body: { parent: presentStatement(parent), parts: parts.map(presentStatement) },
          location: `/v1/statements/${parent.row.id}`,
          resourceType: 'statement',
          resourceIds: [parent.row.id, ...parts.map((p) => p.row.id)],
        };
      }),
  );

  app.post(
    '/statements/parse',
    {
      // Writes nothing: it needs a key only where reads do. It costs CPU in proportion to the quote, so it is
      // counted apart from the other routes, against a lower limit.
      config: { readOnly: true, rateLimit: { max: parseRateLimitPerMinute, timeWindow: 60_000 } },
      schema: {
        operationId: 'parseStatement',
        tags: ['statements'],
        summary: 'Read guidance language into draft statements',
        description:
          "Turns a quote into draft statements: one per promise in a compound sentence, each bound to one of the company's " +
          'own metrics (by name, concept, unit and segment) or naming the metric to create, with a ready body, the ' +
          "target (operator, values, unit, scale, currency), the window resolved through the company's fiscal calendar " +
          'from the statement date, the mode, the commitment read from the verb, the span of the quote it came from, a ' +
          'confidence and every guess it made. A sentence it cannot read gets no draft and the reason why. Nothing is ' +
          "written: post the drafts' `statement` bodies you accept to /v1/statements (after the metric in " +
          '`metric.create`, when there is one).',
        body: ParseRequest,
        response: {
          200: success(ParseResult, 'The drafts, and what could not be read.'),
          ...readErrors(400, 404, 413, 415),
        },
      },
    },
    async (request) => {
      return presentParse(await services.statements.parse(request.body));
    },
  );

  app.get(
    '/statements',
    {
      schema: {
        operationId: 'listStatements',
        tags: ['statements'],
        summary: 'List statements with their evaluations',
        description:
          'Cursor-paginated. Filter by companies (several at once) or ticker, metric, concept shared across ' +
          "companies, the metric's segment and basis, speaker, parent, kind, status, trajectory, commitment, due " +
          'date (window end), statement date and words of the quote (q, full-text); filters combine with AND. Sort ' +
          'by creation (default), due date or statement date. Status, trajectory and evaluations are as of asOf ' +
          '(default now), and statements made after asOf are left out.',
        querystring: StatementListQuery,
        headers: ConditionalHeaders,
        response: {
          200: readWithCsv(
            pageOf(StatementWithEvaluation, 'StatementPage'),
            'A page of statements with their evaluations.',
          ),
          ...readErrors(),
        },
      },
    },
    async (request, reply) => {
      const { limit, cursor, asOf, recordedAsOf, ...filter } = request.query;
      const page = await services.statements.list(
        filter,
        timeOrNull(asOf),
        { limit, cursor },
        timeOrNull(recordedAsOf),
      );
      const body = { items: page.items.map(presentView), nextCursor: page.nextCursor };
      return answerPage(request, reply, StatementWithEvaluation, body);
    },
  );

  app.get(
    '/statements/:statementId/history',
    {
      schema: {
        operationId: 'getStatementHistory',
        tags: ['statements'],
        summary: 'Every evaluation a statement has had',
        description:
          'The evaluations in order of knowledge time, each with the moment it took effect (asOf), when saydo ' +
          'recorded it (recordedAsOf) and, when scheduled, the moment it gives way (validUntil). The last may lie in ' +
          'the future: a deadline not yet passed. With recordedAsOf, the history as saydo had it on record then. ' +
          'Paginated: at most limit evaluations per page; pass nextCursor as cursor for the later ones.',
        params: StatementParams,
        querystring: HistoryQuery,
        headers: ConditionalHeaders,
        response: { 200: read(EvaluationHistory, 'Every evaluation, oldest first.'), ...readErrors(404) },
      },
    },
    async (request) => {
      const { recordedAsOf, limit, cursor } = request.query;
      const page = await services.scoring.history(request.params.statementId, timeOrNull(recordedAsOf), {
        limit,
        cursor,
      });
      return {
        statementId: request.params.statementId,
        items: page.items.map(presentEvaluation),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/statements/:statementId/chain',
    {
      schema: {
        operationId: 'getStatementChain',
        tags: ['statements'],
        summary: "A statement's whole revision chain with each verdict",
        description:
          'Every statement in the revision chain this one belongs to, from the first guidance to the latest revision ' +
          '(raised, lowered, narrowed, widened, reiterated, withdrawn), each with its evaluation as of asOf (default ' +
          'now; the answer says which). One call for the story a revised promise tells.',
        params: StatementParams,
        querystring: AsOfQuery,
        headers: ConditionalHeaders,
        response: { 200: read(StatementChain, 'The chain, first to last.'), ...readErrors(404) },
      },
    },
    async (request) => {
      const { asOf } = request.query;
      const chain = await services.statements.chain(
        request.params.statementId,
        asOf === undefined ? null : knowledgeTimeMs(asOf),
      );
      return {
        statementId: request.params.statementId,
        asOf: new Date(chain.asOf).toISOString(),
        links: chain.links.map(presentView),
      };
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
        headers: ConditionalHeaders,
        response: {
          200: read(StatementWithEvaluation, 'The statement and its current evaluation.'),
          ...readErrors(404),
        },
      },
    },
    async (request) => presentView(await services.statements.get(request.params.statementId)),
  );

  app.get(
    '/statements/:statementId/evaluation',
    {
      schema: {
        operationId: 'getStatementEvaluation',
        tags: ['statements'],
        summary: 'Evaluate a statement as of a knowledge time',
        description:
          'Uses only the actuals public by asOf (the latest value known for each period), as saydo had them on record ' +
          'at recordedAsOf (default now: a retracted figure counts at no knowledge time), and says which knowledge ' +
          'time and record time it used. A compound parent has no evaluation of its own: evaluate its parts.',
        params: StatementParams,
        querystring: AsOfQuery,
        headers: ConditionalHeaders,
        response: { 200: read(Evaluation, 'The evaluation as of the knowledge time.'), ...readErrors(404) },
      },
    },
    async (request) => {
      const { asOf, recordedAsOf } = request.query;
      const evaluation = await services.scoring.evaluate(
        request.params.statementId,
        timeOrNull(asOf),
        timeOrNull(recordedAsOf),
      );
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
          "withdraws it; the statement becomes superseded or withdrawn from the end of the revision's statedOn. A " +
          'statement already met, missed or unreported by then can be neither revised nor withdrawn (409): a miss is ' +
          'never revised away. The kind must agree with the numbers (422 naming /kind); omitted, it is derived from them.',
        params: StatementParams,
        headers: IdempotencyHeaders.extend(IfMatchHeaders.shape),
        body: RevisionInput,
        response: {
          201: created(
            z
              .object({ revision: Revision, statement: Statement, successor: Statement.nullable() })
              .meta({ id: 'RevisionResult' }),
            'The revision, the revised statement and the one that replaces it.',
          ),
          ...writeErrors(404, 412),
        },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const precondition =
          request.headers['if-match'] === undefined
            ? undefined
            : (current: StatementView) =>
                checkIfMatch(request, { schema: StatementWithEvaluation, body: presentView(current) }, false);
        const result = await services.statements.revise(request.params.statementId, request.body, precondition);
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
