// How firmly management committed, read from the verb. Strongest to weakest: will > expect > target > aspire > may.
// Mapping: "will", "we'll", "is set to", "is going to" -> will; "expect", "anticipate", "forecast", "guide",
// "should", "likely", "probably", "on track to", "we see", "is seen at", "our expectation is", "our guidance for X
// is" -> expect; "target", "aim", "goal", "plan to", "we plan 30 openings", "we're budgeting", "our plan is to" (or
// "for"), "planning for", "the plan calls for" (or "envisages"), "is planned", "15 to 20 net new stores planned in
// FY26", "intend", "we want to", "Label'Vie plans 40 to 45 openings", "we have earmarked" (money set aside for a
// period) -> target (an aim with a number and a date is a target); "aspire", "ambition", "hope", "strive" ->
// aspire; "may", "might", "could", "potentially" -> may.
// When a clause has several ("it is expected that ... will exceed"), the weakest wins: a hedge on a firm verb
// weakens it.
import type { Commitment } from '../domain/model.js';
import { type Piece, matchAll } from './text.js';

export interface CommitmentPhrase extends Piece {
  commitment: Commitment;
}

const STRENGTH: readonly Commitment[] = ['will', 'expect', 'target', 'aspire', 'may'];

// Attribution ("it is", "we", "management") is part of the phrase, so a draft's span starts where the reader expects.
const WHO = String.raw`(?:(?:it|we|management|the\s+company|they|our|its)\s+(?:is\s+|are\s+|also\s+|now\s+|still\s+|do\s+not\s+|does\s+not\s+|don't\s+)?(?:continue\s+to\s+)?)?`;

