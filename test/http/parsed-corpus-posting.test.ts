// Every draft of the parser's generalisation corpus that is bound to one of its company's metrics posts exactly as
// returned (issue 18: "a draft with a matched metric posts as it is"). Each labelled set's companies are created
// through the API with their calendars, currencies and metrics; each sentence is parsed through
// POST /v1/statements/parse on its statement date; each bound draft's statement is posted to POST /v1/statements
// unchanged. Where a draft asks for a metric to be created, its ready body is posted first and then its statement.
// Only the development set and the held-out sets already measured and spent are used: an unmeasured set is never
// run through the parser before its one measurement.
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it, onTestFinished } from 'vitest';
import { buildApp } from '../../src/app.js';
import { specOfCalendar } from '../../src/domain/fiscal.js';
import { createApiKey } from '../../src/service/keys.js';
import { checked } from '../support/app.js';
import { createTestDatabase } from '../support/database.js';
import { testClock } from '../support/clock.js';
import { LABELLED_SETS } from '../parser/generalisation/labelled-sets.js';
import { asApiMetric, type CorpusCompany, type LabelledSentence } from '../parser/generalisation/labels.js';

interface Draft {
  metric: { key: string | null; match: unknown; create: { metric: Record<string, unknown> } | null };
  statement: Record<string, unknown> | null;
  statementMissing: string | null;
}

interface Tally {
  sentences: number;
  drafts: number;
  bound: number;
  created: number;
  posted: number;
  /** Drafts whose phrase names no metric, so there is none to bind or to propose. */
  noMetricNamed: number;
  /** Drafts with a metric whose target the API cannot hold yet (a CAGR, a total over the window). */
  notRepresentable: number;
  /** What went wrong, one line each: a post that failed, or a draft with neither metric nor proposal. */
  failures: string[];
}

type Post = (url: string, payload: unknown) => Promise<LightMyRequestResponse>;

/**
 * A world of the set's own: a fresh database and app, every request with an admin key and checked against the
 * OpenAPI document. Two sets written at the same time may name the same company, each with its own metrics.
 */
async function worldOf(): Promise<{ post: Post; close: () => Promise<void> }> {
  const db = await createTestDatabase();
  // Statements are dated up to the day the last set was frozen; the clock stands after it, on any calendar day.
  const app = await buildApp({
    database: db,
    clock: testClock('2026-12-20T00:00:00Z'),
    parseRateLimitPerMinute: 1_000_000,
    webhookIntervalMs: 0,
  });
  const admin = checked(app, (await createApiKey(db.db, 'tests', 'admin')).key);
  return {
    post: (url, payload) => admin.inject({ method: 'POST', url, payload: payload as Record<string, unknown> }),
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}

async function createCompany(post: Post, company: CorpusCompany): Promise<void> {
  const made = await post('/v1/companies', {
    id: company.id,
    name: company.name,
    currency: company.currency,
    fiscalCalendar: specOfCalendar(company.calendar),
  });
  expect(made.statusCode, `${company.id}: ${made.body}`).toBe(201);
  for (const m of company.metrics) {
    const metric = await post('/v1/metrics', { companyId: company.id, ...asApiMetric(m) });
    expect(metric.statusCode, `${company.id}.${m.key}: ${metric.body}`).toBe(201);
  }
}

/** Parse one sentence and post each of its drafts as returned, creating a proposed metric first. */
async function parseAndPost(post: Post, sentence: LabelledSentence, created: Set<string>, tally: Tally): Promise<void> {
  const where = `${sentence.id} (${sentence.company}): ${sentence.quote}`;
  const parsed = await post('/v1/statements/parse', {
    companyId: sentence.company,
    statedOn: sentence.statedOn,
    quote: sentence.quote,
    source: { kind: 'call', title: `${sentence.company} guidance` },
  });
  expect(parsed.statusCode, `${where}\n${parsed.body}`).toBe(200);
  const { drafts } = parsed.json<{ drafts: Draft[] }>();
  tally.sentences += 1;
  tally.drafts += drafts.length;
  for (const d of drafts) {
    if (d.metric.match) tally.bound += 1;
    else if (d.metric.create) {
      const { metric } = d.metric.create;
      const key = `${sentence.company}.${String(metric.key)}`;
      // Another sentence of the company may have proposed the same metric already: it is created once.
      if (!created.has(key)) {
        const answer = await post('/v1/metrics', metric);
        if (answer.statusCode !== 201) {
          tally.failures.push(`${where}\n  proposed metric ${JSON.stringify(metric)} -> ${answer.body}`);
          continue;
        }
        created.add(key);
      }
      tally.created += 1;
    } else {
      // The draft names no metric at all ("our goal is to grow 8% a year"): it says so, and has no statement.
      if (d.statement !== null || !d.statementMissing) tally.failures.push(`${where}\n  no metric, yet no reason`);
      tally.noMetricNamed += 1;
      continue;
    }
    if (d.statement === null) {
      if (!d.statementMissing) tally.failures.push(`${where}\n  no statement and no reason`);
      tally.notRepresentable += 1;
      continue;
    }
    const answer = await post('/v1/statements', d.statement);
    // 200: the same statement (company, metric, date, target, window, mode and quote) is on record already, from
    // another sentence of the set that opens with the same clause; the API answers it and writes nothing.
    if (answer.statusCode === 201 || answer.statusCode === 200) tally.posted += 1;
    else tally.failures.push(`${where}\n  ${JSON.stringify(d.statement)} -> ${answer.statusCode} ${answer.body}`);
  }
}

describe('every draft of the corpus posts as it is', () => {
  it.each(LABELLED_SETS)(
    '$name: each bound draft, and each proposed metric with its draft',
    async (set) => {
      const tally: Tally = {
        sentences: 0,
        drafts: 0,
        bound: 0,
        created: 0,
        posted: 0,
        notRepresentable: 0,
        noMetricNamed: 0,
        failures: [],
      };
      const created = new Set<string>();
      const { post, close } = await worldOf();
      onTestFinished(close);
      for (const company of set.companies) await createCompany(post, company);
      // The companies are independent: parse and post several at once, each company's sentences in order.
      const byCompany = new Map<string, LabelledSentence[]>();
      for (const s of set.sentences) byCompany.set(s.company, [...(byCompany.get(s.company) ?? []), s]);
      const queue = [...byCompany.values()];
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            for (const sentence of next) await parseAndPost(post, sentence, created, tally);
          }
        }),
      );
      console.log(
        `${set.name}: ${tally.sentences} sentences, ${tally.drafts} drafts: ${tally.bound} bound to a metric, ` +
          `${tally.created} on a proposed metric, ${tally.posted} posted (201, or 200 for one on record already), ${tally.notRepresentable} with a ` +
          `metric but a target the API cannot hold yet, ${tally.noMetricNamed} naming no metric`,
      );
      expect(tally.failures).toEqual([]);
      expect(tally.sentences).toBe(set.sentences.length);
      expect(tally.posted).toBe(tally.bound + tally.created - tally.notRepresentable);
      // Most drafts are bound and post: a test that posted nothing would prove nothing.
      expect(tally.posted).toBeGreaterThan(tally.drafts / 2);
    },
    240_000,
  );
});
