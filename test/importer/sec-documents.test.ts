// Reading EDGAR's documents: acceptance times are New York wall-clock times, whatever their 'Z' says.
import { describe, expect, it } from 'vitest';
import { easternToUtc } from '../../src/importer/sec-documents.js';
import { appleFilings } from './apple.js';

describe('EDGAR acceptance times', () => {
  it('reads summer times as EDT (UTC−4) and winter times as EST (UTC−5)', () => {
    expect(easternToUtc('2024-10-31T16:30:25.000Z')?.toISOString()).toBe('2024-10-31T20:30:25.000Z');
    expect(easternToUtc('2024-02-01T16:30:30.000Z')?.toISOString()).toBe('2024-02-01T21:30:30.000Z');
    expect(easternToUtc('not a time')).toBeNull();
  });

  it("puts Apple's FY2024 results release at 4:30 pm in New York, after the market closed", () => {
    const release = appleFilings.find((f) => f.accession === '0000320193-24-000120');
    expect(release).toMatchObject({ form: '8-K', items: ['2.02', '9.01'], reportDate: '2024-10-31' });
    expect(release?.acceptedAt?.toISOString()).toBe('2024-10-31T20:30:25.000Z');
  });
});
