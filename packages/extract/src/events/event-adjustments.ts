import type { DraftEvent, SentenceFrame } from "./argument-slots";
import { complementPrepositions } from "./argument-slots";

/**
 * What the sentence as a whole says about its events, applied to `drafts` (sorted by position
 * on return): demands made by protesters are their protest; those met on a visit are its hosts;
 * an event named inside another's complement is less sure than the verb it hangs on.
 */
export function adjustedEvents(frame: SentenceFrame, drafts: DraftEvent[]): void {
  const { tokens, text } = frame;
  // Demands made by protesters are their protest (PLOVER codes the protest, not the demand).
  if (
    /\b(protest|protests|protesters|protestors|demonstrators|demonstration|demonstrations|rally|rallies|marchers|strikers)\b/.test(
      text,
    )
  ) {
    for (const d of drafts) {
      if (d.type === "REQUEST" && !drafts.some((x) => x.type === "PROTEST")) {
        d.type = "PROTEST";
        d.mode = "demo";
      }
    }
  }
  // "X travelled to the region and met with A and B": A and B received a visit.
  const visitors = new Set(
    drafts
      .filter((d) => d.mode === "visit")
      .flatMap((d) => d.participants.filter((p) => p.role === "attendee").map((p) => p.actor)),
  );
  if (visitors.size > 0) {
    for (const d of drafts) {
      if (d.pattern.meeting !== true || !d.participants.some((p) => visitors.has(p.actor)))
        continue;
      for (const p of d.participants)
        if (p.role === "attendee" && !visitors.has(p.actor)) p.role = "host";
    }
  }
  drafts.sort((a, b) => a.at - b.at);
  // An event named inside another's complement ("rejected an Indian proposal for signing a
  // trade pact", "agreed to US mediation in the talks with ...") is often not an act that took
  // place, and never the sentence's main event: it is less certain than the verb it hangs on.
  for (const d of drafts) {
    const t = tokens[d.at];
    if (t === undefined || !drafts.some((e) => e.at < d.at && e.pattern.meeting !== true)) continue;
    const before = tokens[d.at - 1]?.lower ?? "";
    const embedded =
      t.pos === "NOUN" || (t.lower.endsWith("ing") && complementPrepositions.has(before));
    if (embedded) d.confidence = Math.round((d.confidence - 0.15) * 100) / 100;
  }
}
