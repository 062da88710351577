import { useEffect, useRef } from "react";

/**
 * A chart drawn by Observable Plot (or any function returning an element) into a container, and
 * redrawn when `deps` change. Plot writes labels as text nodes, so names from sources stay text.
 */
export function PlotFigure({
  render,
  deps,
  label,
  testId,
}: {
  render(): Element;
  deps: readonly unknown[];
  label: string;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const chart = render();
    el.replaceChildren(chart);
    return () => chart.remove();
  }, deps);
  return <figure ref={box} className="plot" aria-label={label} data-testid={testId} />;
}
