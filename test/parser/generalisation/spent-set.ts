// What every spent held-out set's test asserts: the level it was measured or tuned to, less a small margin, so a
// change that makes the parser read it worse fails. Each set's own test file says where its floors come from.
import { describe, expect, it } from 'vitest';
import type { CorpusCompany, LabelledSentence } from './labels.js';
import { formatScore, scoreSet } from './score.js';

export interface SpentFloors {
  /** Least share of fields right, and of sentences fully right. */
  fields: number;
  sentences: number;
  /** Drafts at confidence 0.9 or more: more than this many, and at least this share of their fields right. */
  topDraftsMoreThan: number;
  topFields: number;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The spent set `name`'s test: its floors, and no guidance sentence with a deadline read as having none. */
export function describeSpentSet(
  name: string,
  set: { companies: CorpusCompany[]; sentences: LabelledSentence[] },
  floors: SpentFloors,
): void {
  describe(`parser on the ${name} set (spent)`, () => {
    const score = scoreSet(set.companies, set.sentences);

    it(`keeps its level: ${percent(floors.fields)} of fields, ${percent(floors.sentences)} of sentences, no deadline lost`, () => {
      console.log(formatScore(name, score, true));
      expect(score.fieldsRight / score.fieldsTotal).toBeGreaterThanOrEqual(floors.fields);
      expect(score.sentencesRight / score.sentences).toBeGreaterThanOrEqual(floors.sentences);
      expect(score.deadlinesLost).toBe(0);
    });

    it(`is right on at least ${percent(floors.topFields)} of the fields of drafts it gives confidence 0.9 or more`, () => {
      const top = score.calibration.find((b) => b.from === 0.9);
      expect(top?.drafts).toBeGreaterThan(floors.topDraftsMoreThan);
      expect((top?.fieldsRight ?? 0) / (top?.fieldsTotal ?? 1)).toBeGreaterThanOrEqual(floors.topFields);
    });
  });
}
