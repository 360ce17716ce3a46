// Ceilings: the same 1,000-row batches the service is sent, written straight through pg with no service around
// them. They go to `actuals_ceiling`, made LIKE actuals INCLUDING ALL plus the same foreign keys, so the write
// path (heap, the four indexes, checks, the foreign key trigger, the seq default) is identical, while the rows never enter
// the history the service re-scores. Each ceiling starts from an empty table and drops it afterwards.
import { drizzle } from 'drizzle-orm/node-postgres';
import { actuals } from '../../src/db/schema.js';
import type pg from 'pg';
import { BATCH_SIZE, BatchSource, companyGroups } from '../lib/batches.js';
import { nextRelease } from '../lib/dataset.js';
import { rowsOf, type BenchContext, type Scenario } from '../lib/scenario.js';
import type { NewActual } from '../../src/store/actuals.js';

const TABLE = 'actuals_ceiling';
const COLUMNS = [
  'id',
  'company_id',
  'metric_id',
  'period_start',
  'period_end',
  'period_label',
  'value',
  'unit',
  'published_at',
  'source_document',
  'source_url',
  'source_page',
  'note',
] as const;
const TYPES = [
  'uuid',
  'text',
  'uuid',
  'date',
  'date',
  'text',
  'numeric',
  'text',
  'timestamptz',
  'text',
  'text',
  'text',
  'text',
];

type Row = NewActual & { id: string };

function columnsOf(r: Row): (string | null)[] {
  return [
    r.id,
    r.companyId,
    r.metricId,
    r.periodStart ?? null,
    r.periodEnd,
    r.periodLabel ?? null,
    r.value,
    r.unit,
    r.publishedAt.toISOString(),
    r.sourceDocument ?? null,
    r.sourceUrl ?? null,
    r.sourcePage ?? null,
    r.note ?? null,
  ];
}

async function createCeilingTable(ctx: BenchContext): Promise<void> {
  await ctx.pool.query(`drop table if exists ${TABLE}`);
  await ctx.pool.query(`create table ${TABLE} (like actuals including all)`);
  // LIKE copies neither foreign keys nor their triggers: add each of actuals' own, as defined now.
  const { rows } = await ctx.pool.query<{ def: string }>(
    `select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'actuals'::regclass and contype = 'f'`,
  );
  for (const { def } of rows) await ctx.pool.query(`alter table ${TABLE} add ${def}`);
}

async function dropCeilingTable(ctx: BenchContext): Promise<void> {
  await ctx.pool.query(`drop table if exists ${TABLE}`);
}

/** Per-writer batch sources over the same company groups the batch scenario uses, mapped to the ceiling company. */
function rowBatches(ctx: BenchContext): (worker: number) => Row[] {
  const { settings, dataset } = ctx;
  const sources = companyGroups(dataset.metricsByCompany, settings.batchConnections).map(
    (group) => new BatchSource(group, dataset.quarters, settings.batchSize),
  );
  const next = sources.map(() => 0);
  return (worker) => {
    const b = next[worker] ?? 0;
    next[worker] = b + 1;
    return sources[worker]?.ceilingRows(b, dataset.ceilingMetrics, nextRelease()) ?? [];
  };
}

const multiRowSql = new Map<number, string>();
function multiRowInsert(rows: number): string {
  let text = multiRowSql.get(rows);
  if (!text) {
    const tuples = Array.from(
      { length: rows },
      (_, r) => `(${COLUMNS.map((_c, c) => `$${r * COLUMNS.length + c + 1}`).join(',')})`,
    );
    text = `insert into ${TABLE} (${COLUMNS.join(', ')}) values ${tuples.join(',')}`;
    multiRowSql.set(rows, text);
  }
  return text;
}

const UNNEST_SQL = `insert into ${TABLE} (${COLUMNS.join(', ')}) select * from unnest(${TYPES.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;

/** COPY text format: tab-separated, \N for null, backslash escapes. */
function copyText(rows: Row[]): Buffer {
  const escape = (v: string | null) =>
    v === null
      ? '\\N'
      : v.replace(/[\\\t\n\r]/g, (ch) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[ch] ?? ch);
  return Buffer.from(rows.map((r) => columnsOf(r).map(escape).join('\t')).join('\n') + '\n');
}

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

/** COPY ... FROM STDIN through pg's protocol hooks (what pg-copy-streams does), without another dependency. */
function copyIn(client: pg.PoolClient, text: string, data: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    let failed = false;
    const submittable = {
      submit: (connection: unknown) => (connection as CopyConnection).query(text),
      handleCopyInResponse: (connection: CopyConnection) => {
        connection.sendCopyFromChunk(data);
        connection.endCopyFrom();
      },
      handleCommandComplete: () => undefined,
      handleReadyForQuery: () => {
        if (!failed) resolve();
      },
      handleError: (error: Error) => {
        failed = true;
        reject(error);
      },
    };
    client.query(submittable);
  });
}

function ceiling(
  name: string,
  role: Scenario['role'],
  description: string,
  insert: (ctx: BenchContext, rows: Row[]) => Promise<void>,
): Scenario {
  return {
    name,
    role,
    description,
    setup: createCeilingTable,
    teardown: dropCeilingTable,
    checks: [{ label: `${TABLE} rows`, count: rowsOf(TABLE), perRequest: BATCH_SIZE }],
    load: (ctx) => {
      const batchOf = rowBatches(ctx);
      return {
        kind: 'loop',
        concurrency: ctx.settings.batchConnections,
        unit: 'rows/s',
        iteration: async (worker) => {
          const rows = batchOf(worker);
          await insert(ctx, rows);
          return rows.length;
        },
      };
    },
  };
}

export const CEILING_MULTI_ROW = 'ceiling: bare multi-row INSERT';

export function ceilingScenarios(): Scenario[] {
  return [
    ceiling(
      CEILING_MULTI_ROW,
      'ceiling',
      'one INSERT ... VALUES (...),(...) of 1,000 rows (13 params each) per round trip',
      async (ctx, rows) => {
        await ctx.pool.query(multiRowInsert(rows.length), rows.flatMap(columnsOf));
      },
    ),
    ceiling(
      'ceiling: INSERT ... SELECT FROM unnest',
      'reference',
      'one INSERT of 13 array params per 1,000 rows (the shape src/store/actuals.ts insertMany uses)',
      async (ctx, rows) => {
        const columns = rows.map(columnsOf);
        await ctx.pool.query(
          UNNEST_SQL,
          COLUMNS.map((_c, i) => columns.map((r) => r[i] ?? null)),
        );
      },
    ),
    ceiling(
      'ceiling: drizzle insert builder',
      'reference',
      'db.insert(table).values(rows) for 1,000 rows',
      async (ctx, rows) => {
        // The ceiling table has the same columns, so drizzle's actuals table object renders the same statement.
        const db = drizzle(ctx.pool);
        const query = db.insert(actuals).values(rows).toSQL();
        await ctx.pool.query(query.sql.replace(/^insert into "actuals"/, `insert into ${TABLE}`), query.params);
      },
    ),
    ceiling('ceiling: COPY FROM STDIN', 'reference', 'COPY of 1,000 rows in text format', async (ctx, rows) => {
      const client = await ctx.pool.connect();
      try {
        await copyIn(client, `copy ${TABLE} (${COLUMNS.join(', ')}) from stdin`, copyText(rows));
      } finally {
        client.release();
      }
    }),
  ];
}
