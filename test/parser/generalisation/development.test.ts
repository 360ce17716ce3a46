// The development set measured against issue 18's targets, so a change that makes the parser generalise worse
// fails here. The held-out set is scored by the same code (./score.ts) but never here: it is measured once, by
// `npm run parser:score -- held-out`, on a branch that has it.
import { describe, expect, it } from 'vitest';
import { DEVELOPMENT, DEVELOPMENT_COMPANIES } from './development.js';
import { FAMILIES } from './labels.js';
import { formatScore, scoreSet } from './score.js';

describe('parser on the development set', () => {
  const score = scoreSet(DEVELOPMENT_COMPANIES, DEVELOPMENT);
  const report = formatScore('development', score, true);

  it('is the set the issue asks for: 200+ sentences, 20+ companies, 5+ currencies, 6+ calendars, every family', () => {
    expect(DEVELOPMENT.length).toBeGreaterThanOrEqual(200);
    expect(new Set(DEVELOPMENT.map((s) => s.id)).size).toBe(DEVELOPMENT.length);
    const companies = new Set(DEVELOPMENT.map((s) => s.company));
    expect(companies.size).toBeGreaterThanOrEqual(20);
    const used = DEVELOPMENT_COMPANIES.filter((c) => companies.has(c.id));
    expect(new Set(used.map((c) => c.currency)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(used.map((c) => JSON.stringify(c.calendar))).size).toBeGreaterThanOrEqual(6);
    expect(used.some((c) => c.calendar.weekday !== undefined)).toBe(true);
    for (const f of FAMILIES)
      expect(
        DEVELOPMENT.some((s) => s.families.includes(f)),
        f,
      ).toBe(true);
    expect(DEVELOPMENT.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(25);
    // Every labelled metric is one of its company's metrics.
    for (const s of DEVELOPMENT) {
      const keys = new Set(DEVELOPMENT_COMPANIES.find((c) => c.id === s.company)?.metrics.map((m) => m.key));
      for (const e of s.expected) if (e.metric) expect(keys.has(e.metric), `${s.id} ${e.metric}`).toBe(true);
    }
  });

  it('gets at least 99% of the fields and of the sentences right, and loses no deadline', () => {
    console.log(report);
    // Measured at 100% of fields and of sentences (376 sentences; the 109 added in the third round were 98.4% of
    // fields and 105 of 109 sentences on their first run, before the parser was changed for them). With the 30 added
    // in the sixth round (first run: 153 of 168 fields, 27 of 30 sentences): 99.7% of fields, 99.8% of sentences
    // over 406 (kone-4, a market forecast labelled not guidance, is still read as guidance). KONE's four sentences
    // were then removed, because the seventh held-out set, written at the same time, has KONE: 100% over 402. The
    // eighth round added 150 sentences in three batches, each labelled before its first run (66: 77.3% of fields,
    // 75.8% of sentences; 46: 93.0%, 91.3%; 38: 71.9%, 84.2%), and relabelled two old ones to the held-out sets'
    // conventions (caterpillar-5, volvo-2): 100.0% of fields, 99.8% of sentences over 552 (spotify-13 reads
    // "positive" without the reporting currency, which the first and third sets label so too).
    expect(score.fieldsRight / score.fieldsTotal).toBeGreaterThanOrEqual(0.99);
    expect(score.sentencesRight / score.sentences).toBeGreaterThanOrEqual(0.99);
    expect(score.deadlinesLost).toBe(0);
  });

  it('is right on at least 99% of the fields of drafts it gives confidence 0.9 or more', () => {
    // Measured at 100% over 233 drafts; 100% over 252 with the sixth round's sentences.
    const top = score.calibration.find((b) => b.from === 0.9);
    expect(top?.drafts).toBeGreaterThan(200);
    expect((top?.fieldsRight ?? 0) / (top?.fieldsTotal ?? 1)).toBeGreaterThanOrEqual(0.99);
  });
});
