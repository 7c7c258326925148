/**
 * The report's three charts as Vega specifications. Each is parsed once and then fed data and titles
 * through named data sets and signals (render.ts), which is what keeps a report of a hundred charts
 * fast. The data sets and signals named here are the contract with model.ts.
 */
import type { Spec } from 'vega';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const WIDTH = 360;
const HEIGHT = 220;
const RUN_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#bcbd22'];

const titleSignals = [
  { name: 'heading', value: '' },
  { name: 'subheading', value: '' },
  { name: 'xtitle', value: '' },
  { name: 'ytitle', value: '' },
];

const title = { text: { signal: 'heading' }, subtitle: { signal: 'subheading' }, anchor: 'start', frame: 'group', font: FONT, subtitleFont: FONT, fontSize: 14, subtitleFontSize: 11, subtitleColor: '#555', offset: 8 } as const;

/** A fixed frame, so that every chart of a kind has the same size and the page lines them up. */
const frame = { autosize: 'none', padding: { left: 74, right: 140, top: 52, bottom: 46 } } as const;

const axis = { labelOverlap: true, labelFont: FONT, titleFont: FONT, labelFontSize: 11, titleFontSize: 12, titleFontWeight: 'normal', grid: true, gridColor: '#e6e6e6', domainColor: '#888', tickColor: '#888' } as const;

/**
 * Latency against n for one curve of one target: each run's points in its own colour, the fitted
 * curve of the chosen order (one per branch of a bimodal curve), the baseline's medians, and a rule at every step or dent. Linear axes,
 * as “Benchmarking BSD and Linux” drew them: an O(n) curve is a straight line, a step a visible jump.
 * Data: points {run, n, y}, fit {n, y} (and fit2, a bimodal curve's faster branch), base {n, y},
 * marks {n, label, dent}.
 * Signals: the titles, lineKeys with lineColors for the legend of the two lines, and ymax, the top of
 * the latency axis (marks above it are clipped: a warm-up spike must not flatten the curve).
 */
export const curveSpec: Spec = {
  width: WIDTH,
  height: HEIGHT,
  ...frame,
  background: 'white',
  title,
  signals: [...titleSignals, { name: 'lineKeys', value: [] }, { name: 'lineColors', value: [] }, { name: 'ymax', value: 1 }],
  data: [
    { name: 'points', values: [] },
    { name: 'fit', values: [] },
    { name: 'fit2', values: [] },
    { name: 'base', values: [] },
    { name: 'marks', values: [] },
  ],
  scales: [
    { name: 'x', type: 'linear', domain: { fields: [{ data: 'points', field: 'n' }, { data: 'base', field: 'n' }] }, range: 'width', nice: true, zero: false },
    { name: 'y', type: 'linear', domain: [0, { signal: 'ymax' }], range: 'height', nice: true, zero: true },
    { name: 'run', type: 'ordinal', domain: { data: 'points', field: 'run', sort: true }, range: RUN_COLORS },
    { name: 'line', type: 'ordinal', domain: { signal: 'lineKeys' }, range: { signal: 'lineColors' } },
  ],
  axes: [
    { orient: 'bottom', scale: 'x', title: { signal: 'xtitle' }, format: ',~r', tickCount: 5, ...axis },
    { orient: 'left', scale: 'y', title: { signal: 'ytitle' }, format: ',~r', tickCount: 6, ...axis },
  ],
  legends: [
    { fill: 'run', title: 'run', orient: 'right', symbolType: 'circle', labelFont: FONT, titleFont: FONT },
    { stroke: 'line', orient: 'right', symbolType: 'stroke', symbolStrokeWidth: 2, labelFont: FONT, titleFont: FONT, labelLimit: 160 },
  ],
  marks: [
    {
      type: 'rule',
      from: { data: 'marks' },
      encode: { enter: { x: { scale: 'x', field: 'n' }, y: { value: 0 }, y2: { signal: 'height' }, stroke: { value: '#b22222' }, strokeDash: { value: [4, 3] }, strokeOpacity: { signal: 'datum.dent ? 0.45 : 0.9' } } },
    },
    {
      type: 'text',
      from: { data: 'marks' },
      encode: { enter: { x: { scale: 'x', field: 'n', offset: 3 }, y: { value: 2 }, text: { field: 'label' }, baseline: { value: 'top' }, fill: { value: '#b22222' }, font: { value: FONT }, fontSize: { value: 10 } } },
    },
    {
      type: 'symbol',
      from: { data: 'points' },
      clip: true,
      encode: { enter: { x: { scale: 'x', field: 'n' }, y: { scale: 'y', field: 'y' }, size: { value: 14 }, fill: { scale: 'run', field: 'run' }, fillOpacity: { value: 0.75 } } },
    },
    {
      type: 'line',
      from: { data: 'base' },
      clip: true,
      encode: { enter: { x: { scale: 'x', field: 'n' }, y: { scale: 'y', field: 'y' }, stroke: { value: '#8c8c8c' }, strokeWidth: { value: 2 }, strokeDash: { value: [6, 3] } } },
    },
    {
      type: 'line',
      from: { data: 'fit' },
      clip: true,
      encode: { enter: { x: { scale: 'x', field: 'n' }, y: { scale: 'y', field: 'y' }, stroke: { value: '#111111' }, strokeWidth: { value: 2 } } },
    },
    {
      type: 'line',
      from: { data: 'fit2' },
      clip: true,
      encode: { enter: { x: { scale: 'x', field: 'n' }, y: { scale: 'y', field: 'y' }, stroke: { value: '#7a0177' }, strokeWidth: { value: 2 } } },
    },
  ],
};

