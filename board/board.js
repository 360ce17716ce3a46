// @ts-check
// The board: one page shell, three views chosen by the URL (?company=…, ?statement=…, or neither), all read
// from /v1. The knowledge time (?asOf=YYYY-MM-DD) is in the URL, so any view as of any date can be shared.
// Without it the board is live: the change feed's stream re-renders the view when anything changes.
import { ApiError, followChanges, get, readKey, saveKey } from './api.js';
import { bandChart, hitRateChart } from './charts.js';
import { boardHref, day, figure, h, percent, safeUrl, signedPercent, statusBadge, table } from './dom.js';

const url = new URL(location.href);
const ASOF_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const asOfParam = url.searchParams.get('asOf') ?? '';
/** The knowledge time, or undefined for now. A malformed one is ignored, and said so. */
const asOf = ASOF_PATTERN.test(asOfParam) ? asOfParam : undefined;
const companyParam = url.searchParams.get('company') ?? '';
const statementParam = url.searchParams.get('statement') ?? '';

const main = /** @type {HTMLElement} */ (document.getElementById('main'));
const live = /** @type {HTMLElement} */ (document.getElementById('live'));

/** A link to a board view at the same knowledge time. */
const link = (/** @type {Record<string, string | undefined>} */ params, /** @type {string} */ text, attrs = {}) =>
  h('a', { href: boardHref({ ...params, asOf }), ...attrs }, text);

function setupHeader() {
  const form = /** @type {HTMLFormElement} */ (document.getElementById('as-of'));
  const fields = form.elements;
  /** @type {HTMLInputElement} */ (fields.namedItem('company')).value = companyParam;
  /** @type {HTMLInputElement} */ (fields.namedItem('statement')).value = statementParam;
  /** @type {HTMLInputElement} */ (fields.namedItem('asOf')).value = asOf ?? '';
  // Empty hidden fields would put "company=&statement=" in the URL; leave them out.
  form.addEventListener('submit', () => {
    for (const name of ['company', 'statement', 'asOf']) {
      const input = /** @type {HTMLInputElement} */ (fields.namedItem(name));
      input.disabled = input.value === '';
    }
  });
  const now = /** @type {HTMLAnchorElement} */ (document.getElementById('as-of-now'));
  now.href = boardHref({ company: companyParam, statement: statementParam });
  if (!asOf) now.setAttribute('aria-current', 'page');
  const brand = document.querySelector('[data-keep-as-of]');
  if (brand) brand.setAttribute('href', boardHref({ asOf }));

  const keyForm = /** @type {HTMLFormElement} */ (document.getElementById('key-form'));
  const keyInput = /** @type {HTMLInputElement} */ (keyForm.elements.namedItem('key'));
  keyInput.value = readKey();
  keyForm.addEventListener('submit', (event) => {
    event.preventDefault();
    saveKey(keyInput.value.trim());
    location.reload();
  });
}

