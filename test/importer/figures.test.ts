// The figures the importer keeps from Apple's real filings (test/fixtures/sec). Every expected number below is in
// the fixture: Apple's FY2024 10-Qs (accessions 0000320193-24-000006, -000069, -000081) and 10-K
// (0000320193-24-000123), concept RevenueFromContractWithCustomerExcludingAssessedTax.
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/domain/decimal.js';
import { combineSeries, selectFigures, type Series } from '../../src/importer/figures.js';
import { BUILT_IN_MAPPING } from '../../src/importer/mapping.js';
import { createPublicationIndex } from '../../src/importer/publication.js';
import { appleFacts, selectApple, seriesOf } from './apple.js';

const { selection } = selectApple();
const values = (s: Series) => s.versions.map((v) => v.value);

describe("Apple's FY2024 quarters", () => {
  it('keeps the three reported quarterly revenues as filed', () => {
    expect(values(seriesOf(selection.series, 'revenue', '2023-10-01', '2023-12-30'))).toEqual(['119575000000']);
    expect(values(seriesOf(selection.series, 'revenue', '2023-12-31', '2024-03-30'))).toEqual(['90753000000']);
    expect(values(seriesOf(selection.series, 'revenue', '2024-03-31', '2024-06-29'))).toEqual(['85777000000']);
  });

  it('derives Q4 revenue as the year less the nine months to date: 391,035m − 296,105m = 94,930m', () => {
    const q4 = seriesOf(selection.series, 'revenue', '2024-06-30', '2024-09-28');
    expect(values(q4)).toEqual(['94930000000']);
    expect(q4.derivation).toBe('FY2024Q4 = the year − 9 months to date');
    expect(q4.versions[0]?.note).toContain('391035000000 − 296105000000');
    // The fixture itself reports no Q4 on its own: the figure exists only because it was derived.
    const reported = appleFacts.facts['us-gaap']?.RevenueFromContractWithCustomerExcludingAssessedTax?.units.USD ?? [];
    expect(reported.filter((f) => f.start === '2024-06-30')).toEqual([]);
  });

  it('publishes a derived quarter when its last input became public: the FY2024 release', () => {
    const q4 = seriesOf(selection.series, 'revenue', '2024-06-30', '2024-09-28');
    expect(q4.versions[0]?.publishedAt.toISOString()).toBe('2024-10-31T20:30:25.000Z');
  });

  it('keeps no six- or nine-month year-to-date figure as a period of its own', () => {
    const fy2024 = selection.series.filter((s) => s.metric === 'revenue' && s.start === '2023-10-01');
    expect(fy2024.map((s) => s.end).sort()).toEqual(['2023-12-30', '2024-09-28']);
    expect(
      selection.skipped.get(
        'a year-to-date figure (6 or 9 months): not a discrete period, used only to derive quarters',
      ),
    ).toBeGreaterThan(0);
  });

  it('computes gross margin per quarter from gross profit and revenue, Q4 from the derived figures', () => {
    const margins = [
      ['2023-10-01', '2023-12-30', '45.8749738658'], // 54,855 / 119,575
      ['2023-12-31', '2024-03-30', '46.578074554'], // 42,271 / 90,753
      ['2024-03-31', '2024-06-29', '46.2571551815'], // 39,678 / 85,777
      ['2024-06-30', '2024-09-28', '46.2224797219'], // (180,683 − 136,804) / 94,930
    ] as const;
    for (const [start, end, margin] of margins) {
      expect(values(seriesOf(selection.series, 'gross_margin', start, end))).toEqual([margin]);
    }
    expect(values(seriesOf(selection.series, 'gross_profit', '2024-06-30', '2024-09-28'))).toEqual(['43879000000']);
  });

  it('derives capital expenditure quarters from the cash-flow statement, which reports only years to date', () => {
    const capex = ['2023-12-31', '2024-03-31', '2024-06-30'].map((start) =>
      selection.series.find((s) => s.metric === 'capex' && s.start === start),
    );
    expect(capex.map((s) => s?.versions[0]?.value)).toEqual(['1996000000', '2151000000', '2908000000']);
    // and they add up to the year's 9,447m with Q1's 2,392m
    const sum = [...capex.map((s) => s?.versions[0]?.value ?? '0'), '2392000000'].reduce(
      (a, v) => a.plus(v),
      new Dec(0),
    );
    expect(sum.toFixed()).toBe('9447000000');
  });

  it('derives no Q4 diluted EPS: each quarter divides by its own share count, so per-share figures do not subtract', () => {
    expect(selection.series.find((s) => s.metric === 'eps_diluted' && s.start === '2024-06-30')).toBeUndefined();
    expect(values(seriesOf(selection.series, 'eps_diluted', '2023-10-01', '2024-09-28'))).toEqual(['6.08']);
    expect(
      selection.skipped.get('eps_diluted: quarters left underived, as per-share and average figures do not subtract'),
    ).toBe(5);
  });
});

