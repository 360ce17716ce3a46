// The database schema. Money and percentages are NUMERIC (exact); knowledge times are timestamptz.
// Actuals, retractions, revisions and evaluations are append-only: nothing here is ever updated in place.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  json,
  jsonb,
  primaryKey,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
  customType,
} from 'drizzle-orm/pg-core';
import {
  BASES,
  CHANGE_KINDS,
  CHANGE_MEASURES,
  COMPARISON_BASES,
  COMMITMENTS,
  GOOD_DIRECTIONS,
  METRIC_KINDS,
  MODES,
  PERIODICITIES,
  POSITIONS,
  RECORDED_REVISION_KINDS,
  SCOPES,
  SOURCE_KINDS,
  STATEMENT_KINDS,
  STATUSES,
  TARGET_OPS,
} from '../domain/model.js';
import { WEEKDAYS, WEEKDAY_RULES } from '../domain/fiscal.js';

/** PostgreSQL's 64-bit transaction id, carried as text to keep every bit. */
const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' });

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

export const companies = pgTable(
  'companies',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    tickers: text('tickers')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    currency: text('currency').notNull(),
    fiscalYearEndMonth: smallint('fiscal_year_end_month').notNull(),
    /**
     * A 52/53-week calendar: the year ends on this weekday, the last of `fiscal_year_end_month` or the one nearest
     * its end, and `fiscal_week53_quarter` takes a 53rd week. All three null: the year ends on the month's last day.
     */
    fiscalWeekday: text('fiscal_weekday', { enum: WEEKDAYS }),
    fiscalWeekdayRule: text('fiscal_weekday_rule', { enum: WEEKDAY_RULES }),
    fiscalWeek53Quarter: smallint('fiscal_week53_quarter'),
    reportingLagDays: integer('reporting_lag_days').notNull().default(60),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check('companies_fiscal_year_end_month', sql`${t.fiscalYearEndMonth} between 1 and 12`),
    check(
      'companies_fiscal_weekday_calendar',
      sql`(${t.fiscalWeekday} is null) = (${t.fiscalWeekdayRule} is null) and (${t.fiscalWeekday} is null) = (${t.fiscalWeek53Quarter} is null) and (${t.fiscalWeek53Quarter} is null or ${t.fiscalWeek53Quarter} between 1 and 4)`,
    ),
    check('companies_reporting_lag_days', sql`${t.reportingLagDays} >= 0`),
    uniqueIndex('companies_seq').on(t.seq),
    // ?ticker= asks tickers @> / && an array: a GIN index answers it without reading every company.
    index('companies_tickers').using('gin', t.tickers),
  ],
);

export const metrics = pgTable(
  'metrics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    unit: text('unit').notNull(),
    kind: text('kind', { enum: METRIC_KINDS }).notNull(),
    goodDirection: text('good_direction', { enum: GOOD_DIRECTIONS }).notNull(),
    basis: text('basis', { enum: BASES }),
    segment: text('segment'),
    description: text('description'),
    /** A tag shared across companies for the same economic quantity, e.g. `cloud.ebita_margin`; null: none. */
    concept: text('concept'),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('metrics_concept')
      .on(t.concept)
      .where(sql`${t.concept} is not null`),
    index('metrics_segment').on(sql`lower(${t.segment})`),
    uniqueIndex('metrics_company_key').on(t.companyId, t.key),
    uniqueIndex('metrics_seq').on(t.seq),
    // The key an actual's (company_id, metric_id) references: one foreign key check per row proves both exist
    // and that the metric is the company's.
    uniqueIndex('metrics_company_id').on(t.companyId, t.id),
  ],
);

