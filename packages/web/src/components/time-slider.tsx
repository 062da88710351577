import type { Case } from "@parley/core";
import { useEffect, useMemo, useState } from "react";
import { monthIndex, monthLabel } from "../lib/time";

/** The months a case spans: from its earliest dated event or relation to its latest. */
export function caseMonths(c: Case | undefined): { min: number; max: number } | null {
  if (!c) return null;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const see = (t: { start: string | null; end: string | null } | undefined) => {
    if (!t) return;
    if (t.start) min = Math.min(min, monthIndex(t.start));
    if (t.end) max = Math.max(max, monthIndex(t.end));
    if (t.start && !t.end) max = Math.max(max, monthIndex(t.start));
  };
  for (const e of c.events) see(e.date);
  for (const r of c.relations) see(r.period);
  if (!Number.isFinite(min) || !Number.isFinite(max)) return null;
  return { min, max: Math.max(min, max) };
}

/**
 * The time window of the whole workbench: two sliders over the case's months. Moving them
 * changes `from` and `to` in the address, which filters every view.
 */
export function TimeSlider({
  c,
  from,
  to,
  onChange,
}: {
  c: Case | undefined;
  from: string | undefined;
  to: string | undefined;
  onChange(from: string | undefined, to: string | undefined): void;
}) {
  const bounds = useMemo(() => caseMonths(c), [c]);
  const [lo, setLo] = useState<number | null>(null);
  const [hi, setHi] = useState<number | null>(null);
  const min = bounds?.min ?? 0;
  const max = bounds?.max ?? 0;
  const curLo = lo ?? (from ? monthIndex(from) : min);
  const curHi = hi ?? (to ? monthIndex(to) : max);

  // Commit after the analyst pauses, so that dragging does not reload every view at every step.
  useEffect(() => {
    if (lo === null && hi === null) return;
    const t = setTimeout(() => {
      const f = curLo <= min ? undefined : monthLabel(curLo);
      const e = curHi >= max ? undefined : monthLabel(curHi);
      setLo(null);
      setHi(null);
      if (f !== from || e !== to) onChange(f, e);
    }, 350);
    return () => clearTimeout(t);
  }, [lo, hi, curLo, curHi, min, max, from, to, onChange]);

  if (!bounds) return null;
  return (
    <fieldset className="time-slider" aria-label="Time window">
      <legend>Time window</legend>
      <label>
        <span className="sr-only">From</span>
        <input
          type="range"
          min={min}
          max={max}
          value={curLo}
          aria-label="From month"
          aria-valuetext={monthLabel(curLo)}
          data-testid="time-from"
          onChange={(e) => setLo(Math.min(Number(e.target.value), curHi))}
        />
      </label>
      <label>
        <span className="sr-only">To</span>
        <input
          type="range"
          min={min}
          max={max}
          value={curHi}
          aria-label="To month"
          aria-valuetext={monthLabel(curHi)}
          data-testid="time-to"
          onChange={(e) => setHi(Math.max(Number(e.target.value), curLo))}
        />
      </label>
      <output data-testid="time-window">
        {monthLabel(curLo)} – {monthLabel(curHi)}
      </output>
      {from || to ? (
        <button type="button" onClick={() => onChange(undefined, undefined)}>
          All time
        </button>
      ) : null}
    </fieldset>
  );
}