describe('publication dates', () => {
  it("dates a quarter's figures at its earnings release: FY2024Q1 at 4:30 pm New York time on 2024-02-01", () => {
    const q1 = seriesOf(selection.series, 'revenue', '2023-10-01', '2023-12-30');
    expect(q1.versions[0]?.publishedAt.toISOString()).toBe('2024-02-01T21:30:30.000Z');
    expect(q1.versions[0]?.source.document).toBe(
      'Earnings release (8-K item 2.02) 0000320193-24-000005, before the 10-Q 0000320193-24-000006',
    );
  });

  it('takes the results release, not an earlier 2.02 letter: FY2019Q1 at 2019-01-29, not the 2019-01-02 warning', () => {
    const q1 = seriesOf(selection.series, 'revenue', '2018-09-30', '2018-12-29');
    expect(q1.versions[0]?.publishedAt.toISOString()).toBe('2019-01-29T21:30:18.000Z');
  });

  it('dates a cover-page share count at the filing, whose acceptance time is read as New York time', () => {
    const shares = seriesOf(selection.series, 'shares_outstanding', null, '2024-10-18');
    expect(shares.versions.map((v) => [v.value, v.publishedAt.toISOString()])).toEqual([
      ['15115823000', '2024-11-01T10:01:36.000Z'],
    ]);
  });

  it('dates figures by their filing date when no submissions document is given', () => {
    const { selection: bare } = selectApple(undefined, false);
    const q1 = seriesOf(bare.series, 'revenue', '2023-10-01', '2023-12-30');
    expect(q1.versions[0]?.publishedAt.toISOString()).toBe('2024-02-02T00:00:00.000Z');
  });
});

describe('the same fact twice is one fact; a changed one is a restatement', () => {
  it('stores FY2023Q1 revenue once, though the FY2024Q1 10-Q repeats it', () => {
    const reported = appleFacts.facts['us-gaap']?.RevenueFromContractWithCustomerExcludingAssessedTax?.units.USD ?? [];
    expect(reported.filter((f) => f.start === '2022-09-25' && f.end === '2022-12-31').length).toBe(2);
    expect(values(seriesOf(selection.series, 'revenue', '2022-09-25', '2022-12-31'))).toEqual(['117154000000']);
    expect(selection.repeats).toBeGreaterThan(0);
  });

  it('keeps FY2017 revenue as one figure though its concept changed from SalesRevenueNet to the ASC 606 one', () => {
    expect(values(seriesOf(selection.series, 'revenue', '2016-09-25', '2017-09-30'))).toEqual(['229234000000']);
  });

  it('records the 4-for-1 split-adjusted FY2020Q1 diluted EPS as a restatement, published by the FY2020 10-K', () => {
    const eps = seriesOf(selection.series, 'eps_diluted', '2019-09-29', '2019-12-28');
    expect(eps.versions.map((v) => [v.value, v.publishedAt.toISOString(), v.restatement])).toEqual([
      ['4.99', '2020-01-28T21:30:40.000Z', false],
      ['1.25', '2020-10-29T22:06:25.000Z', true],
    ]);
  });

  it("restates a margin when its inputs are restated: Apple's 2009 revenue recognition change", () => {
    const margin = seriesOf(selection.series, 'gross_margin', '2009-03-29', '2009-06-27');
    expect(margin.versions.map((v) => [v.value, v.restatement])).toEqual([
      ['36.2600455799', false], // 3,023 / 8,337
      ['40.9184302445', true], // 3,983 / 9,734
    ]);
  });
});

describe('a series computed from others', () => {
  const at = (iso: string) => new Date(iso);
  const source = { document: 'd', url: null };
  const series = (versions: [string, string][]): Series => ({
    metric: 'm',
    start: '2024-01-01',
    end: '2024-03-31',
    quarters: 1,
    derivation: null,
    versions: versions.map(([value, when], i) => ({
      value,
      publishedAt: at(when),
      restatement: i > 0,
      source,
      note: null,
    })),
  });
  const ratio = (a: Series, b: Series) =>
    combineSeries(
      [a, b],
      ([n, d]) => (n && d && !d.isZero() ? n.div(d).times(100) : null),
      (v) => v.toFixed(),
      () => ({ document: 'ratio', note: '' }),
    );

  it('starts when every input is known and changes when either is restated', () => {
    const margin = ratio(
      series([
        ['40', '2024-04-20'],
        ['45', '2024-08-01'],
      ]),
      series([
        ['100', '2024-04-10'],
        ['90', '2024-11-01'],
      ]),
    );
    expect(margin.map((v) => [v.value, v.publishedAt.toISOString().slice(0, 10), v.restatement])).toEqual([
      ['40', '2024-04-20', false],
      ['45', '2024-08-01', true],
      ['50', '2024-11-01', true],
    ]);
  });

  it('adds no version when a restatement leaves the result unchanged', () => {
    const margin = ratio(
      series([
        ['40', '2024-04-20'],
        ['80', '2024-08-01'],
      ]),
      series([
        ['100', '2024-04-10'],
        ['200', '2024-08-01'],
      ]),
    );
    expect(margin.map((v) => v.value)).toEqual(['40']);
  });
});

describe('deriving a fourth quarter without a nine-month figure', () => {
  const fact = (start: string, end: string, val: number, accn: string, form: string) => ({
    start,
    end,
    val,
    accn,
    form,
    filed: end,
  });
  // A filer that reports each quarter on its own and the year, but no year to date.
  const facts = {
    cik: 1,
    entityName: 'Quarterly Co',
    facts: {
      'us-gaap': {
        Revenues: {
          units: {
            USD: [
              fact('2024-01-01', '2024-03-31', 10, 'q1', '10-Q'),
              fact('2024-04-01', '2024-06-30', 20, 'q2', '10-Q'),
              fact('2024-07-01', '2024-09-30', 30, 'q3', '10-Q'),
              fact('2024-01-01', '2024-12-31', 100, 'k', '10-K'),
            ],
          },
        },
      },
    },
  };

  it('takes the year less its first three quarters', () => {
    const { series } = selectFigures(facts, createPublicationIndex([]), BUILT_IN_MAPPING, null);
    const q4 = seriesOf(series, 'revenue', '2024-10-01', '2024-12-31');
    expect(values(q4)).toEqual(['40']);
    expect(q4.derivation).toBe('2024-10-01..2024-12-31 = the year − the quarters before it');
  });
});