export const statements = pgTable(
  'statements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: text('company_id')
      .notNull()
      .references(() => companies.id),
    /** null only for a compound statement, which is the parent of its atomic parts. */
    metricId: uuid('metric_id').references(() => metrics.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => statements.id),
    kind: text('kind', { enum: STATEMENT_KINDS }).notNull(),
    statedOn: date('stated_on', { mode: 'string' }).notNull(),
    sourceKind: text('source_kind', { enum: SOURCE_KINDS }).notNull(),
    sourceTitle: text('source_title'),
    sourceUrl: text('source_url'),
    speaker: text('speaker'),
    quote: text('quote').notNull(),
    commitment: text('commitment', { enum: COMMITMENTS }),
    targetOp: text('target_op', { enum: TARGET_OPS }),
    targetValue: numeric('target_value'),
    targetLow: numeric('target_low'),
    targetHigh: numeric('target_high'),
    targetLowInclusive: boolean('target_low_inclusive'),
    targetHighInclusive: boolean('target_high_inclusive'),
    targetTolerance: numeric('target_tolerance'),
    /** An 'about' target's tolerance as a percentage of its value; set instead of target_tolerance. */
    targetTolerancePercent: numeric('target_tolerance_percent'),
    targetWording: text('target_wording'),
    /** A change target's measure (relative or absolute); null for a target on the level. */
    targetChangeKind: text('target_change_kind', { enum: CHANGE_MEASURES }),
    /** A change target's comparison period (year-earlier or prior-period); set exactly when the kind is. */
    targetChangeAgainst: text('target_change_against', { enum: COMPARISON_BASES }),
    windowStart: date('window_start', { mode: 'string' }),
    windowEnd: date('window_end', { mode: 'string' }),
    windowLabel: text('window_label'),
    mode: text('mode', { enum: MODES }),
    graceDays: integer('grace_days'),
    /** The length of period promised about; null: every period wholly inside the window counts. */
    periodicity: text('periodicity', { enum: PERIODICITIES }),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check(
      'statements_atomic_complete',
      sql`${t.kind} = 'compound' or (${t.metricId} is not null and ${t.targetOp} is not null and ${t.windowStart} is not null and ${t.mode} is not null and ${t.graceDays} is not null and ${t.commitment} is not null)`,
    ),
    check('statements_target_change_whole', sql`(${t.targetChangeKind} is null) = (${t.targetChangeAgainst} is null)`),
    index('statements_company').on(t.companyId, t.seq),
    index('statements_metric').on(t.metricId),
    // The statements a figure can affect: those on its metric whose window ends on or after its period end.
    index('statements_metric_window').on(t.metricId, t.windowEnd),
    // And the change targets on its metric, which a figure before the window can affect as a comparison: few, so a
    // figure's lookup for them reads this small index instead of every statement on its metric.
    index('statements_metric_change_targets')
      .on(t.metricId, t.windowStart)
      .where(sql`${t.targetChangeAgainst} is not null`),
    index('statements_parent').on(t.parentId),
    uniqueIndex('statements_seq').on(t.seq),
    // Analyst filters: ?speaker= matches case-insensitively, ?q= is English full-text search over the quote.
    index('statements_speaker').on(sql`lower(${t.speaker})`),
    index('statements_quote_search').using('gin', sql`to_tsvector('english', ${t.quote})`),
    // ?sort=due: by window end, no deadline last (src/store/statements.ts sorts by exactly this expression), so a
    // page is read in order from the index instead of sorting every statement that passes the filters.
    index('statements_due').on(sql`coalesce(${t.windowEnd}, '9999-12-31'::date)`, t.seq),
  ],
);

/** A revision replaces (or withdraws) one statement; a statement is revised at most once, so chains are linear. */
export const revisions = pgTable(
  'revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    statementId: uuid('statement_id')
      .notNull()
      .references(() => statements.id),
    kind: text('kind', { enum: RECORDED_REVISION_KINDS }).notNull(),
    statedOn: date('stated_on', { mode: 'string' }).notNull(),
    successorId: uuid('successor_id').references(() => statements.id),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('revisions_statement').on(t.statementId),
    uniqueIndex('revisions_successor').on(t.successorId),
    check('revisions_successor_kind', sql`(${t.kind} = 'withdrawn') = (${t.successorId} is null)`),
  ],
);

export const actuals = pgTable(
  'actuals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    companyId: text('company_id').notNull(),
    metricId: uuid('metric_id').notNull(),
    periodStart: date('period_start', { mode: 'string' }),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    periodLabel: text('period_label'),
    value: numeric('value').notNull(),
    unit: text('unit').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }).notNull(),
    sourceDocument: text('source_document'),
    sourceUrl: text('source_url'),
    sourcePage: text('source_page'),
    note: text('note'),
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    check('actuals_period_order', sql`${t.periodStart} is null or ${t.periodStart} <= ${t.periodEnd}`),
    // One composite key rather than one per column: a batch pays one foreign key check per row, not two.
    foreignKey({
      name: 'actuals_metric_fk',
      columns: [t.companyId, t.metricId],
      foreignColumns: [metrics.companyId, metrics.id],
    }),
    index('actuals_metric_period').on(t.metricId, t.periodEnd),
    index('actuals_company').on(t.companyId, t.seq),
    uniqueIndex('actuals_seq').on(t.seq),
  ],
);

