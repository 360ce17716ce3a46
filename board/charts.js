// @ts-check
// Charts with uPlot (loaded as a global from /board/vendor/uplot/): small, canvas-based, no dependencies. Every
// chart sits in a <figure> beside a table or a sentence with the same data, so nothing is only in pixels.

/** @returns {any} */
function uPlotGlobal() {
  return /** @type {any} */ (window).uPlot;
}

function widthOf(/** @type {HTMLElement} */ el, /** @type {number} */ max) {
  return Math.max(240, Math.min(max, el.clientWidth || max));
}

/**
 * Hit rate by fiscal quarter: one point a quarter, a gap where nothing had resolved.
 * @param {HTMLElement} target
 * @param {{quarter: string, hitRate: string | null}[]} points
 */
export function hitRateChart(target, points) {
  const uPlot = uPlotGlobal();
  if (!uPlot || points.length === 0) return;
  const xs = points.map((_, i) => i);
  const ys = points.map((p) => (p.hitRate === null ? null : Number(p.hitRate) * 100));
  const opts = {
    width: widthOf(target, 420),
    height: 140,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: false }, y: { range: [0, 100] } },
    axes: [
      {
        // "FY2027Q2" as "FY27Q2", and at most about six labels.
        space: 48,
        incrs: [1, 2, 4, 8, 12, 16],
        values: (/** @type {unknown} */ _u, /** @type {number[]} */ ticks) =>
          ticks.map((t) => (Number.isInteger(t) ? (points[t]?.quarter ?? '').replace(/^FY\d\d/, 'FY') : '')),
        size: 30,
        font: '11px system-ui',
      },
      {
        values: (/** @type {unknown} */ _u, /** @type {number[]} */ ticks) => ticks.map((t) => `${t}%`),
        size: 44,
        font: '11px system-ui',
      },
    ],
    series: [{}, { label: 'hit rate', stroke: '#0550ae', width: 2, points: { show: true, size: 6 } }],
  };
  new uPlot(opts, [xs, ys], target);
}

const DAY_S = 86_400;
const toSeconds = (/** @type {string} */ date) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 1000;

/**
 * The target band across the window, and every figure for the metric inside it, marked by how it counted.
 * @param {HTMLElement} target
 * @param {{ window: {start: string, end: string | null}, target: {low: string | null, high: string | null, value: string | null} }} statement
 * @param {{ periodEnd: string, value: string, mark: 'counted' | 'restated' | 'retracted' | 'not counted' }[]} figures
 * @param {string} lastDay the right edge when the window has no end
 */
export function bandChart(target, statement, figures, lastDay) {
  const uPlot = uPlotGlobal();
  if (!uPlot) return;
  const start = toSeconds(statement.window.start);
  const end = toSeconds(statement.window.end ?? lastDay);
  const xsSet = new Set([start, end, ...figures.map((f) => toSeconds(f.periodEnd))]);
  const xs = [...xsSet].sort((a, b) => a - b);
  const inWindow = (/** @type {number} */ x) => x >= start && x <= end;
  const { low, high, value } = statement.target;
  const lower = low ?? value;
  const upper = high ?? (low === null ? null : null);
  const line = (/** @type {string | null} */ bound) =>
    xs.map((x) => (bound !== null && inWindow(x) ? Number(bound) : null));
  const marks = /** @type {const} */ (['counted', 'restated', 'retracted', 'not counted']);
  const colors = { counted: '#116329', restated: '#57606a', retracted: '#a40e26', 'not counted': '#9a6700' };
  const pointSeries = marks.map((mark) =>
    xs.map((x) => {
      const f = figures.find((g) => g.mark === mark && toSeconds(g.periodEnd) === x);
      return f ? Number(f.value) : null;
    }),
  );
  const series = [
    {},
    { label: high !== null ? 'low bound' : 'target', stroke: '#0969da', width: 2, spanGaps: true },
    ...(upper !== null ? [{ label: 'high bound', stroke: '#0969da', width: 2, spanGaps: true }] : []),
    ...marks.map((mark) => ({
      label: mark,
      stroke: colors[mark],
      fill: mark === 'restated' ? '#ffffff' : colors[mark],
      width: 0,
      paths: () => null,
      points: {
        show: true,
        size: mark === 'counted' ? 11 : 9,
        stroke: colors[mark],
        fill: mark === 'restated' ? '#ffffff' : colors[mark],
        width: 2,
      },
    })),
  ];
  const data = [xs, line(lower), ...(upper !== null ? [line(upper)] : []), ...pointSeries];
  const values = [lower, upper, ...figures.map((f) => f.value)].filter((v) => v !== null).map(Number);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max((max - min) * 0.2, Math.abs(max) * 0.05, 1);
  const opts = {
    width: widthOf(target, 720),
    height: 260,
    scales: { x: { time: true, range: [start - 20 * DAY_S, end + 20 * DAY_S] }, y: { range: [min - pad, max + pad] } },
    legend: { live: false },
    series,
    bands: upper !== null ? [{ series: [2, 1], fill: 'rgba(9, 105, 218, 0.12)' }] : [],
    axes: [{ font: '11px system-ui' }, { font: '11px system-ui', size: 50 }],
  };
  new uPlot(opts, data, target);
}