/**
 * One benchmark on every target: each target's median latency on the log grid, log–log, so that
 * systems a hundred times apart share one chart and an order shows as a slope.
 * Data: series {target, n, y}.
 */
export const overlaySpec: Spec = {
  width: WIDTH,
  height: HEIGHT,
  ...frame,
  background: 'white',
  title,
  signals: titleSignals,
  data: [{ name: 'series', values: [] }],
  scales: [
    { name: 'x', type: 'log', domain: { data: 'series', field: 'n' }, range: 'width', nice: false },
    { name: 'y', type: 'log', domain: { data: 'series', field: 'y' }, range: 'height', nice: true },
    { name: 'color', type: 'ordinal', domain: { data: 'series', field: 'target', sort: true }, range: 'category' },
  ],
  axes: [
    { orient: 'bottom', scale: 'x', title: { signal: 'xtitle' }, format: ',~r', ...axis },
    { orient: 'left', scale: 'y', title: { signal: 'ytitle' }, format: '~r', ...axis },
  ],
  legends: [{ stroke: 'color', title: 'target', orient: 'right', symbolType: 'stroke', symbolStrokeWidth: 2, labelFont: FONT, titleFont: FONT, labelLimit: 160 }],
  marks: [
    {
      type: 'group',
      from: { facet: { name: 'one', data: 'series', groupby: 'target' } },
      marks: [
        {
          type: 'line',
          from: { data: 'one' },
          encode: { enter: { x: { scale: 'x', field: 'n' }, y: { scale: 'y', field: 'y' }, stroke: { scale: 'color', field: 'target' }, strokeWidth: { value: 2 } } },
        },
      ],
    },
  ],
};

/**
 * One figure on every target: a bar at the median of this run's repetitions, a whisker over all of
 * them, and a black tick at the baseline's median; a bar that regressed is red, one that improved green.
 * Linear axis from zero. Data: bars {target, y, lo, hi, labelAt, label, tone}, base {target, y}.
 */
