/**
 * Charts to SVG with Vega, headless: no DOM, no canvas, no browser. Each kind of chart is parsed once
 * and its view reused, with new data and titles for every chart. Views are not re-entrant, so charts
 * are drawn one at a time (render awaits the previous one). Pure computation: no I/O.
 */
import { parse, View, type Spec } from 'vega';
import { curveSpec, figureSpec, overlaySpec, trendSpec } from './specs.js';

export type ChartKind = 'curve' | 'overlay' | 'figure' | 'trend';

export interface ChartData {
  kind: ChartKind;
  /** Values of the spec's named data sets. */
  data: Record<string, object[]>;
  /** Values of the spec's signals (titles, colours, sizes). */
  signals: Record<string, unknown>;
}

const SPECS: Record<ChartKind, Spec> = { curve: curveSpec, overlay: overlaySpec, figure: figureSpec, trend: trendSpec };

export class ChartRenderer {
  private readonly views = new Map<ChartKind, View>();
  private queue: Promise<unknown> = Promise.resolve();

  private view(kind: ChartKind): View {
    let v = this.views.get(kind);
    if (!v) {
      v = new View(parse(SPECS[kind]), { renderer: 'none', logLevel: 0 });
      this.views.set(kind, v);
    }
    return v;
  }

  /** The chart as an SVG document string. */
  render(chart: ChartData): Promise<string> {
    const next = this.queue.then(async () => {
      const v = this.view(chart.kind);
      for (const [name, values] of Object.entries(chart.data)) v.data(name, values);
      for (const [name, value] of Object.entries(chart.signals)) v.signal(name, value);
      await v.runAsync();
      return v.toSVG();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  finalize(): void {
    for (const v of this.views.values()) v.finalize();
    this.views.clear();
  }
}
