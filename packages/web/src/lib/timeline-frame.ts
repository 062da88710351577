const DAY = 86_400_000;
/** A gap longer than this cuts stray early or late events off the default view. */
const STRAY_GAP = 3 * 365 * DAY;

/**
 * The default frame of the timeline: the span of the case's dated events, less a few stray ones
 * lying more than three years before or after the rest (the list and "Show all" still reach
 * them), with a small margin on the left and room on the right for the labels of the latest
 * events. Null when no event is dated.
 */
export function defaultFrame(
  starts: readonly string[],
): { start: number; end: number; all: { start: number; end: number }; strays: number } | null {
  const t = starts.map((d) => Date.parse(d)).filter((x) => Number.isFinite(x));
  t.sort((a, b) => a - b);
  if (t.length === 0) return null;
  // The longest run of events with no gap over STRAY_GAP is the body of the case.
  let best = [0, 0];
  let from = 0;
  for (let i = 1; i <= t.length; i++) {
    if (i === t.length || (t[i] as number) - (t[i - 1] as number) > STRAY_GAP) {
      if (i - from > (best[1] as number) - (best[0] as number)) best = [from, i];
      from = i;
    }
  }
  const lo = t[best[0] as number] as number;
  const hi = t[(best[1] as number) - 1] as number;
  const span = Math.max(hi - lo, 180 * DAY);
  const frame = (a: number, b: number) => {
    const w = Math.max(b - a, 180 * DAY);
    return { start: a - w * 0.03, end: b + w * 0.3 };
  };
  return {
    start: lo - span * 0.03,
    end: hi + span * 0.3,
    all: frame(t[0] as number, t[t.length - 1] as number),
    strays: t.length - ((best[1] as number) - (best[0] as number)),
  };
}

/**
 * The end of a window from `start` to `end` drawn `width` pixels wide, moved right as far as it
 * takes for every label to fit: an item starting at `at` whose label is `label` pixels wide needs
 * (at - start) / (end' - start) * width + label <= width. Labels wider than half the width are
 * counted as half (they would squeeze the rest into a corner); items outside the window are not
 * counted. Returns `end` when every label fits already.
 */
export function endFittingLabels(
  start: number,
  end: number,
  width: number,
  items: readonly { at: number; label: number }[],
): number {
  if (!(width > 0)) return end;
  let span = end - start;
  for (const { at, label } of items) {
    if (at < start || at > end) continue;
    const room = width - Math.min(label, width / 2);
    span = Math.max(span, ((at - start) * width) / room);
  }
  return start + span;
}