/** @param {unknown} error */
function errorBox(error) {
  const detail = error instanceof ApiError ? error.detail : String(error);
  const hint =
    error instanceof ApiError && error.status === 401 ? ' Reads need a key here: enter one under "API key".' : '';
  return h('p', { class: 'error', role: 'alert' }, `Could not load this view: ${detail}.${hint}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Front page: companies with their credibility and hit rate by quarter, and the leaderboard.

/**
 * Companies need this many resolved statements to be ranked: the API's own default (one kept promise is a hit
 * rate of 1, and would top the board) unless the page's URL asks for another (?minResolved=1).
 */
const LEADERBOARD_MIN_RESOLVED = /^[1-9][0-9]{0,3}$/.test(url.searchParams.get('minResolved') ?? '')
  ? Number(url.searchParams.get('minResolved'))
  : 5;

async function frontPage() {
  const [companies, leaderboard] = await Promise.all([
    get('/companies', { asOf, limit: 100 }),
    get('/leaderboard', { asOf, minResolved: LEADERBOARD_MIN_RESOLVED }),
  ]);
  /** @type {any[]} */
  const items = companies.items;
  const cards = await Promise.all(
    items.map(async (company) => {
      const [card, series] = await Promise.all([
        get(`/companies/${encodeURIComponent(company.id)}/scorecard`, { asOf }),
        get(`/companies/${encodeURIComponent(company.id)}/scorecard/series`),
      ]);
      /** @type {any[]} */
      const points = series.points.filter((/** @type {any} */ p) => !asOf || p.asOf.slice(0, 10) <= asOf);
      const chart = h('div', { class: 'chart', 'aria-hidden': 'true' });
      const known = points.filter((p) => p.hitRate !== null);
      const summary = known.length
        ? `Hit rate at each fiscal quarter's end: ${known.map((p) => `${p.quarter} ${percent(p.hitRate)}`).join(', ')}.`
        : 'No statement had resolved at any quarter end yet.';
      const el = h(
        'li',
        { class: 'card', 'data-company': company.id },
        h('h3', {}, link({ company: company.id }, company.name)),
        h('p', { class: 'muted' }, company.tickers.join(' · ')),
        h(
          'dl',
          { class: 'figures' },
          fig('Hit rate', percent(card.hitRate)),
          fig('Unreported rate', percent(card.unreportedRate)),
          fig('Mean margin', signedPercent(card.meanMargin)),
          fig('Resolved', `${card.resolved} of ${card.total}`),
          fig('Pending', String(card.counts.pending)),
        ),
        h('figure', {}, chart, h('figcaption', {}, summary)),
      );
      return { el, chart, points };
    }),
  );
  main.replaceChildren(
    h('h1', {}, 'Companies and their word'),
    h(
      'p',
      { class: 'muted' },
      'Hit rate: met ÷ resolved. Unreported rate: resolved without a public figure ÷ resolved. Mean margin: how far the deciding figures landed beyond the guidance (positive: beat).',
    ),
    h(
      'section',
      { 'aria-labelledby': 'companies-h' },
      h('h2', { id: 'companies-h' }, 'Companies'),
      h('ul', { class: 'cards' }, ...cards.map((c) => c.el)),
    ),
    h(
      'section',
      { 'aria-labelledby': 'leaderboard-h' },
      h('h2', { id: 'leaderboard-h' }, 'Leaderboard'),
      table(
        `Companies with at least ${LEADERBOARD_MIN_RESOLVED} resolved ${LEADERBOARD_MIN_RESOLVED === 1 ? 'statement' : 'statements'}, by hit rate, as of ${asOf ?? `now (in this order since ${day(leaderboard.asOf)})`}` +
          (leaderboard.items.length === 0 ? ': none has that many yet.' : ''),
        [
          { text: 'Rank', num: true },
          'Company',
          { text: 'Resolved', num: true },
          { text: 'Hit rate', num: true },
          { text: 'Unreported rate', num: true },
          { text: 'Mean margin', num: true },
        ],
        leaderboard.items.map((/** @type {any} */ row) => [
          String(row.rank),
          link({ company: row.companyId }, row.name),
          String(row.resolved),
          percent(row.hitRate),
          percent(row.unreportedRate),
          signedPercent(row.meanMargin),
        ]),
        { id: 'leaderboard' },
      ),
    ),
  );
  for (const c of cards) hitRateChart(c.chart, c.points);
  return { companyId: undefined };
}

function fig(/** @type {string} */ label, /** @type {string} */ value) {
  return h('div', {}, h('dt', {}, label), h('dd', {}, value));
}

// ---------------------------------------------------------------------------------------------------------------
// Company page: the scorecard with its breakdowns, and the statements with filters.

const FILTERS = /** @type {const} */ ({
  status: ['pending', 'met', 'missed', 'unreported', 'superseded', 'withdrawn'],
  commitment: ['will', 'expect', 'target', 'aspire', 'may'],
  sort: ['due', 'stated', 'created'],
});

