import { desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../db/client.js';
import { evaluations } from '../db/schema.js';

export type EvaluationRow = typeof evaluations.$inferSelect;
export type NewEvaluation = Omit<typeof evaluations.$inferInsert, 'id'>;

export function createEvaluationStore(db: Executor) {
  return {
    /** The latest recorded evaluation of each statement. */
    async latest(statementIds: string[]): Promise<Map<string, EvaluationRow>> {
      if (statementIds.length === 0) return new Map();
      const rows = await db
        .selectDistinctOn([evaluations.statementId])
        .from(evaluations)
        .where(inArray(evaluations.statementId, statementIds))
        .orderBy(evaluations.statementId, desc(evaluations.id));
      return new Map(rows.map((r) => [r.statementId, r]));
    },

    async append(rows: NewEvaluation[]): Promise<void> {
      if (rows.length > 0) await db.insert(evaluations).values(rows);
    },

    async history(statementId: string): Promise<EvaluationRow[]> {
      return db.select().from(evaluations).where(eq(evaluations.statementId, statementId)).orderBy(evaluations.id);
    },
  };
}

export type EvaluationStore = ReturnType<typeof createEvaluationStore>;
