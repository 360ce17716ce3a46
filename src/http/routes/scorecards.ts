import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { knowledgeTimeMs } from '../../domain/knowledge-time.js';
import { CompanyId, IsoDate } from '../../schemas/common.js';
import { Leaderboard, LeaderboardQuery } from '../../schemas/leaderboard.js';
import { ConditionalHeaders, readErrors, readWithCsv } from '../../schemas/responses.js';
import { answerRows, toCsv } from '../csv.js';
import { ScorecardSeries } from '../../schemas/scorecards.js';
import type { RouteDeps } from '../write.js';

export const scorecardRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { services }) => {
  app.get(
    '/companies/:companyId/scorecard/series',
    {
      schema: {
        operationId: 'getCompanyScorecardSeries',
        tags: ['scorecards'],
        summary: "A company's credibility over time",
        description:
          "The scorecard summary at the end of each of the company's fiscal quarters, as it stood then: " +
          'a quarterly time series of hit rate, unreported rate, bias and early rate.',
        params: z.object({ companyId: CompanyId }),
        querystring: z.object({
          from: IsoDate.optional().meta({ description: 'Default: two years before to.' }),
          to: IsoDate.optional().meta({ description: 'Default: today.' }),
        }),
        headers: ConditionalHeaders,
        response: {
          200: readWithCsv(ScorecardSeries, 'One point per fiscal quarter, oldest first.'),
          ...readErrors(404),
        },
      },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      const points = await services.scoring.series(request.params.companyId, from, to);
      const body = {
        companyId: request.params.companyId,
        points: points.map((p) => ({ quarter: p.quarter, asOf: new Date(p.asOf).toISOString(), ...p.summary })),
      };
      return answerRows(request, reply, body, () =>
        toCsv(ScorecardSeries.shape.points.element, body.points, { companyId: body.companyId }),
      );
    },
  );

  app.get(
    '/leaderboard',
    {
      schema: {
        operationId: 'getLeaderboard',
        tags: ['scorecards'],
        summary: 'Companies ranked by credibility',
        description:
          'Every company with at least minResolved (default 5) resolved statements, ranked by hit rate (met / (met + ' +
          'missed + unreported)) as of a knowledge time (or, with sort, by mean margin, the share of positive margins ' +
          'or the unreported rate), best first unless order says otherwise, then by how many statements resolved. With ' +
          'concept, on the statements about that concept only.',
        querystring: LeaderboardQuery,
        headers: ConditionalHeaders,
        response: { 200: readWithCsv(Leaderboard, 'Companies, best first.'), ...readErrors() },
      },
    },
    async (request, reply) => {
      const { asOf, recordedAsOf, minResolved, limit, sort, order, concept } = request.query;
      const board = await services.scoring.leaderboard(
        asOf === undefined ? null : knowledgeTimeMs(asOf),
        minResolved,
        limit,
        sort,
        order,
        concept,
        recordedAsOf === undefined ? null : knowledgeTimeMs(recordedAsOf),
      );
      const body = {
        asOf: new Date(board.asOf).toISOString(),
        recordedAsOf: new Date(board.recordedAsOf).toISOString(),
        items: board.items,
      };
      return answerRows(request, reply, body, () =>
        toCsv(Leaderboard.shape.items.element, body.items, { asOf: body.asOf, recordedAsOf: body.recordedAsOf }),
      );
    },
  );
};