export const figureSpec: Spec = {
  width: WIDTH,
  height: 60,
  autosize: 'none',
  padding: { left: 140, right: 74, top: 52, bottom: 46 },
  background: 'white',
  title,
  signals: [...titleSignals, { name: 'rows', value: 1 }, { name: 'height', update: 'rows * 30' }],
  data: [
    { name: 'bars', values: [] },
    { name: 'base', values: [] },
  ],
  scales: [
    { name: 'y', type: 'band', domain: { data: 'bars', field: 'target' }, range: 'height', padding: 0.25 },
    { name: 'x', type: 'linear', domain: { fields: [{ data: 'bars', field: 'hi' }, { data: 'base', field: 'y' }] }, range: 'width', nice: true, zero: true },
  ],
  axes: [
    { orient: 'bottom', scale: 'x', title: { signal: 'xtitle' }, format: ',~r', tickCount: 6, ...axis },
    { orient: 'left', scale: 'y', ...axis, grid: false, labelLimit: 140 },
  ],
  marks: [
    { type: 'rect', from: { data: 'bars' }, encode: { enter: { y: { scale: 'y', field: 'target' }, height: { scale: 'y', band: 1 }, x: { scale: 'x', value: 0 }, x2: { scale: 'x', field: 'y' }, fill: { signal: "datum.tone === 'bad' ? '#e4716f' : datum.tone === 'good' ? '#74c476' : '#6baed6'" } } } },
    { type: 'rule', from: { data: 'bars' }, encode: { enter: { y: { scale: 'y', field: 'target', band: 0.5 }, x: { scale: 'x', field: 'lo' }, x2: { scale: 'x', field: 'hi' }, stroke: { value: '#08306b' }, strokeWidth: { value: 1.5 } } } },
    { type: 'rect', from: { data: 'base' }, encode: { enter: { y: { scale: 'y', field: 'target', offset: -2 }, height: { scale: 'y', band: 1, offset: 4 }, xc: { scale: 'x', field: 'y' }, width: { value: 3 }, fill: { value: '#111111' } } } },
    { type: 'text', from: { data: 'bars' }, encode: { enter: { y: { scale: 'y', field: 'target', band: 0.5 }, x: { scale: 'x', field: 'labelAt', offset: 6 }, text: { field: 'label' }, baseline: { value: 'middle' }, font: { value: FONT }, fontSize: { value: 11 }, fill: { value: '#222' } } } },
  ],
};

/**
 * One series of the history (a benchmark's level against the reference, or its growth) along the
 * commits of main: a point per recorded commit, a line at each segment's median between change
 * points, and a dashed rule at each change point with its size. Linear axes; x is the commit's place
 * in the series (commits are not evenly spaced in time). Data: points {i, y, label}, segments
 * {i0, i1, y}, changes {i, label}. Signals: the titles.
 */
export const trendSpec: Spec = {
  width: 2 * WIDTH,
  height: HEIGHT,
  ...frame,
  background: 'white',
  title,
  signals: titleSignals,
  data: [
    { name: 'points', values: [] },
    { name: 'segments', values: [] },
    { name: 'changes', values: [] },
  ],
  scales: [
    { name: 'x', type: 'linear', domain: { data: 'points', field: 'i' }, range: 'width', nice: false, zero: false },
    { name: 'y', type: 'linear', domain: { fields: [{ data: 'points', field: 'y' }, { data: 'segments', field: 'y' }] }, range: 'height', nice: true, zero: false },
  ],
  axes: [
    { orient: 'bottom', scale: 'x', title: { signal: 'xtitle' }, format: 'd', tickCount: 8, ...axis },
    { orient: 'left', scale: 'y', title: { signal: 'ytitle' }, format: '~r', tickCount: 6, ...axis },
  ],
  marks: [
    { type: 'rule', from: { data: 'changes' }, encode: { enter: { x: { scale: 'x', field: 'i', offset: 0 }, y: { value: 0 }, y2: { signal: 'height' }, stroke: { value: '#b42318' }, strokeDash: { value: [4, 3] }, strokeWidth: { value: 1.5 } } } },
    { type: 'text', from: { data: 'changes' }, encode: { enter: { x: { scale: 'x', field: 'i', offset: 4 }, y: { value: 10 }, text: { field: 'label' }, font: { value: FONT }, fontSize: { value: 11 }, fill: { value: '#b42318' } } } },
    { type: 'rule', from: { data: 'segments' }, encode: { enter: { x: { scale: 'x', field: 'i0' }, x2: { scale: 'x', field: 'i1' }, y: { scale: 'y', field: 'y' }, stroke: { value: '#1b1f24' }, strokeWidth: { value: 2 } } } },
    { type: 'symbol', from: { data: 'points' }, encode: { enter: { x: { scale: 'x', field: 'i' }, y: { scale: 'y', field: 'y' }, size: { value: 24 }, fill: { value: '#1f77b4' }, description: { field: 'label' } } } },
  ],
};
