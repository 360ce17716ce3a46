import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/decimal.js';
import type { Target } from '../../src/domain/model.js';
import { MOVING_KINDS, revisionKindsOf, type RevisionWindow } from '../../src/domain/revision-kinds.js';
import { targets, tenths } from './arbitraries.js';

const range = (low: string, high: string): Target => ({
  op: 'range',
  low,
  high,
  lowInclusive: true,
  highInclusive: true,
});
const fy27: RevisionWindow = { start: '2026-04-01', end: '2027-03-31' };
const kinds = (from: Target, to: Target, window = fy27, next = fy27) => revisionKindsOf(from, to, window, next);

describe('revisionKindsOf', () => {
  it('reads 35–40 → 37–40 as raised and as narrowed, and nothing else', () => {
    expect(kinds(range('35', '40'), range('37', '40'))).toEqual(['raised', 'narrowed']);
  });

  it('reads a range moved wholly down as lowered only', () => {
    expect(kinds(range('35', '40'), range('30', '34'))).toEqual(['lowered']);
  });

  it('reads a range inside the old as narrowed, one around it as widened', () => {
    expect(kinds(range('35', '40'), range('36', '39'))).toEqual(['narrowed']);
    expect(kinds(range('35', '40'), range('30', '45'))).toEqual(['widened']);
  });

  it('reads the same target and window as reiterated, whatever form the target takes', () => {
    expect(kinds({ op: 'gte', value: '10' }, { op: 'gte', value: '10.0' })).toEqual(['reiterated']);
    expect(kinds({ op: 'about', value: '10', tolerance: '1' }, range('9', '11'))).toEqual(['reiterated']);
  });

  it('reads "at least 10" → "5 to 20" as lowered: both ends of what counts came down', () => {
    expect(kinds({ op: 'gte', value: '10' }, range('5', '20'))).toEqual(['lowered']);
  });

  it('speaks of the window when only the window moves', () => {
    const t: Target = { op: 'gte', value: '10' };
    expect(kinds(t, t, fy27, { start: '2026-04-01', end: '2026-09-30' })).toEqual(['narrowed']);
    expect(kinds(t, t, fy27, { start: '2026-04-01', end: null })).toEqual(['widened']);
    expect(kinds(t, t, fy27, { start: '2027-04-01', end: '2028-03-31' })).not.toContain('reiterated');
  });

  it('reads a strict bound made inclusive as letting 10 in: lowered and widened; and back: raised and narrowed', () => {
    expect(kinds({ op: 'gt', value: '10' }, { op: 'gte', value: '10' })).toEqual(['lowered', 'widened']);
    expect(kinds({ op: 'gte', value: '10' }, { op: 'gt', value: '10' })).toEqual(['raised', 'narrowed']);
  });

  it('never reads raising a one-sided threshold as lowered', () => {
    const up = fc
      .tuple(fc.constantFrom('gt' as const, 'gte' as const, 'lt' as const, 'lte' as const), tenths, tenths)
      .filter(([, a, b]) => new Dec(a).lt(b));
    fc.assert(
      fc.property(up, ([op, from, to]) => {
        const found = kinds({ op, value: from }, { op, value: to });
        expect(found).toContain('raised');
        expect(found).not.toContain('lowered');
      }),
    );
  });

  it('finds at least one kind for every move, and reiterated only when the target holds the same values', () => {
    fc.assert(
      fc.property(targets, targets, (from, to) => {
        const found = kinds(from, to);
        expect(found.length).toBeGreaterThan(0);
        for (const k of found) expect(MOVING_KINDS).toContain(k);
        if (found.includes('reiterated')) expect(found).toEqual(['reiterated']);
        expect(kinds(from, from)).toEqual(['reiterated']);
      }),
    );
  });

  it('never finds a move both raised and lowered unless it is also narrowed or widened', () => {
    fc.assert(
      fc.property(targets, targets, (from, to) => {
        const found = kinds(from, to);
        expect(found.includes('raised') && found.includes('lowered')).toBe(false);
      }),
    );
  });

  it('reads the reverse of a raise as a lowering, and of a narrowing as a widening', () => {
    fc.assert(
      fc.property(targets, targets, (from, to) => {
        const forth = kinds(from, to);
        const back = kinds(to, from);
        const mirror = {
          reiterated: 'reiterated',
          raised: 'lowered',
          lowered: 'raised',
          narrowed: 'widened',
          widened: 'narrowed',
        } as const;
        expect([...back].sort()).toEqual(forth.map((k) => mirror[k]).sort());
      }),
    );
  });
});
