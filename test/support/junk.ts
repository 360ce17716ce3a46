// Random junk for the tests that throw malformed bodies at the write routes: values wrong for almost any field,
// and some wrong in ways a parser may miss.
import fc from 'fast-check';

/** A number of 140,001 digits: more than a double, or a NUMERIC's default precision, can hold. */
export const DIGITS_140K = `1${'0'.repeat(140_000)}`;

/** Values that are wrong for almost any field, and some that are wrong in ways a parser may miss. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    '',
    ' ',
    '1e5',
    '-0',
    '12,4',
    'NaN',
    '2026-02-30',
    '0000-01-01',
    'FY2027Q5',
    'FY0001',
    'CY0000',
    '0001-01-01T00:00:00+01:00',
    '9999-12-31T23:59:59-14:00',
    'a\u0000b',
    '\ud800',
    'x'.repeat(3000),
    'x'.repeat(6000),
    DIGITS_140K,
    -1,
    0,
    1.5,
    1e308,
    Number.MAX_SAFE_INTEGER,
    true,
    null,
    [],
    {},
  ),
);

/** An object whose every field is left out, valid, or junk: valid `validWeight` times as often as junk. */
export function mixed(
  fields: Record<string, fc.Arbitrary<unknown>>,
  validWeight = 2,
): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(fields).map(
    ([k, valid]) => [k, fc.oneof({ weight: validWeight, arbitrary: valid }, { weight: 1, arbitrary: junk })] as const,
  );
  return fc.record(Object.fromEntries(entries), { requiredKeys: [] });
}
