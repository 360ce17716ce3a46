// Apple's real SEC documents (test/fixtures/sec, copied unmodified from the SEC's companyfacts and submissions
// APIs as of 2024-11-01), read once and run through the importer's pure steps.
import { readFileSync } from 'node:fs';
import { recogniseCalendar } from '../../src/importer/calendar.js';
import { type Series, selectFigures } from '../../src/importer/figures.js';
import { BUILT_IN_MAPPING, type Mapping } from '../../src/importer/mapping.js';
import { createPublicationIndex } from '../../src/importer/publication.js';
import { CompanyFacts, filingsOf, Submissions } from '../../src/importer/sec-documents.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/sec/${name}`, import.meta.url), 'utf8'));

export const APPLE_FACTS_PATH = new URL('../fixtures/sec/apple-companyfacts.json', import.meta.url).pathname;
export const APPLE_SUBMISSIONS_PATH = new URL('../fixtures/sec/apple-submissions.json', import.meta.url).pathname;

export const appleFacts = CompanyFacts.parse(fixture('apple-companyfacts.json'));
export const appleSubmissions = Submissions.parse(fixture('apple-submissions.json'));
export const appleFilings = filingsOf(appleSubmissions);

export function selectApple(mapping: Mapping = BUILT_IN_MAPPING, withSubmissions = true) {
  const publications = createPublicationIndex(withSubmissions ? appleFilings : []);
  const first = selectFigures(appleFacts, publications, mapping, null);
  const spans = (n: number) =>
    first.series
      .filter((s) => s.quarters === n && s.derivation === null)
      .map((s) => ({ start: s.start ?? s.end, end: s.end }));
  const recognised = recogniseCalendar(spans(4), spans(1));
  if (!recognised.ok) throw new Error(recognised.reason);
  return {
    calendar: recognised.calendar,
    selection: selectFigures(appleFacts, publications, mapping, recognised.calendar),
  };
}

/** The series of one metric and period. */
export function seriesOf(series: Series[], metric: string, start: string | null, end: string): Series {
  const found = series.find((s) => s.metric === metric && s.start === start && s.end === end);
  if (!found) throw new Error(`no ${metric} for ${start ?? ''}..${end}`);
  return found;
}
