import { describe, expect, it } from 'vitest';
import { figureCanAffect } from '../../src/domain/affects.js';

describe('which statements a figure can affect', () => {
  const fy27h1 = { windowStart: '2026-04-01', windowEnd: '2026-09-30' };
  it('is those whose window holds the period end, ends included', () => {
    expect(figureCanAffect(fy27h1, '2026-04-01')).toBe(true);
    expect(figureCanAffect(fy27h1, '2026-09-30')).toBe(true);
    expect(figureCanAffect(fy27h1, '2026-03-31')).toBe(false);
    expect(figureCanAffect(fy27h1, '2026-10-01')).toBe(false);
  });
  it('holds every later period for a statement with no deadline', () => {
    expect(figureCanAffect({ windowStart: '2026-04-01', windowEnd: null }, '2040-12-31')).toBe(true);
    expect(figureCanAffect({ windowStart: '2026-04-01', windowEnd: null }, '2026-03-31')).toBe(false);
  });
});
