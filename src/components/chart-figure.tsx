import {
  Component,
  createContext,
  Suspense,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from "react";
import { t } from "../lib/messages";
import { ChartLegend, type LegendItem } from "./chart-legend";
import { useIsland } from "./chart-islands";
import { retryCharts, useChartAttempt } from "./lazy-chart";
import { usePanelContext } from "./panel-context";

/** The slot's size as measured before the chart's first render (see ChartBox). */
export const ChartSizeContext = createContext({ width: 0, height: 0 });

/** Width of the prerendered drawing in the slot, from recharts' wrapper (`width: 1208px`). */
function drawnWidth(box: HTMLElement): number | null {
  const wrapper = box.querySelector<HTMLElement>("[data-chart-island] > .recharts-wrapper");
  const width = wrapper ? Number.parseFloat(wrapper.style.width) : Number.NaN;
  return Number.isFinite(width) ? width : null;
}

/** A chart whose code could not be loaded (lazy-chart.ts): nothing drawn, and the slot is told. */
class ChartCodeBoundary extends Component<{ onError: () => void; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override componentDidCatch() {
    this.props.onError();
  }
  override render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * The slot of one chart: a labelled image (the text alternative leads with the chart's
 * takeaway and points to the table view), its legend, and its registration with the panel,
 * so downloads get the chart by ref. The drawing itself is hidden from assistive technology,
 * so a screen reader announces the text alternative, not the tick labels of the <svg>; nothing
 * inside is focusable (recharts' accessibility layer is off), so nothing hidden takes focus.
 * `data-chart` tells the benchmark and the end-to-end tests that a chart belongs here.
 *
 * The slot keeps `height` from the first byte, so nothing moves when the drawing arrives. The
 * chart is rendered only once the slot's width is known (a layout effect, before paint), at
 * that size: one chart pass, not an empty pass and a measured one. A prerendered drawing
 * (chart-islands.ts) stays until the live chart is wanted and has drawn beneath it, so the
 * reader never sees an empty slot in between.
 */
export function ChartFigure({
  id,
  height,
  label,
  legend,
  children,
}: {
  /** Stable across builds and unique on the page: the key of its prerendered drawing. */
  id: string;
  /** The chart's height in px (its width is the slot's). */
  height: number;
  /** The chart's text alternative: its takeaway in a sentence or two, then where the values are. */
  label: string;
  legend?: readonly LegendItem[];
  children: ReactNode;
}) {
  const chartRef = useRef<HTMLDivElement>(null);
  const legendRef = useRef<HTMLUListElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const liveRef = useRef<HTMLDivElement>(null);
  const panel = usePanelContext();
  const register = panel?.registerChart;
  const island = useIsland(id);
  // The drawing on screen until the live chart has drawn: kept after the view changed, too.
  const [held, setHeld] = useState(island);
  const [width, setWidth] = useState<number | null>(null);
  const [wanted, setWanted] = useState(false);
  // The attempt at loading the chart's code that failed (lazy-chart.ts); a retry is a new attempt.
  // A failed chart is not live, so its boundary mounts afresh when the retry makes it live again.
  const attempt = useChartAttempt();
  const [failedAt, setFailedAt] = useState<number | null>(null);
  const failed = failedAt === attempt;
  const live = !failed && width !== null && (held === undefined || island === undefined || wanted);
  // No live chart after all: a drawing of this view stays; one of another view must go.
  const shown = failed && island === undefined ? undefined : held;

  useEffect(() => {
    const chart = chartRef.current;
    if (!register || !chart) return undefined;
    // The legend is read when a download asks for it: it may appear after the chart.
    return register({
      chart,
      get legend() {
        return legendRef.current;
      },
    });
  }, [register]);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return undefined;
    setWidth(box.clientWidth);
    // A drawing made for another width (a tablet, a resized window) gives way to the live chart.
    const drawn = drawnWidth(box);
    if (drawn === null || Math.abs(drawn - box.clientWidth) > 1) setWanted(true);
    if (drawn === null) return undefined;
    const resize = new ResizeObserver(() => {
      if (Math.abs(box.clientWidth - drawn) > 1) setWanted(true);
    });
    resize.observe(box);
    return () => resize.disconnect();
  }, []);

  // Swap in the live chart once recharts has drawn its SVG (its axes register in effects).
  useLayoutEffect(() => {
    const target = liveRef.current;
    if (!live || held === undefined || !target) return undefined;
    // recharts completes its drawing over a few commits (some settings reach its store in
    // effects): swap two frames after its SVG first appears, as the prerender captures it.
    let frame = 0;
    const swap = () => {
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => setHeld(undefined));
      });
    };
    const drawn = () => target.querySelector("svg.recharts-surface") !== null;
    if (drawn()) {
      swap();
      return () => cancelAnimationFrame(frame);
    }
    const observer = new MutationObserver(() => {
      if (!drawn()) return;
      observer.disconnect();
      swap();
    });
    observer.observe(target, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [live, held]);

  const wake = () => setWanted(true);
  return (
    <>
      <div ref={chartRef} role="img" data-chart={id} aria-label={label}>
        <div
          ref={boxRef}
          aria-hidden="true"
          className="relative"
          style={{ minHeight: height }}
          onPointerEnter={held === undefined ? undefined : wake}
          onTouchStart={held === undefined ? undefined : wake}
        >
          {shown !== undefined && (
            <div
              data-chart-island={id}
              // A drawing of the previous view, until the new one is drawn: dimmed, never taken for it.
              className={island === undefined ? "opacity-40" : undefined}
              dangerouslySetInnerHTML={{ __html: shown }}
            />
          )}
          {live && (
            <div ref={liveRef} className={held === undefined ? undefined : "invisible absolute inset-x-0 top-0"}>
              <ChartSizeContext.Provider value={{ width, height }}>
                <ChartCodeBoundary onError={() => setFailedAt(attempt)}>
                  <Suspense fallback={null}>{children}</Suspense>
                </ChartCodeBoundary>
              </ChartSizeContext.Provider>
            </div>
          )}
        </div>
      </div>
      {failed && shown === undefined && (
        <p className="empty-note">
          {t("common.chartUnavailable")}{" "}
          <button type="button" className="btn ml-1" onClick={retryCharts}>
            {t("common.retry")}
          </button>
        </p>
      )}
      {legend && legend.length > 0 && <ChartLegend ref={legendRef} items={legend} />}
    </>
  );
}
