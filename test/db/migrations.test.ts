// Migrations that move data, run on rows written by the schema before them.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, migrateDatabase } from '../../src/db/migrate.js';
import { companyCalendar } from '../../src/service/mapping.js';
import { fromSegment } from '../../src/service/scoring.js';
import { createCompanyStore } from '../../src/store/companies.js';
import { createTimelineStore } from '../../src/store/timeline.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { on } from '../domain/builders.js';

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** A copy of the migrations folder that ends before the migration tagged `tag`. */
async function migrationsBefore(tag: string): Promise<{ folder: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'saydo-migrations-'));
  await cp(MIGRATIONS_FOLDER, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as Journal;
  const cut = journal.entries.findIndex((e) => e.tag === tag);
  if (cut < 0) throw new Error(`no migration tagged ${tag}`);
  await writeFile(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, cut) }));
  return { folder, remove: () => rm(folder, { recursive: true, force: true }) };
}

describe('0008: timeline segments keep their observations as actual ids', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('moves the observations of a segment written before it to observation_ids, in order, and reads them back', async () => {
    const before = await migrationsBefore('0008_timeline_compact_evaluations');
    try {
      await migrate(drizzle(db.pool), { migrationsFolder: before.folder });
    } finally {
      await before.remove();
    }
    const q = (text: string, values: unknown[] = []) => db.pool.query(text, values);
    await q(`insert into companies (id, name, currency, fiscal_year_end_month) values ('old-co', 'Old Co', 'CNY', 3)`);
    const metric = (
      await q(
        `insert into metrics (company_id, key, name, unit, kind, good_direction)
         values ('old-co', 'margin', 'Margin', 'percent', 'flow', 'higher') returning id`,
      )
    ).rows[0] as { id: string };
    const statement = (
      await q(
        `insert into statements (company_id, metric_id, kind, stated_on, source_kind, quote, commitment, target_op,
                                 target_value, window_start, window_end, mode, grace_days)
         values ('old-co', $1, 'atomic', '2024-05-15', 'call', 'above 10', 'will', 'gt', '10', '2024-04-01',
                 '2024-09-30', 'all', 0) returning id`,
        [metric.id],
      )
    ).rows[0] as { id: string };
    const actual = async (periodStart: string, periodEnd: string, value: string) =>
      (
        (
          await q(
            `insert into actuals (company_id, metric_id, period_start, period_end, value, unit, published_at)
             values ('old-co', $1, $2, $3, $4, 'percent', '2024-10-20') returning id`,
            [metric.id, periodStart, periodEnd, value],
          )
        ).rows[0] as { id: string }
      ).id;
    // Inserted in the opposite order of the observations, so that reading them back in id or insertion order fails.
    const q2 = await actual('2024-07-01', '2024-09-30', '12.50');
    const q1 = await actual('2024-04-01', '2024-06-30', '11');
    const observations = [
      { actualId: q1, periodStart: '2024-04-01', periodEnd: '2024-06-30', value: '11' },
      { actualId: q2, periodStart: '2024-07-01', periodEnd: '2024-09-30', value: '12.50' },
    ];
    const evaluation = {
      statementId: statement.id,
      status: 'met',
      early: false,
      decidingActualId: q2,
      position: 'above',
      surprise: '0.25',
      error: null,
      observations,
      trajectory: null,
      explanation: 'margin met in every quarter',
    };
    await q(
      `insert into statement_timeline (statement_id, valid_from, valid_to, status, early, deciding_actual_id,
                                       position, surprise, error, evaluation, announced)
       values ($1, '2024-10-20', null, 'met', false, $2, 'above', '0.25', null, $3, true)`,
      [statement.id, q2, JSON.stringify(evaluation)],
    );

    const upTo0016 = await migrationsBefore('0016_timeline_observations_read_not_stored');
    try {
      await migrate(drizzle(db.pool), { migrationsFolder: upTo0016.folder });
    } finally {
      await upTo0016.remove();
    }

    const row = (
      await q(`select observation_ids::text[] as ids, evaluation from statement_timeline where statement_id = $1`, [
        statement.id,
      ])
    ).rows[0] as { ids: string[]; evaluation: unknown };
    expect(row).toEqual({
      ids: [q1, q2],
      evaluation: { trajectory: null, explanation: 'margin met in every quarter' },
    });

    // 0016 stores no observations: they are worked out from the figures known when the segment began.
    await migrateDatabase(db.pool);
    const [segment] = await createTimelineStore(drizzle(db.pool)).history(statement.id, null, 10);
    const observed = {
      statedOn: '2024-05-15',
      target: { op: 'gt' as const, value: '10' },
      window: { start: '2024-04-01', end: '2024-09-30' },
      periodicity: null,
    };
    expect(segment && fromSegment(segment, on('2024-10-21'), observed).evaluation.observations).toEqual(observations);
  });
});

describe('0011: a company recorded before weekday calendars keeps the month-end calendar of its year-end month', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });

  afterAll(async () => {
    await db.destroy();
  });

  it('reads an existing company as month-end, and the database refuses half a weekday calendar', async () => {
    const before = await migrationsBefore('0011_fiscal_weekday_calendar');
    try {
      await migrate(drizzle(db.pool), { migrationsFolder: before.folder });
    } finally {
      await before.remove();
    }
    const q = (text: string) => db.pool.query(text);
    await q(`insert into companies (id, name, currency, fiscal_year_end_month) values ('old-co', 'Old Co', 'CNY', 3)`);

    await migrateDatabase(db.pool);

    const row = await createCompanyStore(drizzle(db.pool)).get('old-co');
    expect(companyCalendar(row)).toEqual({ fiscalYearEndMonth: 3 });
    await expect(
      q(`update companies set fiscal_weekday = 'saturday', fiscal_weekday_rule = 'last' where id = 'old-co'`),
    ).rejects.toThrow(/companies_fiscal_weekday_calendar/);
    await expect(
      q(
        `update companies set fiscal_weekday = 'saturday', fiscal_weekday_rule = 'last', fiscal_week53_quarter = 5
         where id = 'old-co'`,
      ),
    ).rejects.toThrow(/companies_fiscal_weekday_calendar/);
  });
});