export const retractions = pgTable('retractions', {
  actualId: uuid('actual_id')
    .primaryKey()
    .references(() => actuals.id),
  reason: text('reason').notNull(),
  retractedAt: timestamp('retracted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

/**
 * Every evaluation a statement has had, or will have unless new facts arrive: consecutive segments of knowledge
 * time, recomputed from the facts by each write that touches the statement. "As of T" is the segment holding T,
 * so status filters and scorecards are answered in SQL, and a window closing changes the answer with no write.
 */
export const statementTimeline = pgTable(
  'statement_timeline',
  {
    statementId: uuid('statement_id')
      .notNull()
      .references(() => statements.id),
    validFrom: timestamp('valid_from', { withTimezone: true, mode: 'date' }).notNull(),
    /** null: holds until new facts arrive. */
    validTo: timestamp('valid_to', { withTimezone: true, mode: 'date' }),
    status: text('status', { enum: STATUSES }).notNull(),
    early: boolean('early').notNull(),
    decidingActualId: uuid('deciding_actual_id'),
    position: text('position', { enum: POSITIONS }),
    surprise: numeric('surprise'),
    error: numeric('error'),
    /** The signed relative distance beyond the good-side boundary (domain/target.ts marginOf). */
    margin: numeric('margin'),
    /**
     * What of the evaluation the columns do not hold: its trajectory and explanation. (Before migration 0008 it
     * held the whole evaluation.) Kept small: a batch rewrites hundreds of segments.
     */
    evaluation: jsonb('evaluation').notNull(),
    /**
     * The knowledge time whose figures the evaluation observes (its start; a revision's, once one freezes it). Its
     * observations are read from the actuals known then, not stored: a long series would store N² of them.
     */
    observedAt: timestamp('observed_at', { withTimezone: true, mode: 'date' }),
    /** Which figures it observes, as a digest (domain/observation-digest.ts): two segments alike but for it differ. */
    observationsDigest: text('observations_digest').notNull().default(''),
    /** Whether the change feed has told of this segment's start; the sweeper tells of scheduled ones. */
    announced: boolean('announced').notNull(),
    /**
     * Record time: when saydo first recorded this evaluation (the write whose rescoring produced it). A rescoring
     * that produces the same evaluation again keeps it.
     */
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.statementId, t.validFrom] }),
    index('statement_timeline_status').on(t.status, t.validFrom),
    // ?status= of a rare status: the segments in force at T end after it or never (valid_to null or later), so the
    // few with that status still open are found without reading every past segment, from the index alone.
    index('statement_timeline_status_until').on(t.status, t.validTo, t.validFrom, t.statementId),
    index('statement_timeline_unannounced')
      .on(t.validFrom)
      .where(sql`not ${t.announced}`),
  ],
);

/**
 * Each atomic statement's current verdict: a copy of the timeline segment in force when it was last maintained
 * (or the first one still to begin), kept in the same transaction by every write that rescores the statement and
 * advanced by the sweeper when a scheduled change comes due. A row answers exactly for any knowledge time inside
 * [valid_from, valid_to): it is a segment of the stored timeline. Outside it (a deadline passed before the sweeper
 * ran, a statement not yet made) readers look at the timeline itself. What lets a status filter across companies
 * be an index range scan in the list's order, instead of a look at every statement's segment.
 */
export const statementVerdicts = pgTable(
  'statement_verdicts',
  {
    statementId: uuid('statement_id')
      .primaryKey()
      .references(() => statements.id),
    companyId: text('company_id').notNull(),
    /** The list orders, as the statement's columns give them: coalesce(window_end, '9999-12-31'), and seq. */
    due: date('due', { mode: 'string' }).notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true, mode: 'date' }).notNull(),
    validTo: timestamp('valid_to', { withTimezone: true, mode: 'date' }),
    status: text('status', { enum: STATUSES }).notNull(),
    early: boolean('early').notNull(),
    surprise: numeric('surprise'),
    margin: numeric('margin'),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    // A list filtered by status, in due or seq order, of all companies or of one; each index holds what the filter
    // reads of a row, so a page is read from the index alone.
    index('statement_verdicts_status_due').on(t.status, t.due, t.seq, t.statementId, t.validFrom, t.validTo),
    index('statement_verdicts_status_seq').on(t.status, t.seq, t.statementId, t.validFrom, t.validTo),
    index('statement_verdicts_company').on(t.companyId, t.status, t.seq, t.statementId, t.validFrom, t.validTo),
    // The rows no longer (or not yet) in force: few, between two sweeps.
    index('statement_verdicts_valid_to').on(t.validTo),
    index('statement_verdicts_valid_from').on(t.validFrom),
  ],
);

/**
 * Each company's leaderboard totals as of `as_of`: its current verdicts added up, over the statements made by
 * then. Maintained with the verdicts; exact for any instant in [as_of, valid_until), the first instant at which one
 * of its verdicts changes by itself (a deadline) or a statement stated later begins. Outside it, readers add the
 * company up from the timeline.
 */