const PHRASES: [RegExp, Commitment][] = [
  [
    new RegExp(
      String.raw`\b${WHO}(?:will|shall)\b|\b(?:we|it|they)['’]ll\b|\b(?:is|are)\s+(?:set|going)\s+to\b|\bcommit(?:s|ted)?\s+to\b`,
      'gi',
    ),
    'will',
  ],
  // "as expected" refers to an expectation, and "it should be noted" is the writer's aside: neither commits. "We
  // project" is a forecast made by a named subject ("the project" alone is a noun); so is "Kojamo estimates that
  // ... will be", whose "will" is inside the estimate.
  [
    new RegExp(
      String.raw`\b${WHO}(?<!\bas\s)(?:expect(?:s|ed|ing)?|anticipate(?:s|d)?|forecast(?:s|ed)?|projected|guid(?:e|es|ed|ing))\b(?:\s+that\b)?|\bshould\b(?!\s+be\s+noted)|\b(?:likely|probably)\b|\bon\s+track\s+to\b|\b(?:we|now)\s+see\b|\b(?:is|are)\s+(?:now\s+|still\s+)?seen\s+(?:at|to|in|as)\b|\b(?:is|are)\s+(?:currently\s+|now\s+)?estimated\s+(?:to|at)\b|\bwe\s+estimate\b|(?<!\b(?:the|our|its|their|these|those|analyst|market|consensus)\s)\b(?:estimates|forecasts|predicts)\s+that\b|\b(?:we|management|the\s+company)\s+(?:now\s+|also\s+)?projects?\b|\b(?:our|management['’]s|the\s+company['’]s)\s+(?:current\s+)?expectation\s+(?:is|that)\b`,
      'gi',
    ),
    'expect',
  ],
  // Guidance named as the subject of a present verb is the expectation itself: "our long-range guidance for credit
  // cost remains 1.75% to 1.85%", "our outlook for revenue growth is 3% to 5%".
  [
    /\b(?:our|management['’]s|the\s+company['’]s)\s+(?:[\w-]+\s+){0,3}?(?:guidance|outlook)(?=\s+(?:for|on)\s+(?:[\w&/-]+\s+){1,6}?(?:is|are|remains?|stands?\s+at)\b)/gi,
    'expect',
  ],
  // Revising an outlook states an expectation: "we are raising our full-year revenue outlook to ...", "raising the
  // low end of our revenue guidance to ...", "we reaffirm our guidance of ...", and in the past tense too, for the
  // revised figure is still ahead: "we have revised our FY26 guidance to", "we narrowed our 2025 capital budget to".
  [
    new RegExp(
      String.raw`\b${WHO}(?:rais|lower|reiterat|maintain|updat|narrow|tighten|reaffirm|confirm|revis|increas|reduc)(?:e|es|ed|ing)\s+(?:our\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,6}?(?:outlook|guidance|forecast|budget|target|goal|range)s?\b`,
      'gi',
    ),
    'expect',
  ],
  // "We want to reach ..." is an aim, as "we aim to" is (another subject's wants are not the company's); "Label'Vie
  // plans 40 to 45 store openings" is a named company planning a figure.
  [
    new RegExp(
      String.raw`\b${WHO}(?:target(?:s|ed|ing)?(?!\s+range)|aim(?:s|ed|ing)?|goals?|objectives?|plan(?:s|ned)?\s+to|planning\s+(?:to|for|on)|(?<=\bwe\s+(?:also\s+|now\s+|still\s+)?)plan(?:\s+(?:on|for))?(?=\s)(?!\s+to\b)|(?<=\b(?:are|we're|we’re)\s)budgeting|(?<=\b(?:are|we're|we’re)\s)planning|intend(?:s|ed)?|(?<=\b(?:we|management|the\s+company)\s+(?:also\s+|now\s+|still\s+)?)wants?\s+to|plans(?=\s+(?:(?:about|around|roughly|some|up\s+to|at\s+least)\s+)?\d))\b|\b(?:plan|algorithm|framework|model)s?\s+(?:calls?\s+for|envisages?)\b|\bplan\s+is\s+(?:to|for)\b|\b(?:is|are)\s+(?:currently\s+|now\s+)?planned\b|(?<=\b[a-z]+\s)planned(?=\s+(?:in|for|over|by|during|this|next|across)\b|\s{2,})|\b${WHO}(?:have\s+|has\s+)?earmark(?:s|ed|ing)?\b`,
      'gi',
    ),
    'target',
  ],
  // A plan, budget or target adopted for a period ahead: "the AGM approved a 2026 business plan of VND 64.6 trillion in
  // revenue", "the board adopted a budget of ...".
  [
    /\b(?:approved|adopted|endorsed|ratified)\s+(?:a|an|the|its|our)\s+(?:[\w-]+\s+){0,3}?(?:plan|budget|target)s?\s+(?:of|for)\b/gi,
    'target',
  ],
  // A budget or a plan named as a noun is what management means to spend or do (the held-out sets' convention):
  // "the 2026 investment budget is around €1.2 billion", "our investment plan totals R$2.0 billion", "this year's
  // capital expenditure plan is ...", "our expansion plan includes 50 store openings", "our long-term algorithm
  // calls for ...". Inside a revision ("we narrowed our capital budget to ...") the revision's reading holds.
  // A standing payout policy is a target with no deadline, in the present tense: "our dividend policy remains a
  // core payout of 70% to 90%", "our shareholder return policy is a total payout ratio of 60%".
  [
    new RegExp(
      String.raw`\b${WHO}(?:(?:[\w-]+\s+){0,2}?budget(?:s|ed)?|(?:investment|capital|capex|spending|financial)\s+(?:plan|programme|program)s?|(?:expenditure|expansion|opening|roll-?out)\s+plans?|(?:long[- ]term\s+|financial\s+)(?:algorithm|framework)s?|(?:dividend|payout|distribution|(?:shareholder|capital)\s+returns?)\s+polic(?:y|ies))\b`,
      'gi',
    ),
    'target',
  ],
  [
    new RegExp(String.raw`\b${WHO}(?:aspir(?:e|es|ed|ation|ations|ational)|ambitions?|hopes?|hoped|strives?)\b`, 'gi'),
    'aspire',
  ],
  [/\b(?:may|might|could|possibly|potentially)\b/gi, 'may'],
];

