// When a filed figure became public. A 10-Q or 10-K is usually preceded by the earnings release (an 8-K under
// item 2.02, "Results of Operations and Financial Condition"): the period's own figures were public from the
// release's acceptance. Figures repeated or restated later are public from the filing that carries them.
import type { Filing } from './sec-documents.js';

export interface Publication {
  at: Date;
  /** The earnings release, the filing itself (acceptance time), or only its filing date (start of day, UTC). */
  via: 'release' | 'filing' | 'filing-date';
  filing: { accession: string; form: string };
  release: { accession: string; acceptedAt: Date } | null;
}

const PERIODIC = /^10-[KQ]/;

export interface PublicationIndex {
  /** When the figure first carried by `accession` became public; `end` is the figure's period end. */
  firstPublished(fact: { accn: string; form: string; filed: string; start?: string; end: string }): Publication;
  /** When the filing itself became public: for a figure it repeats or restates. */
  filingPublished(fact: { accn: string; form: string; filed: string }): Publication;
}

export function createPublicationIndex(filings: Filing[]): PublicationIndex {
  const byAccession = new Map(filings.map((f) => [f.accession, f]));
  const releases = filings
    .filter((f) => f.form === '8-K' && f.items.includes('2.02') && f.acceptedAt !== null)
    .sort((a, b) => (a.acceptedAt?.getTime() ?? 0) - (b.acceptedAt?.getTime() ?? 0));

  /** The last results release after the period ended and before the filing: Apple's 2024-10-31 8-K for its FY2024 10-K. */
  function releaseFor(filing: Filing): Filing | null {
    if (!PERIODIC.test(filing.form) || filing.reportDate === null || filing.acceptedAt === null) return null;
    const after = Date.parse(`${filing.reportDate}T00:00:00Z`) + 86_400_000;
    const before = filing.acceptedAt.getTime();
    let found: Filing | null = null;
    for (const r of releases) {
      const at = r.acceptedAt?.getTime() ?? 0;
      if (at >= after && at <= before) found = r;
    }
    return found;
  }

  function filingPublished(fact: { accn: string; form: string; filed: string }): Publication {
    const filing = byAccession.get(fact.accn);
    const where = { accession: fact.accn, form: fact.form };
    if (filing?.acceptedAt) return { at: filing.acceptedAt, via: 'filing', filing: where, release: null };
    return { at: new Date(`${fact.filed}T00:00:00Z`), via: 'filing-date', filing: where, release: null };
  }

  return {
    filingPublished,
    firstPublished(fact) {
      const filing = byAccession.get(fact.accn);
      // The release carries the income statement and cash flows of the period the filing reports on; comparatives
      // were public before, and balance-sheet and cover-page counts wait for the filing.
      const release = filing && fact.start !== undefined && filing.reportDate === fact.end ? releaseFor(filing) : null;
      if (release?.acceptedAt) {
        return {
          at: release.acceptedAt,
          via: 'release',
          filing: { accession: fact.accn, form: fact.form },
          release: { accession: release.accession, acceptedAt: release.acceptedAt },
        };
      }
      return filingPublished(fact);
    },
  };
}