export const companyScores = pgTable('company_scores', {
  companyId: text('company_id')
    .primaryKey()
    .references(() => companies.id),
  pending: integer('pending').notNull(),
  met: integer('met').notNull(),
  missed: integer('missed').notNull(),
  unreported: integer('unreported').notNull(),
  superseded: integer('superseded').notNull(),
  withdrawn: integer('withdrawn').notNull(),
  surpriseSum: numeric('surprise_sum').notNull(),
  surpriseCount: integer('surprise_count').notNull(),
  earlyMet: integer('early_met').notNull(),
  marginSum: numeric('margin_sum').notNull(),
  marginCount: integer('margin_count').notNull(),
  positiveMargins: integer('positive_margins').notNull(),
  /** When the latest verdict counted took effect, and when the latest was recorded; null: none counted. */
  since: timestamp('since', { withTimezone: true, mode: 'date' }),
  recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }),
  asOf: timestamp('as_of', { withTimezone: true, mode: 'date' }).notNull(),
  validUntil: timestamp('valid_until', { withTimezone: true, mode: 'date' }),
  /**
   * The company's scorecard groups as of `as_of` (src/store/timeline.ts, scorecardGroups), kept with the totals so
   * that a scorecard as of now is one read; null until the company's totals are next added up.
   */
  scorecardGroups: json('scorecard_groups').$type<unknown[]>(),
});

/**
 * The change feed. Rows are ordered by the writing transaction's id, then by id; a reader returns only rows of
 * transactions older than every transaction still running (pg_snapshot_xmin), so a transaction that commits
 * late can never slip in behind a cursor already handed out.
 *
 * A row is one change, or with `items` several of one kind, for one company, in order: a batch of 1,000 actuals
 * tells of each, but writes one row per company rather than one per actual. Readers expand them.
 */
export const changes = pgTable(
  'changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    txid: xid8('txid')
      .notNull()
      .default(sql`pg_current_xact_id()`),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    kind: text('kind', { enum: CHANGE_KINDS }).notNull(),
    companyId: text('company_id').notNull(),
    /** null when `items` holds the changes. */
    resourceId: text('resource_id'),
    data: jsonb('data'),
    /** Several changes: an array of { resourceId, data }. */
    items: jsonb('items'),
  },
  (t) => [
    index('changes_order').on(t.txid, t.id),
    check('changes_one_or_items', sql`(${t.items} is null) = (${t.resourceId} is not null and ${t.data} is not null)`),
  ],
);

/** API keys: only a SHA-256 of the secret is stored; the key itself is shown once, at creation. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    scope: text('scope', { enum: SCOPES }).notNull(),
    /** The public part of the key, used to find its row without scanning. */
    prefix: text('prefix').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('api_keys_prefix').on(t.prefix)],
);

/** The first response to each (API key, Idempotency-Key), replayed to retries; pruned after 24 hours. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    apiKeyId: uuid('api_key_id').notNull(),
    key: text('key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    responseStatus: integer('response_status').notNull(),
    responseBody: text('response_body').notNull(),
    location: text('location'),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.apiKeyId, t.key] }), index('idempotency_keys_created').on(t.createdAt)],
);

/** Who changed what, when: one row per successful write, in the write's own transaction. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    apiKeyId: uuid('api_key_id'),
    apiKeyName: text('api_key_name'),
    method: text('method').notNull(),
    path: text('path').notNull(),
    operation: text('operation').notNull(),
    status: integer('status').notNull(),
    resourceType: text('resource_type').notNull(),
    resourceIds: text('resource_ids').array().notNull(),
    changes: jsonb('changes').notNull(),
  },
  (t) => [index('audit_log_at').on(t.at)],
);

/**
 * Webhook endpoints (see src/jobs/webhook-deliverer.ts): where to push the change feed's events, which kinds,
 * optionally only one company's. Each keeps its own place in the feed (the cursor of the last event it was sent or
 * passed over) and its failure state: when failing began, how many attempts in a row failed, when to try next.
 */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  id: uuid('id').primaryKey().defaultRandom(),
  url: text('url').notNull(),
  eventTypes: text('event_types').array().notNull(),
  companyId: text('company_id'),
  /** The Standard Webhooks signing secret (whsec_...): shown once, kept to sign. */
  secret: text('secret').notNull(),
  enabled: boolean('enabled').notNull().default(true),
  disabledReason: text('disabled_reason'),
  /** The feed position after which delivery resumes: '<txid>.<id>[.<n>]', '0' for the beginning. */
  cursor: text('cursor').notNull(),
  failingSince: timestamp('failing_since', { withTimezone: true, mode: 'date' }),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true, mode: 'date' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** One row per delivery attempt: what was sent, how the receiver answered, how long it took. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    endpointId: uuid('endpoint_id')
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: 'cascade' }),
    messageId: text('message_id').notNull(),
    eventType: text('event_type').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    succeeded: boolean('succeeded').notNull(),
    responseStatus: integer('response_status'),
    durationMs: integer('duration_ms').notNull(),
    error: text('error'),
  },
  (t) => [
    index('webhook_deliveries_endpoint').on(t.endpointId, t.id),
    // The retention pruner deletes the oldest attempts first.
    index('webhook_deliveries_at').on(t.at),
  ],
);
