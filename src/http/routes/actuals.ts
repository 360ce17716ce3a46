import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { presentActual } from '../presenters.js';
import {
  Actual,
  ActualBatchInput,
  ActualBatchResult,
  ActualInput,
  MAX_BATCH_ITEMS,
  RetractionInput,
} from '../../schemas/actuals.js';
import { AsOfQuery, CompanyId, Concept, IsoDate, MetricKey, pageOf, PageQuery } from '../../schemas/common.js';
import { knowledgeTimeMs } from '../../domain/knowledge-time.js';
import {
  ConditionalHeaders,
  created,
  IdempotencyHeaders,
  IfMatchHeaders,
  read,
  readErrors,
  readWithCsv,
  writeErrors,
} from '../../schemas/responses.js';
import type { RouteDeps } from '../write.js';
import { checkIfMatch } from '../plugins/response-cache.js';
import { answerPage } from '../csv.js';

const ActualParams = z.object({ actualId: z.uuid().meta({ description: 'The actual id.' }) });

export const actualRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { services, write }) => {
  app.post(
    '/actuals',
    {
      schema: {
        operationId: 'createActual',
        tags: ['actuals'],
        summary: 'Record an actual',
        description:
          'Append-only. A restatement is another actual for the same period with a later publishedAt; the latest ' +
          "known wins. The unit must match the metric's. Every statement on the metric is re-scored in the same transaction. " +
          'A figure must be possible: a flow is published after its period ends, a stock reading is not dated after ' +
          "its publication, and nothing is published more than a day after the server's clock (422 naming the field). " +
          'The same fact once: an actual whose value equals the latest known one for its period is not stored again ' +
          '(200 with that actual); a different value for the period published at the same instant conflicts (409).',
        headers: IdempotencyHeaders,
        body: ActualInput,
        response: {
          200: created(
            Actual,
            'The figure was already the latest known for its period: this is that actual; nothing was stored.',
          ),
          201: created(Actual, 'The actual as recorded.'),
          ...writeErrors(),
        },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const { record, created } = await services.actuals.record(request.body);
        return {
          status: created ? 201 : 200,
          unchanged: !created,
          body: presentActual(record),
          location: `/v1/actuals/${record.row.id}`,
          resourceType: 'actual',
          resourceIds: [record.row.id],
        };
      }),
  );

  app.post(
    '/actuals/batch',
    {
      schema: {
        operationId: 'createActualsBatch',
        tags: ['actuals'],
        summary: 'Record a batch of actuals',
        description:
          `Up to ${MAX_BATCH_ITEMS} actuals, all or nothing: every item is checked before any is written, then all are ` +
          'written and every statement they touch is re-scored, in one transaction. A 422 names each bad item by its ' +
          "index (pointer '/items/3/unit'). Send an Idempotency-Key to retry safely. An item given twice is stored once, " +
          'and an item whose value is already the latest known for its period is not stored again (its result names ' +
          'the actual on record, with created: false); two different values for one period published at the same ' +
          'instant conflict (409) and nothing is written.',
        headers: IdempotencyHeaders,
        body: ActualBatchInput,
        response: {
          200: created(
            ActualBatchResult,
            'Every item was already on record: each result names the actual it is; nothing was stored.',
          ),
          201: created(ActualBatchResult, 'At least one item was written; every item with its id, in request order.'),
          ...writeErrors(),
        },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const items = await services.actuals.recordBatch(request.body.items);
        const stored = items.filter((i) => i.created).length;
        return {
          status: stored > 0 ? 201 : 200,
          unchanged: stored === 0,
          body: { count: items.length, items },
          resourceType: 'actual',
          resourceIds: items.map((i) => i.id),
          // The ids are in resourceIds; the trail keeps which metrics and periods the batch touched.
          audited: { count: items.length, stored, metrics: [...new Set(items.map((i) => i.metric))].sort() },
        };
      }),
  );

  app.get(
    '/actuals',
    {
      schema: {
        operationId: 'listActuals',
        tags: ['actuals'],
        summary: 'List actuals',
        description:
          'Cursor-paginated, in the order recorded; filter by company, metric, concept and period end. Retracted actuals ' +
          'are listed with their retraction. With asOf, only what was public by then; with recordedAsOf, only what saydo ' +
          'had on record then, with retractions as they stood on record.',
        querystring: PageQuery.extend({
          companyId: CompanyId.optional(),
          metric: MetricKey.optional().meta({ description: 'A metric key; needs companyId.' }),
          concept: Concept.optional().meta({
            description: 'Figures of metrics tagged with this concept, in any company: one quantity across companies.',
          }),
          periodFrom: IsoDate.optional().meta({ description: 'Period ends on or after this date.' }),
          periodTo: IsoDate.optional().meta({ description: 'Period ends on or before this date.' }),
          ...AsOfQuery.shape,
        }),
        headers: ConditionalHeaders,
        response: { 200: readWithCsv(pageOf(Actual, 'ActualPage'), 'A page of actuals.'), ...readErrors() },
      },
    },
    async (request, reply) => {
      const { companyId, metric, concept, periodFrom, periodTo, asOf, recordedAsOf, limit, cursor } = request.query;
      const result = await services.actuals.list(
        {
          companyId,
          metric,
          concept,
          periodFrom,
          periodTo,
          ...(asOf === undefined ? {} : { asOf: new Date(knowledgeTimeMs(asOf)) }),
          ...(recordedAsOf === undefined ? {} : { recordedAsOf: new Date(knowledgeTimeMs(recordedAsOf)) }),
        },
        { limit, cursor },
      );
      return answerPage(request, reply, Actual, {
        items: result.items.map(presentActual),
        nextCursor: result.nextCursor,
      });
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
        headers: ConditionalHeaders,
        response: { 200: read(Actual, 'The actual, with its retraction if any.'), ...readErrors(404) },
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
        headers: IdempotencyHeaders.extend(IfMatchHeaders.shape),
        body: RetractionInput,
        response: { 201: created(Actual, 'The actual, now with its retraction.'), ...writeErrors(404, 412) },
      },
    },
    async (request, reply) =>
      write(request, reply, async (services) => {
        const record = await services.actuals.retract(request.params.actualId, request.body.reason, (current) =>
          checkIfMatch(request, { schema: Actual, body: presentActual(current) }, false),
        );
        return { status: 201, body: presentActual(record), resourceType: 'retraction', resourceIds: [record.row.id] };
      }),
  );
};
