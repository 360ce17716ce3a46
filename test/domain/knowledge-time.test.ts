import { describe, expect, it } from 'vitest';
import {
  evidenceFrom,
  knowledgeTimeMs,
  nextMidnightMs,
  publicationTime,
  revisionEffectiveAt,
  statementKnownFrom,
} from '../../src/domain/knowledge-time.js';

const ms = (iso: string) => Date.parse(iso);

describe('knowledge time', () => {
  it('reads a date as the last instant of that day, so everything published that day is known', () => {
    expect(knowledgeTimeMs('2026-05-15')).toBe(ms('2026-05-15T23:59:59.999Z'));
  });

  it('reads an instant as itself', () => {
    expect(knowledgeTimeMs('2026-05-15T08:30:00+02:00')).toBe(ms('2026-05-15T06:30:00Z'));
  });

  it('reads a publication date as the start of that day', () => {
    expect(publicationTime('2026-05-15').toISOString()).toBe('2026-05-15T00:00:00.000Z');
    expect(publicationTime('2026-05-15T12:00:00Z').toISOString()).toBe('2026-05-15T12:00:00.000Z');
  });

  it('puts a statement on the record from the start of the day it was made', () => {
    expect(statementKnownFrom('2026-05-15')).toBe(ms('2026-05-15T00:00:00Z'));
  });

  it("counts a revision from the end of its day, after that day's results", () => {
    expect(revisionEffectiveAt('2026-05-15')).toBe(ms('2026-05-15T23:59:59.999Z'));
    expect(revisionEffectiveAt('2026-05-15')).toBeGreaterThan(publicationTime('2026-05-15T18:00:00Z').getTime());
  });

  it('takes figures as evidence for a statement from the day after it was stated, when its revision has taken effect', () => {
    expect(evidenceFrom('2026-05-15')).toBe(ms('2026-05-16T00:00:00Z'));
    expect(evidenceFrom('2026-05-15')).toBe(revisionEffectiveAt('2026-05-15') + 1);
    expect(evidenceFrom('2026-05-15')).toBeGreaterThan(publicationTime('2026-05-15T23:00:00Z').getTime());
  });

  it('finds the next midnight (UTC), also across a month and a year end', () => {
    expect(nextMidnightMs(ms('2026-05-15T13:00:00Z'))).toBe(ms('2026-05-16T00:00:00Z'));
    expect(nextMidnightMs(ms('2026-05-15T00:00:00Z'))).toBe(ms('2026-05-16T00:00:00Z'));
    expect(nextMidnightMs(ms('2026-12-31T23:59:59.999Z'))).toBe(ms('2027-01-01T00:00:00Z'));
  });
});
