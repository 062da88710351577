import type { Case } from "@parley/core";
import { useEffect, useMemo, useState } from "react";
import { isIsoPartial, lastDay, monthIndex, monthLabel } from "../lib/time";

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
 * A typed side of the window as a month index: a year or a month (`2018`, `2018-03`), a day
 * counting as its month; `to` of a year is its December. Null when the text is no such date.
 */
export function typedMonth(text: string, side: "from" | "to"): number | null {
  const t = text.trim();
  if (!isIsoPartial(t)) return null;
  return monthIndex(side === "to" ? lastDay(t.slice(0, 7)) : t);
}

const sideLabel = { from: "From", to: "To" } as const;

/** One side of the window typed as a year or month; Enter or leaving the field applies it. */
function DateField({
  month,
  side,
  onApply,
}: {
  month: number;
  side: "from" | "to";
  onApply(month: number): void;
}) {
  const label = sideLabel[side];
  const shown = monthLabel(month);
  const [draft, setDraft] = useState<string | null>(null);
  const bad = draft !== null && typedMonth(draft, side) === null;
  const apply = () => {
    if (draft === null) return;
    const m = typedMonth(draft, side);
    if (m === null) return;
    setDraft(null);
    onApply(m);
  };
  return (
    <label className="date-field">
      <span className="sr-only">{label}</span>
      <input
        type="text"
        inputMode="numeric"
        size={7}
        value={draft ?? shown}
        aria-label={`${label} (year or year-month)`}
        aria-invalid={bad}
        title="A year (2018) or a month (2018-03)"
        data-testid={`time-${side}-date`}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === "Enter") apply();
          if (e.key === "Escape") setDraft(null);
        }}
      />
    </label>
  );
}

/**
 * The time window of the whole workbench: two sliders over the case's months and the same two
 * ends as typed dates (a year or a month), kept in step. Changing either sets `from` and `to` in
 * the address, which filters every view.
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

  // A typed date applies at once: the analyst has finished choosing.
  const applyTyped = (nextLo: number, nextHi: number) => {
    const a = Math.max(min, Math.min(nextLo, nextHi));
    const b = Math.min(max, Math.max(nextLo, nextHi));
    setLo(null);
    setHi(null);
    onChange(a <= min ? undefined : monthLabel(a), b >= max ? undefined : monthLabel(b));
  };

  if (!bounds) return null;
  // Ticks the thumbs snap to, so a year can be set by mouse: each January for the start, each
  // December for the end.
  const years: number[] = [];
  for (let m = Math.ceil(min / 12) * 12; m <= max; m += 12) years.push(m);
  const ends: number[] = [];
  for (let m = Math.floor(min / 12) * 12 + 11; m <= max; m += 12) if (m >= min) ends.push(m);
  const slider = (side: "from" | "to", value: number, ticks: string, move: (m: number) => void) => (
    <label>
      <span className="sr-only">{sideLabel[side]}</span>
      <input
        type="range"
        min={min}
        max={max}
        value={value}
        aria-label={`${sideLabel[side]} month`}
        list={ticks}
        aria-valuetext={monthLabel(value)}
        data-testid={`time-${side}`}
        onChange={(e) => move(Number(e.target.value))}
      />
    </label>
  );
  return (
    <fieldset className="time-slider" aria-label="Time window">
      <legend>Time window</legend>
      <datalist id="time-window-starts">
        {years.map((m) => (
          <option key={m} value={m} label={String(m / 12)} />
        ))}
      </datalist>
      <datalist id="time-window-ends">
        {ends.map((m) => (
          <option key={m} value={m} label={String((m - 11) / 12)} />
        ))}
      </datalist>
      {slider("from", curLo, "time-window-starts", (m) => setLo(Math.min(m, curHi)))}
      {slider("to", curHi, "time-window-ends", (m) => setHi(Math.max(m, curLo)))}
      <DateField side="from" month={curLo} onApply={(m) => applyTyped(m, curHi)} />
      <span aria-hidden="true">–</span>
      <DateField side="to" month={curHi} onApply={(m) => applyTyped(curLo, m)} />
      <output data-testid="time-window" className="sr-only">
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
