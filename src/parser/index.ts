// From quote to target: parseGuidance turns what management said into draft guidance statements, one per
// atomic promise, each with the exact words it came from. It reads phrases, not meaning: anything it cannot
// read it says so (an empty draft list and the reason, or a phrase listed as unread), and every guess it makes
// is written down and lowers the draft's confidence. Local and pure: no I/O, no model, nothing written.
//
// Reading order, per sentence: horizons ("over the next two quarters") and asides ("(approximately $5.4
// billion)") are found and blanked first, so their numbers are never mistaken for targets; then targets; then
// the sentence is split between targets; each clause gets its metric, commitment, window and mode. A clause
// without its own subject, verb or horizon takes them from the clause before ("..., and surpass RMB 30 billion
// by the end of the year").
import { daysBetween, isIsoDate } from '../domain/dates.js';
import { calendarProblem } from '../domain/fiscal.js';
import type { Commitment, Mode, Target, Window } from '../domain/model.js';
import { negateDecimal } from '../domain/decimal.js';
import type { Carried, Clause } from './clause.js';
import { type CommitmentPhrase, findCommitments, weakest } from './commitment.js';
import { type Horizon, type HorizonContext, findHorizons, yearAfter } from './horizons.js';
import type { UnitKind } from './lexicon.js';
import { readMeasure, readMetric, withoutNamedPlans } from './metrics.js';
import { chooseMode } from './mode.js';
import { splitClauses, splitParts, splitSentences } from './split.js';
import { readSubject } from './subject.js';
import { findAnchors, settlePoint } from './targets.js';
import {
  EARLIER,
  type Assumption,
  type Piece,
  type Span,
  blank,
  cover,
  insideEach,
  matchAll,
  parentheticals,
} from './text.js';
import type { DraftStatement, MetricHint, ParseInput, ParseResult, Unreadable } from './types.js';
import { withUnit } from './units.js';
import { changeOf } from './change.js';

export type * from './types.js';

interface Reading {
  quote: string;
  ctx: HorizonContext;
  reportingCurrency: string | undefined;
  drafts: DraftStatement[];
  unreadable: Unreadable[];
  /** The last metric named anywhere in the quote: "it" in the next sentence refers to it. */
  lastMetric: { metric: MetricHint; unit: UnitKind } | null;
}