/** @param {string} companyId */
async function companyPage(companyId) {
  const id = encodeURIComponent(companyId);
  const filters = {
    status: pick('status', FILTERS.status),
    commitment: pick('commitment', FILTERS.commitment),
    metric: url.searchParams.get('metric') ?? undefined,
    sort: pick('sort', FILTERS.sort) ?? 'due',
  };
  const [company, card, metrics, statements] = await Promise.all([
    get(`/companies/${id}`),
    get(`/companies/${id}/scorecard`, { asOf }),
    get('/metrics', { companyId, limit: 500 }),
    get('/statements', { companyId, asOf, limit: 200, ...filters }),
  ]);
  document.title = `${company.name} · saydo board`;
  const breakdown = (/** @type {string} */ caption, /** @type {string} */ key, /** @type {any[]} */ groups) =>
    table(
      caption,
      [
        key,
        { text: 'Statements', num: true },
        { text: 'Resolved', num: true },
        { text: 'Met', num: true },
        { text: 'Missed', num: true },
        { text: 'Unreported', num: true },
        { text: 'Pending', num: true },
        { text: 'Hit rate', num: true },
        { text: 'Mean margin', num: true },
      ],
      groups.map((g) => [
        g.key,
        String(g.total),
        String(g.resolved),
        String(g.counts.met),
        String(g.counts.missed),
        String(g.counts.unreported),
        String(g.counts.pending),
        percent(g.hitRate),
        signedPercent(g.meanMargin),
      ]),
    );
  const select = (
    /** @type {string} */ name,
    /** @type {readonly string[]} */ options,
    /** @type {string | undefined} */ value,
    any = 'any',
  ) =>
    h(
      'label',
      {},
      name,
      h(
        'select',
        { name },
        h('option', { value: '' }, any),
        ...options.map((o) => h('option', { value: o, selected: o === value }, o)),
      ),
    );
  const filterForm = h(
    'form',
    { class: 'filters', method: 'get', action: '/board/', 'aria-label': 'Filter statements' },
    h('input', { type: 'hidden', name: 'company', value: companyId }),
    asOf ? h('input', { type: 'hidden', name: 'asOf', value: asOf }) : null,
    select('status', FILTERS.status, filters.status),
    select('commitment', FILTERS.commitment, filters.commitment),
    select(
      'metric',
      metrics.items.map((/** @type {any} */ m) => m.key),
      filters.metric,
    ),
    select('sort', FILTERS.sort, filters.sort, 'due'),
    h('button', { type: 'submit' }, 'Filter'),
  );
  main.replaceChildren(
    h('p', {}, link({}, '← All companies')),
    h('h1', {}, company.name),
    h(
      'p',
      { class: 'muted' },
      `${company.tickers.join(' · ')} · reports in ${company.currency} · fiscal year ends in month ${company.fiscalYearEndMonth}`,
    ),
    h(
      'section',
      { 'aria-labelledby': 'scorecard-h' },
      h('h2', { id: 'scorecard-h' }, 'Scorecard'),
      h(
        'dl',
        { class: 'figures', id: 'scorecard' },
        fig('Hit rate', percent(card.hitRate)),
        fig('Unreported rate', percent(card.unreportedRate)),
        fig('Mean margin', signedPercent(card.meanMargin)),
        fig('Met', String(card.counts.met)),
        fig('Missed', String(card.counts.missed)),
        fig('Unreported', String(card.counts.unreported)),
        fig('Pending', String(card.counts.pending)),
        fig('Superseded', String(card.counts.superseded)),
      ),
      h(
        'p',
        { class: 'muted' },
        `As of ${day(card.asOf)}${card.validUntil ? `; next scheduled change ${day(card.validUntil)}` : ''}.`,
      ),
      h('h3', {}, 'By metric'),
      breakdown('Statements by metric', 'Metric', card.byMetric),
      h('h3', {}, 'By commitment'),
      breakdown('Statements by strength of commitment', 'Commitment', card.byCommitment),
      card.byQuarter.length ? h('h3', {}, 'By quarter resolved') : null,
      card.byQuarter.length
        ? breakdown('Resolved statements by the quarter their window ended in', 'Quarter', card.byQuarter)
        : null,
    ),
    h(
      'section',
      { 'aria-labelledby': 'statements-h' },
      h('h2', { id: 'statements-h' }, 'Statements'),
      filterForm,
      table(
        `${statements.items.length} statement${statements.items.length === 1 ? '' : 's'}${statements.nextCursor ? ' (first 200)' : ''}`,
        ['Statement', 'Metric', 'Target', 'Window', 'Due', 'Status', 'Trajectory'],
        statements.items.map((/** @type {any} */ s) => [
          link({ statement: s.id }, shorten(s.quote, 140)),
          s.metric ?? `${s.partIds.length} parts`,
          s.target?.description ?? '—',
          windowText(s.window),
          dueDate(s),
          s.evaluation ? statusBadge(s.evaluation.status) : '—',
          trajectory(s.evaluation),
        ]),
        { id: 'statements' },
      ),
    ),
  );
  return { companyId };
}

