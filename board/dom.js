// @ts-check
// Building the page from API data: every string becomes a text node (never innerHTML), every link is built
// from an encoded path, and numbers are shown from the API's exact decimal strings.

/**
 * An element with attributes and children; strings become text nodes, null and false are skipped.
 * @param {string} tag
 * @param {Record<string, string | number | boolean | null | undefined>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

/** Only http(s) links from the API become links; anything else (javascript:, data:) stays text. */
export function safeUrl(/** @type {string | null} */ url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The board's own link to a page, keeping the knowledge time. */
export function boardHref(/** @type {Record<string, string | null | undefined>} */ params) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `/board/?${text}` : '/board/';
}

/** A ratio such as "0.6667" as a percentage with one decimal; em dash when there is none. */
export function percent(/** @type {string | null | undefined} */ ratio) {
  if (ratio === null || ratio === undefined) return '—';
  const n = Number(ratio) * 100;
  return `${n.toFixed(Math.abs(n) >= 10 || n === 0 ? 0 : 1)}%`;
}

/** A signed margin ratio as a percentage: "+20%". */
export function signedPercent(/** @type {string | null | undefined} */ ratio) {
  if (ratio === null || ratio === undefined) return '—';
  const n = Number(ratio) * 100;
  return `${n > 0 ? '+' : ''}${n.toFixed(1)}%`;
}

/** A figure with its unit, as recorded: "12.4%" for percent, otherwise "31 bn usd". */
export function figure(/** @type {string} */ value, /** @type {string | null | undefined} */ unit) {
  if (unit === 'percent') return `${value}%`;
  return unit ? `${value} ${unit}` : value;
}

export const STATUS_LABELS = /** @type {Record<string, string>} */ ({
  pending: 'pending',
  met: 'met',
  missed: 'missed',
  unreported: 'unreported',
  superseded: 'superseded',
  withdrawn: 'withdrawn',
});

export function statusBadge(/** @type {string} */ status) {
  return h('span', { class: `status status-${status}`, 'data-status': status }, STATUS_LABELS[status] ?? status);
}

/** The date part of an ISO instant. */
export function day(/** @type {string | null | undefined} */ iso) {
  return iso ? iso.slice(0, 10) : '—';
}

/** A table with a caption, header cells and rows of cells (strings or nodes); scrolls sideways on a phone. */
export function table(
  /** @type {string} */ caption,
  /** @type {(string | {text: string, num?: boolean})[]} */ headers,
  /** @type {(Node | string | null)[][]} */ rows,
  /** @type {Record<string, string>} */ attrs = {},
) {
  const head = h(
    'tr',
    {},
    ...headers.map((c) =>
      typeof c === 'string'
        ? h('th', { scope: 'col' }, c)
        : h('th', { scope: 'col', class: c.num ? 'num' : null }, c.text),
    ),
  );
  const empty = h('tr', {}, h('td', { colspan: headers.length, class: 'muted' }, 'None.'));
  const body = rows.map((cells) =>
    h(
      'tr',
      {},
      ...cells.map((cell, i) => {
        const header = headers[i];
        const num = typeof header === 'object' && header.num;
        return h('td', { class: num ? 'num' : null }, cell ?? '—');
      }),
    ),
  );
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      attrs,
      h('caption', {}, caption),
      h('thead', {}, head),
      h('tbody', {}, ...(body.length ? body : [empty])),
    ),
  );
}