const CONDITIONAL =
  /^\s*(?:(?:but|and|so|however),?\s+)?(?:if|assuming|provided|unless|whether|subject\s+to|conditional\s+(?:on|upon)|contingent\s+(?:on|upon)|in\s+(?:the\s+)?(?:event|case)\s+(?:of|that)|were\s+(?:[\w'-]+\s+){1,5}?to)\b|^\s*should\s+(?:[\w'-]+\s+){1,6}?[\w'-]+\s*,/i;
/** "How should we think about margins of 20% in 2027?": a question asks, it does not commit. */
const QUESTION = /\?["'”’)]*\s*$/;
/**
 * A scenario or a condition anywhere in the sentence: "in a bull case", "under this scenario", "if demand holds", "in
 * the event of a recession".
 */
const HYPOTHETICAL =
  /\bin\s+the\s+event\s+(?:of|that)\b|\b(?:bull|bear|upside|downside)[- ]case\b|(?<!\bbase\s)\bscenarios?\b|\bhypothetical(?:ly)?\b|(?<!\beven\s)\b(?:if|unless)\s+(?!any\b|not\b|needed\b|necessary\b|appropriate\b|at\s+all\b)[a-z]/i;
/**
 * A risk's possible toll: something other than management "could weigh on orders by up to 10%", "could reduce volumes
 * by as much as 10%", "may hurt margins". A cause acting on the metric as its object, with a modal of possibility, is
 * what might happen to the outlook, not a target ("we could reduce costs by $50 million" is management's own act).
 */
const RISKS_TOLL =
  /^(?![\s"“'‘]*(?:we|our|management|the\s+(?:company|group|board))\b)[^,;]*?\b(?:could|might|may)\s+(?:(?:also|further|potentially|adversely|significantly)\s+)?(?:weigh\s+on|hurt|hit|dent|dampen|drag\s+(?:on|down)|erode|depress|squeeze|shave|reduce|cut|lower)\b/i;
/** Legal boilerplate around an outlook: "forward-looking statements", "actual results may differ". */
const BOILERPLATE =
  /\bforward[- ]looking\s+statements?\b|\b(?:is|are)\s+forward[- ]looking\b|\bsubject\s+to\s+(?:[\w-]+\s+){0,3}?(?:risks|uncertainties)\b|\bactual\s+results\s+(?:may|could|might)\s+differ\b|\bsafe\s+harbou?r\b/i;
/**
 * Figures attributed to others: "analysts at X estimate", "according to analysts", "the Street is modelling",
 * "industry sources put spending at $110 billion", "revenue is forecast by the government at MOP 240 billion", "the
 * population is projected by the statistics centre to pass 4 million", "spending is forecast by third parties at $110
 * billion" (by name or by the passive's agent).
 */
const ATTRIBUTED =
  /\b(?:[Ii]ndustry|[Mm]arket|[Tt]rade)\s+sources\b|\b(?:forecast|projected|estimated|expected|predicted|put|pegged|budgeted)\s+by\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:government|regulators?|ministry|statistic(?:s|al)|agenc(?:y|ies)|bureau|authorit(?:y|ies)|analysts?|consensus|economists?|brokers?|central\s+bank|(?:industry|trade)\s+(?:bod(?:y|ies)|groups?|associations?)|third[- ]part(?:y|ies)|consultan(?:ts?|cy|cies)|research\s+(?:firms?|houses?)|forecasters?|observers)\b|\b[Aa]nalysts?\s+(?:at|from|with)\s+(?:[\w&.'-]+\s+){1,5}?(?:expect|estimate|forecast|see|project|model|predict)s?\b|\b[Aa]ccording\s+to\s+(?:the\s+)?(?:analysts?|consensus|street|brokers?|sell[- ]side)\b|\b(?:the\s+)?[Ss]treet\s+(?:is\s+)?(?:model|expect|estimat|forecast)\w*|\b[Cc]onsensus\s+(?:is\s+|now\s+)?(?:estimates?|expects|calls|sees|forecasts|models|numbers)\b/;
/**
 * A sentence whose subject is someone other than management: "Analysts on average are forecasting ...", "Several
 * brokerages have cut their estimates to ...", "The Street is sitting at ...", "Economists see ...", "Market
 * consensus points to ...", "Rating agencies expect ...", "The industry association forecasts ...", "Turkey's
 * tourism ministry forecasts ..." (a possessive before the body).
 */
const THIRD_PARTY_SUBJECT =
  /^[\s"“'‘]*(?:(?:the|most|many|some|several|other|two|three|a\s+few|a\s+number\s+of|industry|market|sell[- ]side|independent)\s+){0,2}(?:analysts?|brokers?|brokerages?|economists?|forecasters?|strategists?|street|consensus|sell[- ]side)\b(?!\s+(?:day|meeting|call|event)s?\b)|^[\s"“'‘]*(?:the\s+)?(?:[\w-]+\s+){0,2}(?:associations?|federations?)\b|^[\s"“'‘]*(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:government|regulators?|ministry|imf|oecd|world\s+bank|fed|federal\s+reserve|reserve\s+bank|central\s+bank|ecb|opec|iea|eia|rating\s+agenc(?:y|ies)|research\s+(?:firms?|houses?)|consultanc(?:y|ies)|third[- ]party|external|independent)\b(?:\s+[\w-]+){0,4}?\s+(?:forecasts?|projects?|projections?|expects?|estimates?|predicts?|targets?|sees?|suggests?|data|plans?|intends?|proposes?|aims?|budget(?:s|ed)?)\b|^[\s"“'‘]*(?:the\s+)?market\s+(?:expects|is\s+pricing|sees|forecasts)\b|^[\s"“'‘]*(?:the\s+)?industry\s+(?:forecasts?|projections?|estimates?|data|bodies|body|groups?)\b/i;
/**
 * A figure put in a named source's mouth: "According to IDC, ...", "Per Gartner's forecast, ..." (not "according to
 * our plan" nor to the company's own officers).
 */
const NAMED_SOURCE =
  /^[\s"“'‘]*(?:[Aa]ccording\s+to|[Pp]er|[Cc]iting)\s+(?!(?:CEO|CFO|COO|Chief|Management|The\s+company)\b)[A-Z][\w&.'’-]*/;
/**
 * Rating agencies, research and data firms and industry bodies, named as the sentence's subject: "Moody's expects
 * ...", "S&P Global forecasts ...", "Gartner sees ...". Their figures are never the company's guidance.
 */
const KNOWN_SOURCE =
  /^[\s"“'‘]*(?:the\s+)?(?:Moody['’]s|S&P(?:\s+Global)?|Fitch|Gartner|IDC|Bloomberg(?:NEF)?|FactSet|Refinitiv|LSEG|Visible\s+Alpha|Nielsen|Circana|IQVIA|McKinsey|Wood\s+Mackenzie|Counterpoint|Canalys|Omdia|TrendForce|Statista|Euromonitor|Kantar|GlobalData|IATA|WSTS|Cox\s+Automotive|ACT\s+Research|Clarksons|Drewry)\b/;
/**
 * An agency or body named by its initials: "The USDA projects ...", "The IEA now sees ..." (never the company's own),
 * or, without "the", one forecasting a whole market: "RVIA forecasts North American towable shipments of ...".
 */
const AGENCY_SUBJECT =
  /^[\s"“'‘]*[Tt]he\s+[A-Z]{2,6}(?:['’]s)?\s+(?:(?:now|also|still)\s+)?(?:projects|forecasts|expects|estimates|predicts|sees|anticipates)\b|^[\s"“'‘]*[A-Z]{2,6}(?:['’]s)?\s+(?:(?:now|also|still)\s+)?(?:projects|forecasts|expects|estimates|predicts|sees|anticipates)\s+(?:that\s+)?(?:the\s+)?(?:North\s+American|U\.?S\.?|American|European|global|worldwide|world|national|domestic|industry|industry-wide|total\s+industry|overall\s+market)\b/;
/**
 * Someone else named by an apposition that says what they are: "Acme Insights, the market research firm, forecasts
 * ...", "Grid Data, an industry consultancy, expects ...". The name alone says nothing; the apposition does.
 */
const APPOSED_THIRD_PARTY =
  /^[\s"“'‘]*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3},\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:research\s+(?:firms?|houses?|group)|consultanc(?:y|ies)|agency|agencies|regulators?|think[- ]tank|(?:industry|trade)\s+(?:body|group)|data\s+providers?|rating\s+agency)\s*,/;
/**
 * A regulator's ruling sets what the company may earn or spend; it is not the company's own aim: "the regulator's
 * new framework caps tariff increases at 1% a year", "the final determination allows totex of £5 billion".
 */
const REGULATORS_ALLOWANCE =
  /\b(?:regulator['’]s|regulatory\s+(?:settlement|determination|decision|ruling)|final\s+determination|price\s+control|rate\s+case\s+(?:decision|order|ruling))\b[^.;]*?\b(?:allows?|caps?|permits?|limits?|authori[sz]es?|grants?)\b/i;
/**
 * The economy's measures, not the company's: "we expect food inflation to ease to 2% to 3%", "wage inflation", "GDP
 * growth of 1%", a central bank's "reference rate" (but the company's own "commodity cost inflation", "input cost
 * inflation", "cost of sales inflation" are its costs, and a games publisher's "recurrent consumer spending" its own
 * in-game sales), "European construction output is forecast to decline", "global steel demand", "oil prices to
 * average $70".
 */
const MACRO_SUBJECT =
  /(?<!\b(?:cost|costs|input|commodity|freight|materials?|packaging|ingredient|sales|goods|sold)\s)\binflation\b(?!-)|\bgdp\b|\b(?:interest|policy|base|mortgage|reference)\s+rates?\b|\bunemployment\b|\bcentral\s+bank\b|\beconomic\s+growth\b|\bthe\s+economy\b|\b(?:construction|industrial|manufacturing|economic)\s+(?:output|production|activity)\b|\bhousing\s+starts\b|(?<!\brecurrent\s)\bconsumer\s+(?:spending|confidence|prices)\b|\b(?:steel|cement|copper|oil|gas|electricity|power)\s+demand\b|\b(?:oil|gas|commodity|copper|steel|iron\s+ore|gold|crude)\s+prices?\b|\b(?:brent|wti|henry\s+hub)\b|\b(?:planning|reference)\s+prices?\b|\bprice\s+deck\b|^\s*the\s+(?:yen|euro|dollar|pound|sterling|rupee|won|yuan|renminbi|real|rand|krona|krone|franc|peso)\s+(?:is|will|should|to)\b/i;
/**
 * A market's own figure, however much the company's business: "We see the global smartphone market growing about 2%",
 * "Our forecast for the European truck market is 280,000 trucks", "industry volumes down 5%". Not its share of the
 * market, nor its place in it.
 */
const MARKET_SUBJECT =
  /\bthe\s+(?:[\w-]+\s+){0,4}?markets?\b(?!\s+(?:share|position|leader(?:ship)?|cap(?:itali[sz]ation)?|expectations?)\b)|\b(?:industry|market)\s+(?:volumes?|demand|sales|production|shipments|output|size)\b|\b(?:global|world(?:wide)?)\s+(?:[\w-]+\s+){0,2}?(?:demand|supply|consumption)\b/i;
/**
 * A sensitivity: "a 1% change in the euro/dollar rate moves revenue by around €25 million", "every $1 move in the oil
 * price changes EBITDA by $40 million", "each US$0.50 per mcf change in gas prices would alter cash flow by about $250
 * million" (a priced unit between the figure and its move: "per barrel", "per ton"), "a 10% weaker Canadian dollar
 * would reduce costs by C$80 million" (a move of a country's currency). What a move would do, not a target.
 */
const SENSITIVITY_FIGURE = String.raw`(?:(?:[A-Z]{1,3})?[$€£¥]|(?:USD|EUR|GBP|CAD|AUD|JPY|CHF)\s?)?\d[\d.,]*\s*(?:%|percent|per\s+cent|cents?|basis[- ]points?|bps?|points?)?(?:\s*(?:per|\/)\s*[a-z]+)?|one[- ](?:percent|cent|point)`;
const SENSITIVITY_MOVE = String.raw`(?:change|move(?:ment)?|increase|decrease|rise|fall|decline|swing|shift)\s+in\b[^.;]*?\b(?:moves?|changes?|impacts?|affects?|alters?|swings?|shifts?|equates?\s+to|translates?\s+(?:in)?to|would\s+(?:move|change|add|reduce|cut|lift|raise|lower|alter|affect|impact|increase|decrease))`;
const CURRENCY_MOVE = String.raw`(?:stronger|weaker|strengthening|weakening|appreciation|depreciation)\s+(?:(?:of|in)\s+)?(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:dollar|euro|yen|pound|sterling|peso|real|rand|rupee|won|yuan|renminbi|franc|krona|krone)\b[^.;]*?\b(?:would|could)\s+(?:move|change|add|reduce|cut|lift|raise|lower|alter|affect|impact|increase|decrease)`;
const SENSITIVITY = new RegExp(
  String.raw`\b(?:an?|each|every)\s+(?:${SENSITIVITY_FIGURE})[- ](?:point\s+)?(?:${SENSITIVITY_MOVE}|${CURRENCY_MOVE})\b`,
  'i',
);
/** "Growth of 2.5% leaves us comfortable with the guidance": a result weighed against guidance given elsewhere. */
const RESULT_AGAINST_GUIDANCE =
  /\b(?:leaves?|leaving|gives?|giving|makes?|making)\s+us\s+(?:\w+\s+)?(?:comfortable|confident)\s+(?:with|in|about)\b/i;
/** Management's own verb in the sentence: "Consensus aside, we expect EPS of $4" is still management's. */
const MANAGEMENT_COMMITS =
  /\b(?:we|management)\s+(?:now\s+|still\s+|also\s+|continue\s+to\s+)?(?:expect|anticipate|forecast|guide|target|plan|aim|see|project|intend)/i;
/** The writer's arithmetic on what was said: "Reaching USD 100 billion in five years will require ...". */
const INFERENCE = /\b(?:implies|imply|will\s+require|would\s+require|requires)\b/i;
const WRITERS_VIEW =
  /\b[Tt]he\s+author\b|\b[Mm]y\s+(?:[\w-]+\s+){0,2}?(?:view|assessment|valuation|estimate|analysis|expectation|model)s?\b|\bI\s+(?:think|believe|expect|estimate|would)\b/;
const COMMENTARY =
  /^[\s,\-–—]*(?:implying|which\s+(?:would\s+)?(?:implies|imply|means|mean)|meaning|suggesting|i\.e\.|representing|equivalent\s+to|translating\s+(?:in)?to)\b/i;
// "We are comfortable with consensus revenue of $12 billion": the consensus figure is the analysts', whatever the
// words between.
const OTHERS_VIEW =
  /\b(?:share|stock)\s+price\s+targets?\b|\b(?:market|analysts?'?|consensus|street)\s+(?:targets?|expectations?|estimates?|forecasts?)\b|\bconsensus\s+(?:[\w-]+\s+){0,3}?(?:of|at|is|for|sits|stands)\b|\bmarket[- ]expected\b|\banalysts?\s+(?:expect|estimate|forecast)/i;
const EARLIER_TARGET = new RegExp(
  String.raw`\b${EARLIER}\s+(?:[\w-]+\s+){0,3}?(?:target|goal|guidance|plan|forecast)s?\b`,
  'i',
);
/**
 * "... at ¥76 billion, up from the ¥72 billion in our original plan": the earlier target is what the new figure moved
 * from, which still stands; so is one it did not move from ("forecast at ¥7.2 trillion, unchanged from our previous
 * forecast", "consistent with our previous guidance").
 */
const FROM_EARLIER_TARGET = new RegExp(
  String.raw`\b(?:up|down|raised|lowered|trimmed|cut|increased|reduced|higher|lower|above|below|unchanged|consistent)\s+(?:from|than|on|with)\s+(?:[^,;.]|\.(?=\d))*?\b${EARLIER}\s+(?:[\w-]+\s+){0,3}?(?:target|goal|guidance|plan|forecast)s?\b`,
  'gi',
);
/** "Two years ago we said we would reach ...": a promise made before, reported on now. */
// "We previously said revenue would reach $5 billion": the promise may name its subject rather than a pronoun; "we said
// last year that we expected ...": when it was said may stand between, and the promise be an expectation then held.
const REPORTED_PROMISE =
  /\b(?:we|management|the\s+company|they)\s+(?:had\s+)?(?:previously\s+|originally\s+|earlier\s+)?(?:said|promised|pledged|told\s+\w+|set\s+out|announced|guided)\s+(?:(?:last|a)\s+(?:year|quarter)\s+|(?:[\w-]+\s+)?(?:years?|quarters?|months?)\s+ago\s+|in\s+\d{4}\s+)?(?:that\s+)?(?:[\w'’-]+\s+){0,4}?(?:would|could|expected|anticipated|forecast)\b/i;
/** "The forecasts are based on an exchange rate assumption of ¥145": an input to the outlook, not a target. */
// Any figure from the assumption on is an input: "our jet fuel assumption for the quarter is $2.45", "the forecast
// uses exchange rates of ¥140 to the dollar" (an exchange rate is never a target of the company's own), "our outlook
// is based on a jet fuel price of $2.35" (a price or rate the outlook rests on).
const ASSUMPTION =
  /\bbased\s+on\b[^.;]*\bassum|\bbased\s+on\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:prices?|rates?)\s+(?:of|at)\b|\bassum(?:e|es|ed|ing|ptions?)\b|\b(?:uses?|using)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:exchange|fx|currency)\s+rates?\b|(?<!\b(?:constant|current)\s)\b(?:exchange|fx|currency)\s+rates?\s+(?:of|at)\s+(?:about\s+|around\s+|approximately\s+)?[$€£¥₹\d]|\b\d[\d.,]*\s+(?:yen\s+|rupees?\s+|won\s+)?(?:to|per|against)\s+(?:the|one|a|each)\s+(?:us\s+|u\.s\.\s+)?(?:dollar|euro|pound)\b/i;
// "We previously expected capex of about $15 billion": an expectation said to be an earlier one is a report too.
const GUIDED_BEFORE =
  /\b(?:we|management|the\s+company)\s+(?:originally\s+|initially\s+|previously\s+)?guided\s+(?:to|for)\b|\b(?:we|management|the\s+company)\s+(?:had\s+)?(?:originally|initially|previously|earlier)\s+(?:expected|forecast(?:ed)?|projected|targeted|anticipated|planned)\b/i;
const PAST_COMMITMENT =
  /(?:guided|expected|forecasted|projected|targeted|aimed|planned|intended|earmarked)(?:\s+that)?$/i;
/** "to be delivered by 2028": a passive future, not a past tense. */
const PASSIVE_FUTURE = /\b(?:to|will|would|should|must|shall)\s+be\s+[a-z]+(?:ed|en|wn)\b/gi;
/**
 * "revenue guidance is narrowed to ...", "the outlook has been raised to ...": guidance revised stands, not a past
 * result.
 */
const REVISED_OUTLOOK =
  /\b(?:guidance|outlook|forecasts?|targets?)\s+(?:(?:is|are|has\s+been|have\s+been)\s+)?(?:now\s+)?(?:narrowed|raised|lowered|tightened|revised|updated|lifted|trimmed|cut|increased|reduced|upgraded|downgraded)\s+(?=to\b|at\b)/gi;

/** The text with the forms that look past but speak of what lies ahead blanked, for reading its tense. */
function tenseOf(text: string): string {
  return text
    .replace(PASSIVE_FUTURE, (m) => ' '.repeat(m.length))
    .replace(REVISED_OUTLOOK, (m) => ' '.repeat(m.length));
}
/**
 * "We expect capex of R$5.0 billion for 2026, of which about 60% is maintenance": an "of which" clause splits a
 * figure just given into its parts, restating part of the same promise, not a target of its own.
 */
const PART_OF_FIGURE = /^\s*(?:and\s+)?of\s+which\b/i;
/** "We no longer expect to reach ...": an expectation withdrawn. */
const WITHDRAWN = /\bno\s+longer\s+(?:expects?|anticipates?|plans?|intends?|targets?|aims?|sees?|foresees?)\b/i;
/**
 * "Hurricane Melissa losses are estimated at $100 million to $150 million", "the cost of the cyberattack is estimated
 * at £300 million": the estimated toll of an event that has happened, not a target.
 */
const EVENT_TOLL =
  /\b(?:hurricanes?|storms?|typhoons?|cyclones?|wildfires?|bushfires?|earthquakes?|floods?|flooding|cyber[- ]?attacks?|cyber\s+incidents?|outages?)\b(?:[^.;]|\.(?=\d))*?\b(?:losses|loss|costs?|damages?|claims|impact)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:now\s+)?(?:estimated|assessed|put)\s+at\b|\b(?:losses|costs?|damages?|claims|impact)\s+(?:of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:hurricanes?|storms?|typhoons?|cyclones?|wildfires?|bushfires?|earthquakes?|floods?|flooding|cyber[- ]?attacks?|cyber\s+incidents?|outages?)\b(?:[^.;]|\.(?=\d))*?\b(?:estimated|assessed|put)\s+at\b/i;
/** "The interim dividend of 35 cents will be paid on 4 April": a dividend already declared, paid on a date. */
// (A decimal point is no sentence's end: "a final dividend of 12.5 cents per share will be paid on 30 May".)
const DECLARED_DIVIDEND =
  /\bdividends?\b(?:[^.;]|\.(?=\d))*?\b(?:will\s+be\s+paid|(?:is\s+)?payable|to\s+be\s+paid\s+on|paid\s+on|record\s+date|ex-dividend)\b/i;
/**
 * "The board will propose a final dividend of €3.45": the shareholders decide it, so it is a proposal, not a target.
 */
const PROPOSED_DIVIDEND =
  /\b(?:propos(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?dividends?\b/i;
const ANAPHORA = /\b(?:this|that|these|those|such)\s+(?:target|goal|guidance|plan|objective|forecast)s?\b/i;
// A clause without a commitment verb reports a figure when it is in the past tense, or in the present with no
// horizon ahead ("accounts for 30%"; but "over the long term, we see margins reaching 20%" looks forward).
// "reduced", "affected" and "impacted" as verbs report what happened ("lower wind speeds reduced output by 1.2 TWh",
// "groundings still affected around 40 aircraft"), not after an article or "be" ("a reduced rate", "to be reduced").
const PAST =
  /\b(?:has|have|had)\s+(?:already\s+|now\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn)\b|\b(?:was|were)\b|\b(?:reached|exceeded|surpassed|grew|rose|surged|declined|fell|dropped|narrowed|widened|turned|totaled|totalled|stood|accounted|delivered|posted|(?<!\b(?:a|an|the|our|its|their|and|or|of|on|for|with|plus)\s|^\s*)reported|called\s+for|increased|decreased|jumped|climbed|doubled|tripled|came\s+(?:in|to)|amounted|passed|topped|crossed|finished|closed|improved|expanded|contracted|advanced|slipped|dipped|eased|beat|beating|used|provided|generated|achieved|returned|ended|served|completed|added|opened|sold|shipped|hired|recorded|gained|earned|paid|declared|approved|authori[sz]ed|repurchased|saw|had|made|beat|missed|met|marked|represented|peaked|bottomed|equall?ed|averaged|recogni[sz]ed|incurred|booked|realised|realized|registered|logged|outperformed|hit|dispatched|carried|welcomed|handled|transported|flew|benefit(?:t)?ed|won|secured|signed|launched|produced|converted|slowed|accelerated|moderated|softened|weakened|rebounded|cost\s+us|(?<!\b(?:a|an|the|our|its|their|at|of|on|for|with|and|or|be|been|being)\s)(?:reduced|affected|impacted))\b|\b(?:already|to\s+date|so\s+far|year-to-date)\b/i;
/**
 * A record set is a result: "hit a record 62% in the quarter", "the highest monthly figure in our history", "an
 * all-time high". Without a commitment verb the clause reports.
 */
const RECORD_RESULT =
  /\b(?:an?|another|new)\s+(?:new\s+)?record\b|\b(?:highest|lowest|best|strongest|largest)\b[^.;]*?\bin\s+(?:our|the\s+company['’]s|its)\s+(?:\d+-year\s+)?history\b|\ball[- ]time\s+(?:high|record)\b/i;
const PRESENT = /\b(?:currently|today|accounts?\s+for|represents?|representing|reaching|stands\s+at|is\s+at)\b/i;
/**
 * Trading so far, whatever period it sits in: "sales in the first weeks of the second half are down 1.2% on the
 * prior year", "like-for-likes are running 3% ahead year to date", "sales for the nine months are 6% ahead of last
 * year", "revenue for the quarter is up 11% year over year", and a figure restated ("represents growth of 6%",
 * "compares with 19% a year ago"). Without a commitment verb it reports.
 */
const TRADING_TO_DATE =
  /\b(?:represents?|compares?\s+(?:with|to))\b|\b(?:is|are)\s+(?:currently\s+)?(?:up\s+|down\s+)?(?:by\s+)?(?:about\s+|around\s+|roughly\s+|approximately\s+)?[\d.]+\s*%\s+(?:ahead\s+of|behind|above|below)\s+(?:the\s+)?(?:last|prior|previous|same)\s+(?:year|period)\b|\b(?:is|are)\s+(?:currently\s+)?(?:up|down)\s+(?:by\s+)?[\d.]+\s*%\s+(?:year[- ](?:over|on)[- ]year|yoy|y\/y)\b|\b(?:first|opening|past|last|initial)\s+(?:few\s+|couple\s+of\s+|\d+\s+|[a-z]+\s+)?weeks\b|\b(?:is|are)\s+(?:currently\s+)?running\b|\b(?:is|are)\s+(?:currently\s+)?(?:up|down|ahead|behind)\s+[^,;]*?\b(?:on|versus|vs\.?|against|over|compared\s+(?:with|to))\s+(?:the\s+)?(?:prior|previous|last|same)\s+(?:year|period)\b/i;
/** "double the number of customers paying us over $1 million": after a "double", only "to X" names its level. */
const LEVEL_OF_DOUBLE = /\bto\s+(?:(?:about|around|approximately|roughly|nearly|over|more\s+than|at\s+least)\s+)?$/i;
const QUALIFIERS =
  /\bin\s+constant\s+currency\b|\bon\s+an?\s+(?:[\w-]+\s+){0,3}?(?:basis|level)\b|\bexcluding\s+[^,.;]+|\blike-for-like\b|\bpro\s+forma\b/gi;
/** Each phrase the draft cannot express costs this much confidence. */
const UNREAD_PENALTY = 0.05;
/** A figure not part of any word ('A320', 'Q3', 'GLP-1' are names, not figures). */
const STRAY_FIGURE =
  /(?<!\bfrom\s+(?:(?:the|a|its|RMB|USD|EUR|CNY|US|HK)\s*)?[$€£¥₹]?\s?)(?<![A-Za-z\d.,$€£¥₹])(?<![A-Za-z]-)\d/i;
// ("we now target" is the verb, a commitment of its own.)
const TARGET_NOUN_ONLY =
  /^(?!(?:we|management|they|i)\b)(?:(?:our|its|their|the)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:target|goal|objective|ambition|aspiration|budget|plan|algorithm|framework))s?$/i;
/**
 * "Gearing is 31.8%, within our target range of 25% to 35%": a range named as the company's standing target, in a
 * clause of no verb of its own, is that target, with no deadline (a figure measured against the range is not).
 */
const TARGET_RANGE_OF = /\b(?:our|its|the)\s+(?:[\w-]+\s+)?target\s+range\s+(?:of|is|at)\s*$/i;
function standingRange(c: Clause): boolean {
  return c.anchor.target?.op === 'range' && TARGET_RANGE_OF.test(c.masked.slice(0, c.anchor.start - c.clause.start));
}
/**
 * "revenue to grow 3% to 6% and EBITDA 4% to 8%": a clause with no verb of its own after one that moved a metric
 * moves its own by the same verb, left out.
 */
function movesBefore(c: Clause, commitments: readonly CommitmentPhrase[]): boolean {
  if (commitments.length > 0) return false;
  return MOVE_WORD.test(c.sentence.text.slice(0, c.clause.start - c.sentence.start));
}
/** Words that make a percentage of an amount its change: "up", "higher", "an increase in". */
const MOVE_WORD =
  /(?<!\bmakes?\s|\bmaking\s)\b(?:grow|grows|growing|growth|increase|increases|rise|rises|up|higher|lower|down|decline|declines|decrease|decreases|fall|falls|expand|expands|cut|cuts|reduce|reduces|raise|raises|lift|lifts)\b/i;
const OF_BASE = /^\s*of\s+(?:(?:its|our|the|total|net|group)\s+)?(?:revenues?|sales|turnover|income)\b/i;
/** "reduce net working capital to sales to below 40%": a metric named as a ratio to sales is a level of its own. */
const RATIO_TO_BASE =
  /\b(?:capital|capex|inventor(?:y|ies)|debt|costs?|expenses?|spend(?:ing)?)\s+to\s+(?:net\s+)?(?:sales|revenues?|turnover)\b/i;
const CHANGE_BY = /\b(?:grow|increase|raise|lift|cut|reduce|expand)\w*\b[^,;]*\bby\s*$/i;
/** A change over a stretch of years is measured against today's level, which no comparison period holds. */
const MULTI_YEAR_DAYS = 460;
const YEAR_ON_YEAR = /\byear[- ](?:over|on)[- ]year\b|\byoy\b|\by\/y\b/i;
const DOUBLE = /(?:^|\s)(?:double|doubles|doubling)$/i;
/** "lose about $5 billion", "to be a loss of €50 million to €150 million": an amount lost. */
const LOSE =
  /(?:\blos(?:e|es|ing)|\ba\s+(?:[\w-]+\s+)?loss\s+of)\s+(?:(?:about|around|approximately|roughly|between|up\s+to|at\s+least|more\s+than|less\s+than)\s+)?$/i;
/** "adjusted EBITDA losses", "operating loss": a loss of a profit measure (a bare "losses" is a metric of its own). */
const PROFIT_LOSSES =
  /\b(?:ebitd?a|ebit|operating|pre-?tax|net|segment)\s+los(?:s|ses)\b|\blos(?:s|ses)\s+before\s+(?:tax|interest)\b/i;
const SHRINK = /\b(?:narrow|shrink|reduce|cut|halve|lower)\w*\b/i;
/** "the loss is expected to narrow to about £350 million": shrinking to a figure states the loss's level. */
const SHRINK_TO =
  /\b(?:narrow|shrink|reduce|cut|lower)\w*\s+to\s+(?:(?:about|around|approximately|roughly|between|under|below|less\s+than)\s+)?$/i;
const MIRRORED: Record<'gt' | 'gte' | 'lt' | 'lte', 'gt' | 'gte' | 'lt' | 'lte'> = {
  gt: 'lt',
  gte: 'lte',
  lt: 'gt',
  lte: 'gte',
};

/**
 * The profit measures a loss is named as a loss of, in the order they are tried on the metric's phrase: the key, and
 * the word that takes the place of "loss" in the phrase (none where the measure is named already: "EBITDA losses").
 */
const PROFIT_OF_LOSS: [RegExp, string, string][] = [
  [/\badjusted\s+ebitda\b/i, 'adjusted_ebitda', ''],
  [/\bebitda\b/i, 'ebitda', ''],
  [/\bebita\b/i, 'ebita', ''],
  [/\bebit\b/i, 'ebit', ''],
  [/\bpre-?tax\b|\bbefore\s+tax/i, 'profit_before_tax', 'profit'],
  [/\boperating\b/i, 'operating_profit', 'profit'],
  [/\bnet\b/i, 'net_income', 'income'],
];

/**
 * The metric of a loss stated as an amount ("a net loss of $50 to $60 million"), whose target is read as a negative
 * value of profit: the profit measure it is a loss of ("net loss" is net income, higher better), not a metric of
 * losses, whose figures would be positive. Its phrase names that measure ("net income"), so that the company's
 * metric is found by it, or one proposed under its name. A loss the phrase names no profit measure for keeps its
 * reading.
 */
function profitOfLoss(hint: MetricHint): MetricHint {
  const parts = (hint.key ?? '').split('.');
  if (parts.at(-1) !== 'loss') return hint;
  const found = PROFIT_OF_LOSS.find(([re]) => re.test(hint.phrase));
  if (found === undefined) return hint;
  const [, profit, word] = found;
  // A segment the parser read from the measure's own words ('operating.loss', 'adjusted_operating.loss') is not
  // kept beside it.
  const own = new Set([...profit.split('_'), 'adjusted', 'underlying', 'core', 'reported']);
  const segment = parts.slice(0, -1).filter((p) => !p.split('_').every((w) => own.has(w)));
  const phrase = hint.phrase
    .replace(/\s*\blos(?:s|ses)\b/i, word ? ` ${word}` : '')
    .replace(/\s+/g, ' ')
    .trim();
  return { ...hint, phrase, key: [...segment, profit].join('.'), goodDirection: 'higher' };
}

/** The target of a loss read as one of profit: -X, ends and operators mirrored. */
function negated(t: Target): Target {
  if (t.op === 'range')
    return {
      ...t,
      low: negateDecimal(t.high),
      high: negateDecimal(t.low),
      lowInclusive: t.highInclusive,
      highInclusive: t.lowInclusive,
    };
  if (t.op === 'about') return { ...t, value: negateDecimal(t.value) };
  return { ...t, op: MIRRORED[t.op], value: negateDecimal(t.value) };
}
/** A move named by its worth, not its direction: which way it goes depends on the metric. */
const IMPROVE = /\b(?:improv(?:e|es|ed|ing|ement|ements)|better)\b/i;
/** "1 to 2 points better than a year ago": the worth of the move written right after its figure. */
const BETTER_AFTER = /^\s*better\b/i;
const WORSE_AFTER = /^\s*worse\b/i;
const GROWTH_WORD =
  /\b(?:grow|grows|growing|growth|increase|increases|rise|rises|higher|up|expand|expands|expansion)\b/i;

/** A target already below zero: its sign was written and is not to be turned again. */
function signedBelowZero(t: Target): boolean {
  return (t.op === 'range' ? t.high : t.value).startsWith('-');
}
const ACCELERATION = /\b(?:growth|pace|rate\s+of)\b/i;
const HOLD = /\b(?:remain|remains|stay|stays|maintain|maintains|keep|keeps|sustain|sustains)\b/i;

function checkInput(input: ParseInput): string | null {
  if (typeof input.quote !== 'string' || input.quote.trim() === '') return 'the quote is empty';
  if (!isIsoDate(input.statedOn)) return `statedOn '${input.statedOn}' is not a date (YYYY-MM-DD)`;
  const notCalendar = calendarProblem(input.calendar);
  if (notCalendar) return notCalendar;
  if (input.reportingCurrency !== undefined && !/^[A-Z]{3}$/.test(input.reportingCurrency)) {
    return `reportingCurrency '${input.reportingCurrency}' is not an ISO 4217 code`;
  }
  return null;
}

export function parseGuidance(input: ParseInput): ParseResult {
  const invalid = checkInput(input);
  if (invalid) return { drafts: [], unreadable: [], reason: invalid };
  const reading: Reading = {
    quote: input.quote,
    ctx: { statedOn: input.statedOn, calendar: input.calendar },
    reportingCurrency: input.reportingCurrency,
    drafts: [],
    unreadable: [],
    lastMetric: null,
  };
  for (const sentence of splitSentences(input.quote)) readSentence(reading, sentence);
  const { drafts, unreadable } = reading;
  if (drafts.length > 0) return { drafts, unreadable };
  const reasons = [...new Set(unreadable.map((u) => u.reason))];
  return { drafts, unreadable, reason: reasons.join('; ') || 'nothing to read' };
}

function readSentence(reading: Reading, sentence: Piece): void {
  if (CONDITIONAL.test(sentence.text) || QUESTION.test(sentence.text)) {
    reading.unreadable.push({
      text: sentence.text,
      reason: 'a conditional sentence or a question: a scenario, not a commitment',
    });
    return;
  }
  if (WRITERS_VIEW.test(sentence.text)) {
    reading.unreadable.push({ text: sentence.text, reason: "the writer's own view, not management's" });
    return;
  }
  if (HYPOTHETICAL.test(sentence.text)) {
    reading.unreadable.push({ text: sentence.text, reason: 'a scenario or a condition, not a commitment' });
    return;
  }
  if (SENSITIVITY.test(sentence.text)) {
    reading.unreadable.push({ text: sentence.text, reason: 'a sensitivity to a move, not a target' });
    return;
  }
  if (RESULT_AGAINST_GUIDANCE.test(sentence.text)) {
    reading.unreadable.push({ text: sentence.text, reason: 'a result weighed against guidance given elsewhere' });
    return;
  }
  if (RISKS_TOLL.test(sentence.text)) {
    reading.unreadable.push({ text: sentence.text, reason: "a risk's possible toll on the outlook, not a target" });
    return;
  }
  if (EVENT_TOLL.test(sentence.text)) {
    reading.unreadable.push({ text: sentence.text, reason: "an estimate of an event's toll, not a target" });
    return;
  }
  if (DECLARED_DIVIDEND.test(sentence.text)) {
    reading.unreadable.push({ text: sentence.text, reason: 'a dividend already declared, not a target' });
    return;
  }
  if (BOILERPLATE.test(sentence.text)) {
    reading.unreadable.push({ text: sentence.text, reason: 'legal boilerplate, not a statement' });
    return;
  }
  if (
    ATTRIBUTED.test(sentence.text) ||
    ((THIRD_PARTY_SUBJECT.test(sentence.text) ||
      AGENCY_SUBJECT.test(sentence.text) ||
      NAMED_SOURCE.test(sentence.text) ||
      KNOWN_SOURCE.test(sentence.text) ||
      APPOSED_THIRD_PARTY.test(sentence.text) ||
      REGULATORS_ALLOWANCE.test(sentence.text)) &&
      !MANAGEMENT_COMMITS.test(sentence.text))
  ) {
    reading.unreadable.push({ text: sentence.text, reason: 'attributed to analysts or the market, not to management' });
    return;
  }
  // Only when the inference is the sentence's main verb: "We expect X, which implies Y" keeps its first clause.
  const inference = INFERENCE.exec(sentence.text);
  if (inference && findCommitments(sentence.text.slice(0, inference.index), 0).length === 0) {
    reading.unreadable.push({
      text: sentence.text,
      reason: "the writer's inference from what was said, not a statement",
    });
    return;
  }
  const carried: Carried = {
    metric: null,
    unit: null,
    commitment: null,
    horizon: null,
    op: null,
    reported: false,
    yearOnYear: YEAR_ON_YEAR.test(sentence.text),
    reportedFrom: reportedFrom(sentence),
    sentenceReports:
      (PAST.test(tenseOf(sentence.text)) || TRADING_TO_DATE.test(sentence.text)) &&
      findCommitments(sentence.text, sentence.start).length === 0,
  };
  for (const part of splitParts(sentence, reading.quote)) readPart(reading, sentence, part, carried);
}

function readPart(reading: Reading, sentence: Piece, part: Piece, carried: Carried): void {
  const asides = parentheticals(part.text, part.start);
  const withoutAsides = blank(part.text, asides, part.start);
  const horizons = findHorizons(withoutAsides, part.start, reading.ctx);
  const masked = blank(withoutAsides, horizons, part.start);
  const anchors = findAnchors(masked, part.start, reading.reportingCurrency);
  if (anchors.length === 0) {
    reading.unreadable.push({ text: part.text, reason: reasonWithoutTarget(part.text, masked) });
    return;
  }
  const clauses = splitClauses(part, masked, anchors, reading.quote);
  // Each clause's own anchors, horizons and asides, gathered in one pass: a part may hold hundreds of clauses.
  const anchorsIn = insideEach(anchors, clauses);
  const horizonsIn = insideEach(horizons, clauses);
  const asidesIn = insideEach(asides, clauses);
  const later = laterHorizons(horizonsIn, clauses.length);
  clauses.forEach((clause, i) => {
    const anchor = anchorsIn[i]?.[0];
    if (!anchor) return;
    const local = (s: Span): string => masked.slice(s.start - part.start, s.end - part.start);
    const following = clauses[i + 1];
    const followingAnchor = anchorsIn[i + 1]?.[0];
    readClause(reading, {
      // Read only for a clause with no verb of its own or carried: most clauses have one.
      sharedVerb: () =>
        following && followingAnchor
          ? sharedVerb(
              local(clause),
              reading.quote.slice(clause.end, following.start),
              local(following),
              followingAnchor.end - following.start,
            )
          : null,
      sentence,
      clause,
      masked: local(clause),
      anchor,
      horizons: horizonsIn[i] ?? [],
      nextHorizon: later[i] ?? null,
      asides: asidesIn[i] ?? [],
      carried,
    });
  });
}

/**
 * "R&D spending of ¥300 billion and capital expenditures of ¥240 billion are planned this year": a clause with no
 * verb, joined by a bare "and" to one whose verb comes just after its own figure, shares that verb. `figureEnd` is
 * where the next clause's figure ends, in `next`.
 */
function sharedVerb(own: string, joint: string, next: string, figureEnd: number): Commitment | null {
  if (!/^\s*and\s*$/i.test(joint) || findCommitments(own, 0).length > 0) return null;
  const verbs = findCommitments(next, 0);
  const first = verbs[0];
  if (!first || first.start < figureEnd || !SHARED_VERB_GAP.test(next.slice(figureEnd, first.start))) return null;
  return weakest(verbs);
}
/** Between the second figure and the verb both share: a few words, no comma ("... of ¥240 billion are planned"). */
const SHARED_VERB_GAP = /^[^,;]{0,20}$/;

/**
 * For each clause, the horizon of the nearest clause after it that names one, read through clauses naming none:
 * "25 to 40 openings, including 10 to 15 cafes, and 70 to 90 closures this year" dates all three figures, as the
 * year closing a list is the whole list's. One pass from the end, so linear in the clauses.
 */
function laterHorizons(horizonsIn: readonly (readonly Horizon[] | undefined)[], count: number): (Horizon | null)[] {
  const later: (Horizon | null)[] = new Array<Horizon | null>(count).fill(null);
  for (let i = count - 2; i >= 0; i--) {
    const next = horizonsIn[i + 1];
    later[i] = next && next.length > 0 ? (ownHorizon(next) ?? null) : (later[i + 1] ?? null);
  }
  return later;
}

/** The clause's own deadline or period: the first it names, a default such as "full-year" only if none. */
function ownHorizon(horizons: readonly Horizon[]): Horizon | undefined {
  const windowed = horizons.filter((h) => h.window && h.kind !== 'past' && !h.compared);
  // A dated horizon wins over an undated one: "mid-term targets, to be delivered by 2028" are due in 2028.
  const dated = (h: Horizon): boolean => h.window?.end != null;
  return windowed.find((h) => !h.fallback && dated(h)) ?? windowed.find((h) => !h.fallback) ?? windowed[0];
}

function reasonWithoutTarget(text: string, masked: string): string {
  const anaphora = ANAPHORA.exec(text);
  if (anaphora) return `refers to a target stated elsewhere ('${anaphora[0]}'): parse the sentence that states it`;
  if (EARLIER_TARGET.test(text)) return 'refers to an earlier target: parse the statement that set it';
  if (findCommitments(masked, 0).length > 0) return 'no measurable target: no figure, band or sign change to score';
  return 'no figure, band or forward-looking verb: not a guidance statement';
}

/**
 * "With 25 new carriers due between 2026 and 2029, our fleet will reach 55 vessels": a sentence that opens on "with"
 * and a comma states the circumstance its main clause rests on, not a target of its own.
 */
const LEADING_WITH = /^\s*with\b[^,;]*$/i;
const CIRCUMSTANCE = 'the circumstance the sentence rests on, not a target of its own';
function isLeadingCircumstance(c: Clause): boolean {
  const lead = c.sentence.text.slice(0, c.clause.end - c.sentence.start);
  const next = c.sentence.text.slice(c.clause.end - c.sentence.start);
  return LEADING_WITH.test(lead) && /^\s*,\s*\S/.test(next);
}

/**
 * The clause up to where a second, co-ordinated statement begins after its figure: "revenue growth in the high single
 * digits and profit before tax to be in line with current market expectations" leaves the market's figure to the
 * profit, not the revenue.
 */
function ownPart(text: string, figureEnd: number): string {
  const joint = /\s(?:and|but)\s/i.exec(text.slice(figureEnd));
  return joint ? text.slice(0, figureEnd + joint.index) : text;
}

/** Why a clause with a figure is still not management's promise, or null when it may be. */
function notAPromise(text: string, figureEnd: number): string | null {
  if (COMMENTARY.test(text)) return "the writer's inference from the figures before it, not a statement";
  if (OTHERS_VIEW.test(ownPart(text, figureEnd))) return 'attributed to the market or analysts, not to management';
  if (EARLIER_TARGET.test(text.replace(FROM_EARLIER_TARGET, ' ')))
    return 'refers to an earlier target: parse the statement that set it';
  if (WITHDRAWN.test(text)) return 'a withdrawn expectation, not a commitment';
  if (PART_OF_FIGURE.test(text)) return 'part of the figure before it, not a target of its own';
  if (PROPOSED_DIVIDEND.test(text)) return "a dividend proposed for the shareholders' vote, not a target";
  return null;
}

/**
 * Where in the sentence a promise reported on or an assumption begins, read once per sentence (quote offsets). A
 * promise reported on covers any clause it reaches; an assumption only figures after it ("we expect revenue of
 * $5 billion, assuming stable exchange rates" keeps its target).
 */
function reportedFrom(sentence: Piece): Carried['reportedFrom'] {
  const promise = REPORTED_PROMISE.exec(sentence.text);
  const assumption = ASSUMPTION.exec(sentence.text);
  const first = [
    promise && {
      at: sentence.start + promise.index,
      reason: 'reports on a promise made before, not a new one',
      figuresAfter: false,
    },
    assumption && {
      at: sentence.start + assumption.index,
      reason: 'an assumption the outlook is based on, not a target',
      figuresAfter: true,
    },
  ]
    .filter((x) => x !== null)
    .sort((a, b) => a.at - b.at)[0];
  return first ?? null;
}

function readClause(reading: Reading, c: Clause): void {
  const { clause, anchor, carried } = c;
  const skip = (reason: string): void => {
    reading.unreadable.push({ text: clause.text, reason });
  };
  // The clause's commitment words, read once for all the checks below.
  const commitments = findCommitments(c.masked, clause.start);
  const from = carried.reportedFrom;
  // "We said we would reach $5 billion, and we now expect $5.5 billion": a clause after the promise reported on, with
  // a commitment of its own in the present, is a new promise.
  const ownAfter = from !== null && from.at < clause.start && commitments.some((p) => !PAST_COMMITMENT.test(p.text));
  const reached = from && !ownAfter && (from.figuresAfter ? from.at <= anchor.start : from.at < clause.end);
  const notPromise =
    notAPromise(clause.text, anchor.end - clause.start) ??
    (reached ? from.reason : null) ??
    (isLeadingCircumstance(c) ? CIRCUMSTANCE : null);
  // Its period still dates a new promise after it: "..., and we now expect $5.5 billion".
  if (reached && !from.figuresAfter) carried.horizon = ownHorizon(c.horizons) ?? carried.horizon;
  if (notPromise) return skip(notPromise);

  const read = readSubject(c.masked, clause.start, anchor);
  // "Core operating profit and core EPS are both expected to increase by 7% to 9%": one target for each metric.
  // "deliver growth in both underlying NPATA and underlying EPS": a change named first, its metrics after it.
  const both = anchor.subjectAfter ? bothAfter(c.masked.slice(anchor.end - clause.start), anchor.end) : null;
  const shared = c.subjectPart
    ? []
    : both
      ? splitShared(both)
      : read.chunk && SHARED.test(c.masked)
        ? splitShared(read.chunk)
        : [];
  if (shared.length > 1) {
    for (const subjectPart of shared) readClause(reading, { ...c, subjectPart });
    return;
  }
  const subject = c.subjectPart ? { ...read, chunk: c.subjectPart } : read;
  // What the clause is about: its subject, or all it says between its last commitment word and its target.
  const lastVerb = commitments.filter((p) => p.end <= anchor.start).pop();
  const about = lastVerb ? c.masked.slice(lastVerb.end - clause.start, anchor.start - clause.start) : '';
  // The grammatical subject before the first verb: "Oil prices are expected to average $70" (not "Despite
  // inflation, we expect ...", whose comma ends it).
  const firstVerb = commitments[0];
  const opening = firstVerb ? c.masked.slice(0, firstVerb.start - clause.start) : '';
  const notOwn = (reason: string): void => {
    carried.notOwn = reason;
    skip(reason);
  };
  if (
    MACRO_SUBJECT.test(subject.chunk?.text ?? '') ||
    MACRO_SUBJECT.test(about) ||
    (!opening.includes(',') && MACRO_SUBJECT.test(opening))
  )
    return notOwn("a macroeconomic expectation, not the company's own");
  if (MARKET_SUBJECT.test(subject.chunk?.text ?? '') || MARKET_SUBJECT.test(about))
    return notOwn("a forecast of the market, not of the company's own business");
  if (carried.notOwn && !subject.chunk && !subject.after) return skip(carried.notOwn);
  const metric = readMetric(c, subject, reading.lastMetric);
  const remember = (hint: MetricHint = metric.hint): void => {
    if (metric.own) {
      carried.metric = hint;
      carried.unit = metric.unit;
      reading.lastMetric = { metric: hint, unit: metric.unit };
    }
  };
  if (anchor.unsupported) {
    remember();
    // Its verb and period still hold for the clause after: "raising our full-year guidance by £30 million to ...".
    carried.commitment = weakest(commitments) ?? carried.commitment;
    carried.horizon = ownHorizon(c.horizons) ?? carried.horizon;
    return skip(anchor.unsupported);
  }
  // "the pace of growth to be higher": a growth rate moving is an acceleration, which no change target holds.
  // ("organic growth to turn negative" says the growth's sign, which is the metric's change below zero.)
  if (
    anchor.form === 'sign' &&
    anchor.growth &&
    !anchor.quantity &&
    !/\bnegative\b/i.test(anchor.text) &&
    ACCELERATION.test(subject.chunk?.text ?? '')
  ) {
    remember();
    return skip("not representable yet: a growth rate's own change (an acceleration) has no target shape");
  }

  const clauseHorizon = ownHorizon(c.horizons) ?? null;
  const past = c.horizons.some((h) => h.kind === 'past' && !h.compared) && !clauseHorizon;
  // "Last year we exceeded our target of 8%", "ARR came in at $600 million, ahead of our target": a target named
  // as a noun in a sentence that reports, not a commitment.
  const nounOnly = commitments.length > 0 && commitments.every((p) => TARGET_NOUN_ONLY.test(p.text));
  const tensed = tenseOf(c.masked);
  // "Last quarter, we guided to revenue of $5 billion": a commitment verb in the past tense, about a past period.
  // "A year ago we guided to 3% growth and delivered 4%": guided, in the simple past, is a report however dated.
  const pastCommitment =
    (past || GUIDED_BEFORE.test(c.masked)) &&
    commitments.length > 0 &&
    commitments.every((p) => PAST_COMMITMENT.test(p.text));
  const ownCommitment =
    (nounOnly && (PAST.test(tensed) || carried.reported)) || pastCommitment
      ? null
      : (weakest(commitments) ?? (standingRange(c) ? 'target' : null));
  const reported =
    pastCommitment ||
    PAST.test(tensed) ||
    past ||
    (PRESENT.test(c.masked) && !clauseHorizon) ||
    TRADING_TO_DATE.test(c.masked) ||
    RECORD_RESULT.test(c.masked);
  if (!ownCommitment && (reported || (carried.reported && !carried.commitment))) {
    carried.reported = true;
    // A reported growth rate is still a rate: "Cloud revenue grew 34% last quarter. We expect it to ..."
    remember({ ...metric.hint, measure: readMeasure(c, subject, metric, null, []) });
    return skip('reports a figure already known, not guidance');
  }
  if (carried.doubled && !LEVEL_OF_DOUBLE.test(c.masked.slice(0, anchor.start - clause.start))) {
    return skip('a figure describing what doubles, not a level it names');
  }
  const assumptions: Assumption[] = [...metric.assumptions, ...anchor.assumptions];
  let commitment = ownCommitment ?? carried.commitment ?? c.sharedVerb?.() ?? null;
  if (!commitment) {
    // "Full-year revenue of $5.2 billion was up 8%": a verbless clause in a sentence that only reports.
    if (carried.sentenceReports) {
      carried.reported = true;
      remember();
      return skip('reports a figure already known, not guidance');
    }
    if (!clauseHorizon) {
      remember();
      return skip('no forward-looking verb or horizon: reads as a reported figure');
    }
    commitment = 'expect';
    assumptions.push({ note: "no commitment verb: read as 'expect'", penalty: 0.15 });
  }

  const { horizon, window, unread } = readWindow(c, clauseHorizon, reading.ctx, assumptions);
  const qualifiers = matchAll(QUALIFIERS, c.masked, clause.start);
  for (const q of qualifiers) if (q.match[0] !== metric.basis) unread.push(q.match[0].trim());

  const measure = readMeasure(c, subject, metric, horizon, assumptions);
  const hint: MetricHint = { ...metric.hint, measure };
  // A stated amount of savings is a floor, as a figure against a deadline is: "$1 billion of cost reductions".
  const asTarget = horizon?.kind === 'deadline' || /(?:^|\.)cost_savings$/.test(hint.key ?? '');
  const settled = settlePoint(anchor, hint.goodDirection, carried.op, asTarget);
  // "2.0x or better" of a metric where lower is better is a ceiling.
  const better = anchor.orBetter && hint.goodDirection === 'lower' && settled.target.op === 'gte';
  const target: Target = better && settled.target.op === 'gte' ? { ...settled.target, op: 'lte' } : settled.target;
  const carry = better ? 'lte' : settled.carry;
  // A percentage of an amount or a count can only be its change: "sales up to 3% higher", "deliveries +50%".
  // Of a metric of unknown unit, only a change said as one: "grow diluted EPS by 7%" (but "fall to 13%" is a level).
  const percentAnchor = anchor.quantity?.kind === 'percent' || anchor.form === 'band';
  // "down to 10% of revenue": a percentage of another amount is a ratio, a level of its own.
  const ofBase =
    OF_BASE.test(c.masked.slice(anchor.end - clause.start)) ||
    RATIO_TO_BASE.test(c.masked.slice(0, anchor.start - clause.start));
  const rateOfAmount =
    measure === 'level' &&
    percentAnchor &&
    !ofBase &&
    (metric.unit === 'money' || metric.unit === 'count'
      ? MOVE_WORD.test(withoutNamedPlans(c.masked)) || movesBefore(c, commitments)
      : metric.unit === null && CHANGE_BY.test(c.masked.slice(0, anchor.start - clause.start)));
  // Sales cannot fall below zero, so a sign said of them is their change's: "before turning positive in the second";
  // so is a sign said of growth ("organic growth to turn positive"), whatever the metric grows.
  const signOfSales =
    anchor.form === 'sign' &&
    !anchor.quantity &&
    anchor.target?.op !== 'range' &&
    anchor.target?.value === '0' &&
    (/(?:^|\.)revenue$/.test(hint.key ?? '') || /\bgrowth\b/i.test(subject.chunk?.text ?? ''));
  const change = changeOf(
    anchor,
    rateOfAmount || signOfSales ? 'yoy_growth' : measure,
    c.masked,
    metric.unit,
    comparedWith(c.horizons, window),
  );
  if (change) {
    const { yearOnYear } = carried;
    if (anchor.form === 'sign' && DOUBLE.test(anchor.text.trim()) && !yearOnYear) {
      remember();
      // Its verb and its deadline hold for the level it names next: "plan to double B2B revenue to about KRW 40
      // trillion", "By 2030, we aim to double revenue to $20 billion".
      carried.commitment = commitment;
      carried.horizon = horizon;
      carried.doubled = true;
      return skip(
        "not representable yet: 'double' over a stretch of time has no comparison period a change target can hold",
      );
    }
    const end = window.end;
    // "grow by around 10% a year through 2029": a yearly rate is measured year on year, not against today.
    // The rate may be named in the clause before: "net restaurant growth to accelerate to about 3% in 2026 and to
    // reach 5% or more by 2028".
    const sentenceBefore = c.sentence.text.slice(0, anchor.start - c.sentence.start);
    const rateNamed =
      anchor.form === 'band' ||
      (!anchor.growth && /\bgrowth\b/i.test(sentenceBefore)) ||
      /\bgrowth\b|\brates?\b|\b(?:a|per|each|every)\s+year\b|\bannually\b|\bper\s+annum\b|\bcagr\b|\bcompound(?:ed)?\s+annual\b/i.test(
        c.clause.text,
      );
    if (change.kind === 'relative' && horizon?.kind === 'deadline' && end && !yearOnYear && !rateNamed) {
      if (daysBetween(reading.ctx.statedOn, end) > MULTI_YEAR_DAYS) {
        remember();
        return skip(
          'not representable yet: a change over several years is measured against today, not a comparison period',
        );
      }
    }
  }
  const unit = measure === 'level' ? metric.unit : measure === 'cumulative' ? 'money' : 'percent';
  // "lose between $5.0 and $5.5 billion", "EBITDA losses of $1.7 to $1.9 billion": a loss of a profit measure
  // stated as an amount is a negative value of that measure (issue 18's labels), unless the clause is about
  // shrinking the loss by an amount ("narrow to £350 million" still states its level); a metric that is itself a
  // loss ("All Others losses") keeps its positive figures.
  const before = c.masked.slice(0, anchor.start - clause.start);
  const lossAmount =
    anchor.quantity?.kind === 'money' &&
    !change &&
    (LOSE.test(before) || PROFIT_LOSSES.test(subject.chunk?.text ?? '')) &&
    (!SHRINK.test(c.masked) || SHRINK_TO.test(before));
  // "improve the efficiency ratio by at least 100 basis points", "a combined ratio 1 to 2 points better than a year
  // ago": an improvement of a metric where lower is better is a fall in it.
  const after = c.masked.slice(anchor.end - clause.start);
  const improvesDown =
    change !== null &&
    hint.goodDirection === 'lower' &&
    (IMPROVE.test(`${before} ${anchor.form === 'sign' ? anchor.text : ''}`) || BETTER_AFTER.test(after)) &&
    !GROWTH_WORD.test(before);
  // "a margin 1 point worse than last year": a worsening of a metric where higher is better is a fall in it.
  const worsensDown = change !== null && hint.goodDirection === 'higher' && WORSE_AFTER.test(after);
  const draftTarget = {
    ...withUnit(
      (lossAmount || improvesDown || worsensDown) && !signedBelowZero(target) ? negated(target) : target,
      anchor,
      change && !anchor.absoluteChange ? 'percent' : unit,
      reading.reportingCurrency,
      assumptions,
      hint.phrase !== '' && reading.quote.toLowerCase().includes(hint.phrase.toLowerCase()),
    ),
    ...(change ? { change } : {}),
  };
  // "keep growing at triple-digit rates": a verb of holding anywhere before the target makes it a level to hold.
  const holds = HOLD.test(c.masked.slice(0, anchor.start - clause.start));
  const mode: Mode = chooseMode({
    horizon: horizon?.kind ?? null,
    each: (horizon?.each ?? false) || c.horizons.some((h) => h.each),
    fullYear: (horizon?.fullYear ?? false) || c.horizons.some((h) => h.fullYear),
    verb: holds ? 'hold' : anchor.verb,
    measure,
  });

  // The span covers what the statement is made of: its metric, commitment words, target, horizon and qualifiers.
  const span =
    cover([anchor, ...c.horizons.filter((h) => h.kind !== 'past'), ...commitments, ...metric.spans, ...qualifiers]) ??
    anchor;
  // A figure left in the clause that is neither its target nor its horizon was not understood: "737 deliveries
  // of 500 to 525", "a 2 point headwind". The draft may have taken the wrong one.
  const rel = (at: number): number => at - clause.start;
  const rest =
    c.masked.slice(0, rel(anchor.start)) + ' '.repeat(anchor.end - anchor.start) + c.masked.slice(rel(anchor.end));
  if (STRAY_FIGURE.test(rest)) assumptions.push({ note: 'another figure in the clause was not read', penalty: 0.15 });
  const penalty = assumptions.reduce((sum, a) => sum + a.penalty, 0) + UNREAD_PENALTY * unread.length;
  // A loss stated as an amount is a value of the profit measure it is a loss of: the draft is about that measure.
  const drafted = lossAmount ? profitOfLoss(hint) : hint;
  reading.drafts.push({
    // A change target is on the metric itself: the change is the target's, not the metric's.
    metric: change && measure !== 'cagr' ? { ...drafted, measure: 'level' } : drafted,
    target: draftTarget,
    window,
    mode,
    commitment,
    span: { start: span.start, end: span.end, text: reading.quote.slice(span.start, span.end) },
    confidence: Math.round(Math.max(0.05, Math.min(1, 1 - penalty)) * 100) / 100,
    assumptions: assumptions.map((a) => a.note),
    unreadPhrases: unread,
  });
  remember(hint);
  carried.commitment = commitment;
  carried.horizon = horizon;
  carried.op = carry;
}

/**
 * "both", "each", "growth in gross profit and operating profit of at least 10%" (one rate of growth set for each
 * metric named after "growth in"): the target is every named metric's.
 */
const SHARED =
  /\bboth\b|\beach\b(?!\s+(?:quarter|year|month|week|day|period|of)\b)|\b(?:growth|increases?|declines?)\s+in\s+(?:[\w&-]+\s+){1,4}?and\s+(?:[\w&-]+\s+){1,4}?of\b/i;

/** "in both X and Y" just after a change that names its metric after it, as a piece of the quote (`at` its start). */
const IN_BOTH = /^\s*in\s+both\s+((?:[\w&'’/-]+\s+){1,5}?and(?:\s+[\w&'’/-]+){1,5})(?!\s?[\w&'’/-])/i;
function bothAfter(rest: string, at: number): Piece | null {
  const m = IN_BOTH.exec(rest);
  const words = m?.[1];
  if (!m || !words) return null;
  const start = at + m[0].length - words.length;
  return { start, end: start + words.length, text: words };
}

/** The metrics of a subject written "X and Y", as pieces of the quote. */
function splitShared(chunk: Piece): Piece[] {
  const and = /\s+and\s+/i.exec(chunk.text);
  if (!and) return [];
  const first = chunk.text.slice(0, and.index);
  const second = chunk.text.slice(and.index + and[0].length);
  if (!first.trim() || !second.trim()) return [];
  const secondStart = chunk.start + and.index + and[0].length;
  return [
    { start: chunk.start, end: chunk.start + first.length, text: first },
    { start: secondStart, end: secondStart + second.length, text: second },
  ];
}

/** "at year-end", "by the end of the year": a year's end that names no year. */
const BARE_YEAR_END = /^(?:(?:by|before|until|through|at)\s+)?(?:the\s+)?(?:year[- ]end|end\s+of\s+(?:the\s+)?year)$/i;

/** Days either side of a year that still make a compared period the year-earlier one (52/53-week years). */
const YEAR_SLACK_DAYS = 10;

/** "5 to 10 basis points a quarter", "per quarter", "each quarter": a move repeated quarter by quarter. */
const PER_QUARTER = /^\s*(?:each|every|per|a)\s+quarter\s*$/i;

/**
 * What a change is measured against when the clause names the period it compares with ("higher in 2H26 than in
 * 1H26", "flat with the December quarter"): a period a year before the window's, or last year as a whole, is the
 * year-earlier one, and any
 * other (the one just before, or a bare "the third quarter" read as the next one) is the prior period.
 */
function comparedWith(horizons: readonly Horizon[], window: Window): 'year-earlier' | 'prior-period' | null {
  // A change made every quarter is measured against the quarter before.
  if (horizons.some((h) => h.each && PER_QUARTER.test(h.text))) return 'prior-period';
  const compared = horizons.find((h) => h.compared && h.window?.end);
  const end = compared?.window?.end;
  if (!compared || !end || !window.end) return null;
  // A period ending when the window does cannot be its base: "the first quarter softer than the rest of the year"
  // compares two parts of the window with each other.
  if (end === window.end) return null;
  // "versus last year", "than a year ago": a whole year named as the comparison means the same period a year earlier.
  const start = compared.window?.start;
  if (compared.kind === 'past' && (!compared.window?.label || (start && daysBetween(start, end) >= 360)))
    return 'year-earlier';
  return Math.abs(daysBetween(end, window.end) - 365) <= YEAR_SLACK_DAYS ? 'year-earlier' : 'prior-period';
}

/**
 * The window a clause is judged over: its own horizon, else the one of the clause before or after it in the
 * sentence (a guess), else none at all: open, so the draft can never be missed (a bigger guess).
 */
function readWindow(
  c: Clause,
  own: Horizon | null,
  { statedOn, calendar }: HorizonContext,
  assumptions: Assumption[],
): { horizon: Horizon | null; window: Window; unread: string[] } {
  const unread = [...c.anchor.unread];
  for (const extra of c.horizons.filter(
    (h) => h.window && h.kind !== 'past' && h !== own && !h.fallback && !h.compared,
  )) {
    unread.push(extra.text.trim());
  }
  const open: Window = { start: statedOn, end: null };
  // "For 2027, we will hold capex to $800 million and keep leverage below 2.5 times at year-end": a year-end of no
  // year of its own is the end of the fiscal year the sentence is about.
  const named = c.carried.horizon?.window;
  if (own && BARE_YEAR_END.test(own.text.trim()) && named?.end && /^FY\d{4}$/.test(named.label ?? '')) {
    const window: Window = { start: statedOn, end: named.end, label: `${statedOn}..${named.end}` };
    return { horizon: { ...own, window }, window, unread };
  }
  // "Under our long-term plan we target sales of ¥4.2 trillion and a margin of 10% by 2035": the plan's term is
  // only a default, and a date named by the clause after it is the one the plan's targets share (a term after a
  // date, "..., with a long-term target of 20%", is a target of its own).
  const planDate = c.nextHorizon;
  if (own?.fallback && planDate && !planDate.fallback && planDate.window?.end) {
    assumptions.push({ note: `horizon '${planDate.text.trim()}' taken from the clause after`, penalty: 0.1 });
    return { horizon: planDate, window: planDate.window, unread };
  }
  if (own) {
    assumptions.push(...own.assumptions);
    if (own.kind !== 'vague') return { horizon: own, window: own.window ?? open, unread };
    unread.push(own.text.trim());
    assumptions.push({ note: `'${own.text.trim()}' names no date: left open`, penalty: 0.3 });
    return { horizon: own, window: open, unread };
  }
  const borrowed = c.carried.horizon ?? c.nextHorizon;
  if (borrowed) {
    const where = borrowed === c.carried.horizon ? 'before' : 'after';
    assumptions.push({ note: `horizon '${borrowed.text.trim()}' taken from the clause ${where}`, penalty: 0.1 });
    return { horizon: borrowed, window: borrowed.window ?? open, unread };
  }
  // "50 to 100 basis points below last year": a promise measured against a past year alone is the next year's.
  const compared = c.horizons.find((h) => h.kind === 'past');
  const after = compared ? yearAfter(compared, calendar) : null;
  if (compared && after) {
    assumptions.push({ note: `window read as the year after '${compared.text.trim()}'`, penalty: 0.1 });
    return { horizon: null, window: after, unread };
  }
  assumptions.push({ note: 'no horizon stated: left open, so it can never be missed', penalty: 0.3 });
  return { horizon: null, window: open, unread };
}