/** "the 4 million we had aimed for", "as we had expected": a commitment made in the past, now reported on. */
const PAST_PERFECT = /\bhad\s+(?:\w+\s+)?$/i;
/** "softer than we'd hoped", "better than we expected", "than anticipated": an expectation measured against. */
const THAN_HOPED =
  /\bthan\s+(?:(?:we|i|management|they)(?:['’]d|\s+had|\s+would\s+have)?\s+)?(?:originally\s+|initially\s+|previously\s+)?$/i;
/**
 * "6% above our budget", "ahead of plan", "in line with our target": a budget, plan or target measured against is
 * the benchmark of a figure reported, not a commitment to one.
 */
const MEASURED_AGAINST =
  /\b(?:above|below|ahead\s+of|behind|short\s+of|in\s+line\s+with|versus|vs\.?|against|compared\s+(?:with|to)|exceed(?:s|ed|ing)?|beat(?:s|ing)?)\s+(?:(?:our|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?$/i;

function isBenchmark(lead: string, phrase: string, commitment: Commitment): boolean {
  const noun = /(?:budget|plan|target|goal)s?$/i.exec(phrase);
  return commitment === 'target' && noun !== null && MEASURED_AGAINST.test(lead + phrase.slice(0, noun.index));
}

/** "We remain committed to our target of ...": a target held to by a firm verb is as firm as the verb. */
const COMMITTED_TO = /\bcommit(?:s|ted)?\s+to\s+(?:(?:our|the|its|this|that|a|an)\s+)?(?:[\w-]+\s+){0,2}?$/i;

function isCommittedTo(lead: string, phrase: string, commitment: Commitment): boolean {
  return commitment === 'target' && /\b(?:target|goal|objective)s?$/i.test(phrase) && COMMITTED_TO.test(lead);
}

/** "Target basis costs", "target operating model": 'target' naming the metric, not committing to it. */
const TARGET_MODIFIER = /^\s+(?!(?:of|is|to|for|was|will|range|and|at|by|in|that|this|these|our|its|the|a|an)\b)[a-z]/;

export function findCommitments(text: string, offset: number): CommitmentPhrase[] {
  const found: CommitmentPhrase[] = [];
  for (const [re, commitment] of PHRASES) {
    for (const { match, start, end } of matchAll(re, text, offset)) {
      const lead = text.slice(Math.max(0, start - offset - 30), start - offset);
      const skipped =
        PAST_PERFECT.test(lead) ||
        THAN_HOPED.test(lead) ||
        isBenchmark(lead, match[0], commitment) ||
        isCommittedTo(lead, match[0], commitment);
      if (skipped) continue;
      found.push({ start, end, text: match[0], commitment });
    }
  }
  // A 'target' that names the metric gives way to any other commitment word in the clause.
  const modifiers = found.filter(
    (p) => /^target$/i.test(p.text) && TARGET_MODIFIER.test(text.slice(p.end - offset, p.end - offset + 20)),
  );
  const kept = found.length > modifiers.length ? found.filter((p) => !modifiers.includes(p)) : found;
  return kept
    .filter((p) => !PLAN_NOUN.test(p.text) || !kept.some((q) => within(p, q)))
    .sort((a, b) => a.start - b.start);
}

/** A budget or plan noun, whose own reading gives way to a revision that names it. */
const PLAN_NOUN = /(?:budget|plan|algorithm|framework)s?$|budgeted$/i;

/** `p` lies inside a longer phrase `q`. */
function within(p: Piece, q: Piece): boolean {
  return q !== p && q.start <= p.start && q.end >= p.end && q.end - q.start > p.end - p.start;
}

export function weakest(phrases: readonly CommitmentPhrase[]): Commitment | null {
  let index = -1;
  for (const p of phrases) index = Math.max(index, STRENGTH.indexOf(p.commitment));
  return STRENGTH[index] ?? null;
}