function pick(/** @type {string} */ name, /** @type {readonly string[]} */ allowed) {
  const value = url.searchParams.get(name) ?? '';
  return allowed.includes(value) ? value : undefined;
}

function shorten(/** @type {string} */ text, /** @type {number} */ n) {
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

function windowText(/** @type {any} */ w) {
  if (!w) return 'per part';
  return w.label ?? `${w.start}..${w.end ?? 'open'}`;
}

/** The last day a report counts: the window's end plus the grace days. */
function dueDate(/** @type {any} */ s) {
  if (!s.window) return 'per part';
  if (!s.window.end) return 'open-ended';
  const d = new Date(`${s.window.end}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + s.graceDays);
  return d.toISOString().slice(0, 10);
}

function trajectory(/** @type {any} */ evaluation) {
  const t = evaluation?.trajectory;
  if (!t) return '—';
  return `${t.status === 'on_track' ? 'on track' : 'off track'} (${t.projectedValue} by ${t.projectedTo})`;
}

// ---------------------------------------------------------------------------------------------------------------
// Statement page: the words, the band and the figures, the revision chain and the verdicts over time.

/** @param {string} statementId */
async function statementPage(statementId) {
  const id = encodeURIComponent(statementId);
  const [statement, evaluation, history] = await Promise.all([
    get(`/statements/${id}`),
    get(`/statements/${id}/evaluation`, { asOf }),
    get(`/statements/${id}/history`),
  ]);
  const [company, chain, figures] = await Promise.all([
    get(`/companies/${encodeURIComponent(statement.companyId)}`),
    revisionChain(statement),
    statement.metric ? figuresFor(statement, evaluation) : Promise.resolve([]),
  ]);
  document.title = `${statement.metric ?? 'Statement'} · ${company.name} · saydo board`;
  const source = statement.source;
  const sourceUrl = safeUrl(source.url);
  const chartBox = h('div', { class: 'chart', 'aria-hidden': 'true' });
  // Verdicts that take effect after the one in force (a deadline yet to pass) are scheduled, not history.
  const cutoff = evaluation.asOf;
  // As of a past date, what came later was not known then: only the count of later verdicts is shown.
  /** @type {any[]} */
  const verdicts = asOf ? history.items.filter((/** @type {any} */ e) => e.asOf <= cutoff) : history.items;
  const hidden = history.items.length - verdicts.length;
  main.replaceChildren(
    h('p', {}, link({}, 'All companies'), ' › ', link({ company: statement.companyId }, company.name)),
    h('h1', {}, `${statement.metric ?? 'Compound statement'}: ${statement.target?.description ?? ''}`),
    h(
      'figure',
      {},
      h('blockquote', { cite: sourceUrl }, statement.quote),
      h(
        'figcaption',
        {},
        `${source.speaker ?? 'Speaker not recorded'}, `,
        sourceUrl
          ? h('a', { href: sourceUrl, rel: 'noopener noreferrer' }, source.title ?? source.kind)
          : (source.title ?? source.kind),
        ` (${source.kind}), stated on ${statement.statedOn}`,
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'verdict-h' },
      h('h2', { id: 'verdict-h' }, 'Verdict'),
      h('p', { id: 'verdict' }, statusBadge(evaluation.status), ' ', evaluation.explanation),
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, 'Commitment'),
        h('dd', {}, statement.commitment),
        h('dt', {}, 'Window'),
        h(
          'dd',
          {},
          statement.window
            ? `${windowText(statement.window)} (${statement.window.start}..${statement.window.end ?? 'open'})`
            : 'per part',
        ),
        h('dt', {}, 'Due'),
        h('dd', {}, dueDate(statement)),
        h('dt', {}, 'Mode'),
        h('dd', {}, statement.mode ?? '—'),
        h('dt', {}, 'Trajectory'),
        h('dd', {}, trajectory(evaluation)),
        h('dt', {}, 'Margin'),
        h('dd', {}, signedPercent(evaluation.margin)),
      ),
    ),
    statement.metric
      ? h(
          'section',
          { 'aria-labelledby': 'figures-h' },
          h('h2', { id: 'figures-h' }, 'Target and figures'),
          h(
            'figure',
            {},
            chartBox,
            h(
              'figcaption',
              {},
              'The target across the window (blue), and each figure for the metric: filled green counted, white restated, red retracted, amber not counted.',
            ),
          ),
          table(
            'Every figure for the metric in the window',
            ['Period', { text: 'Value', num: true }, 'Published', 'How it counted', 'Source'],
            figures.map((f) => [
              f.actual.periodLabel ?? `${f.actual.periodStart ?? ''}..${f.actual.periodEnd}`,
              figure(f.actual.value, f.actual.unit),
              day(f.actual.publishedAt),
              f.mark + (f.actual.retraction && f.mark === 'retracted' ? `: ${f.actual.retraction.reason}` : ''),
              f.actual.source.document ?? '—',
            ]),
            { id: 'figures' },
          ),
        )
      : null,
    h(
      'section',
      { 'aria-labelledby': 'chain-h' },
      h('h2', { id: 'chain-h' }, 'Revision chain'),
      chain.length > 1
        ? h(
            'ol',
            { class: 'chain' },
            ...chain.map((s) =>
              h(
                'li',
                { class: s.id === statement.id ? 'current' : null },
                link({ statement: s.id }, `${s.statedOn}: ${s.target?.description ?? s.quote}`),
                ` — ${s.revisionKind}`,
                s.id === statement.id ? ' (this statement)' : '',
                s.revisedBy ? ` → ${s.revisedBy.kind} on ${s.revisedBy.statedOn}` : '',
              ),
            ),
          )
        : h(
            'p',
            {},
            statement.revisedBy
              ? `Revised (${statement.revisedBy.kind}) on ${statement.revisedBy.statedOn}.`
              : 'Never revised.',
          ),
    ),
    h(
      'section',
      { 'aria-labelledby': 'history-h' },
      h('h2', { id: 'history-h' }, 'Verdicts over time'),
      table(
        asOf
          ? `Each verdict known by the end of ${asOf}, from the moment it took effect`
          : 'Each verdict from the moment it took effect; a scheduled one takes effect then unless new figures come first',
        ['From', 'Status', 'Explanation'],
        verdicts.map((/** @type {any} */ e) => [
          e.asOf > cutoff ? h('span', { class: 'later' }, `${day(e.asOf)} (scheduled)`) : day(e.asOf),
          statusBadge(e.status),
          e.explanation,
        ]),
        { id: 'history' },
      ),
      hidden > 0
        ? h(
            'p',
            { class: 'muted' },
            `${hidden} later verdict${hidden === 1 ? '' : 's'} not shown: the board is as of ${asOf}.`,
          )
        : null,
    ),
  );
  if (statement.metric && statement.window) {
    bandChart(
      chartBox,
      statement,
      figures.map((f) => ({ periodEnd: f.actual.periodEnd, value: f.actual.value, mark: f.mark })),
      asOf ?? new Date().toISOString().slice(0, 10),
    );
  }
  return { companyId: statement.companyId };
}

/**
 * The statement's figures in its window, each marked: counted (the evaluation used it), restated (a later
 * figure for the same period replaced it), retracted, or not counted.
 */
async function figuresFor(/** @type {any} */ statement, /** @type {any} */ evaluation) {
  const list = await get('/actuals', {
    companyId: statement.companyId,
    metric: statement.metric,
    periodFrom: statement.window.start,
    periodTo: statement.window.end ?? undefined,
    asOf,
    limit: 500,
  });
  /** @type {any[]} */
  const actuals = list.items;
  const counted = new Set(evaluation.observations.map((/** @type {any} */ o) => o.actualId));
  if (evaluation.decidingActualId) counted.add(evaluation.decidingActualId);
  const retracted = (/** @type {any} */ a) =>
    a.retraction !== null && (!asOf || a.retraction.retractedAt.slice(0, 10) <= asOf);
  return actuals.map((actual) => {
    const restated = actuals.some(
      (b) =>
        b !== actual &&
        !retracted(b) &&
        b.periodEnd === actual.periodEnd &&
        b.periodStart === actual.periodStart &&
        b.publishedAt > actual.publishedAt,
    );
    /** @type {'counted' | 'restated' | 'retracted' | 'not counted'} */
    const mark = retracted(actual)
      ? 'retracted'
      : counted.has(actual.id)
        ? 'counted'
        : restated
          ? 'restated'
          : 'not counted';
    return { actual, mark };
  });
}

/** The statements this one revised (oldest first), itself, and the ones that revised it. At most 50 links. */
async function revisionChain(/** @type {any} */ statement) {
  const before = [];
  let at = statement;
  while (at.supersedesId && before.length < 25) {
    at = await get(`/statements/${encodeURIComponent(at.supersedesId)}`);
    before.unshift(at);
  }
  const after = [];
  at = statement;
  while (at.revisedBy?.successorId && after.length < 25) {
    at = await get(`/statements/${encodeURIComponent(at.revisedBy.successorId)}`);
    after.push(at);
  }
  return [...before, statement, ...after];
}

// ---------------------------------------------------------------------------------------------------------------

async function render() {
  try {
    if (statementParam) return await statementPage(statementParam);
    if (companyParam) return await companyPage(companyParam);
    return await frontPage();
  } catch (error) {
    main.replaceChildren(errorBox(error));
    return { companyId: companyParam || undefined };
  }
}

/**
 * What a reader is in the middle of in the page's forms (values chosen but not yet submitted, and the field with
 * the focus), by form label and field name, so that a live re-render, which rebuilds the page, leaves it as it was.
 */
function formState() {
  /** @type {[string, string, string][]} */
  const values = [];
  for (const form of main.querySelectorAll('form')) {
    const label = form.getAttribute('aria-label') ?? '';
    for (const field of /** @type {HTMLFormElement} */ (form).elements) {
      const f = /** @type {HTMLInputElement | HTMLSelectElement} */ (field);
      if (f.name && f.type !== 'hidden' && 'value' in f) values.push([label, f.name, f.value]);
    }
  }
  const active = /** @type {HTMLInputElement | null} */ (document.activeElement);
  const focused =
    active && main.contains(active) && active.form && active.name
      ? [active.form.getAttribute('aria-label') ?? '', active.name]
      : null;
  return { values, focused };
}

/** @param {ReturnType<typeof formState>} state */
function restoreFormState(state) {
  const field = (/** @type {string} */ label, /** @type {string} */ name) =>
    /** @type {HTMLInputElement | null} */ (
      main.querySelector(`form[aria-label="${CSS.escape(label)}"] [name="${CSS.escape(name)}"]`)
    );
  for (const [label, name, value] of state.values) {
    const f = field(label, name);
    if (f) f.value = value;
  }
  if (state.focused) field(state.focused[0], state.focused[1])?.focus({ preventScroll: true });
}

function stamp() {
  return new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
}

setupHeader();
if (asOfParam && !asOf) live.textContent = `"${asOfParam}" is not a date (YYYY-MM-DD); showing now.`;
// The figures wait for uPlot (a deferred classic script, which runs before this module's first await ends).
const first = await render();
main.dataset.rendered = String(Date.now());
if (asOf) {
  live.classList.add('paused');
  live.textContent = `As known at the end of ${asOf}. Live updates are off; choose “Now (live)” to follow changes.`;
} else {
  live.textContent = 'Live: connecting to the change feed…';
  let timer = 0;
  let rendering = Promise.resolve();
  followChanges({
    companyId: first.companyId,
    onState: (state) => {
      live.textContent = state === 'open' ? `Live: following changes (since ${stamp()}).` : 'Live: reconnecting…';
    },
    // The feed replays from its start on connecting: a burst of events, answered by one re-render.
    onChange: () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        rendering = rendering.then(async () => {
          const state = formState();
          await render();
          restoreFormState(state);
          main.dataset.rendered = String(Date.now());
          live.textContent = `Live: updated at ${stamp()}.`;
        });
      }, 250);
    },
  });
}
