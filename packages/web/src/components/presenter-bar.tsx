import { useEffect } from "react";
import type { SavedView } from "../api/api-responses";
import { useApi } from "../api/use-api";
import { parseRoute, type Route, routeHash } from "../state/route";

/** Moves to step `i` of a saved view: its address plus the presentation's parameters. */
export function stepAddress(view: SavedView, i: number): string | null {
  const step = view.steps[i];
  if (!step) return null;
  const r = parseRoute(step.hash);
  return routeHash({ ...r, params: { ...r.params, present: view.id, step: String(i) } });
}

/**
 * The bar shown while presenting a saved view: the step's title and note, and previous/next
 * (also Page Up / Page Down).
 */
export function PresenterBar({ route }: { route: Route }) {
  const id = route.params.present;
  const view = useApi<SavedView>(id ? `/views/${encodeURIComponent(id)}` : null);
  const i = Number(route.params.step ?? 0) || 0;
  const v = view.data;
  useEffect(() => {
    if (!v) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.key === "PageDown" ? i + 1 : e.key === "PageUp" ? i - 1 : null;
      if (target === null) return;
      const h = stepAddress(v, target);
      if (h) {
        e.preventDefault();
        window.location.hash = h;
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [v, i]);
  if (!id || !v) return null;
  const step = v.steps[i];
  const go = (n: number) => {
    const h = stepAddress(v, n);
    if (h) window.location.hash = h;
  };
  return (
    <section className="presenter-bar" aria-label="Presentation">
      <strong>{v.title}</strong>
      <span>
        Step {i + 1} of {v.steps.length}: {step?.title}
      </span>
      {step?.note ? <span className="muted">{step.note}</span> : null}
      <button type="button" onClick={() => go(i - 1)} disabled={i === 0}>
        Previous
      </button>
      <button type="button" onClick={() => go(i + 1)} disabled={i + 1 >= v.steps.length}>
        Next
      </button>
      <button
        type="button"
        onClick={() => {
          const r = parseRoute(window.location.hash);
          const { present: _p, step: _s, ...params } = r.params;
          window.location.hash = routeHash({ ...r, params });
        }}
      >
        End
      </button>
    </section>
  );
}
