import type { DraftEvent, SentenceFrame } from "./argument-slots";
import { factualDraft, negators, obligations, sourceTargetPattern } from "./argument-slots";
import type { Report } from "./attributions";

/**
 * Events of the reporting itself: an accusation is an ACCUSE event of its own; "Russia said
 * that Sudan must return the helicopter" is a demand made of Sudan (CAMEO and PLOVER code a
 * statement that another actor must or should act as REQUEST).
 */
export function reportedEvents(frame: SentenceFrame, reports: readonly Report[]): DraftEvent[] {
  const { tokens, groups } = frame;
  const drafts: DraftEvent[] = [];
  for (const r of reports) {
    const e = r.pattern.event;
    if (e === undefined || r.asserter === null) continue;
    const participants: DraftEvent["participants"] = [{ actor: r.asserter, role: "source" }];
    for (const a of r.object?.actors ?? [])
      if (a !== r.asserter) participants.push({ actor: a, role: "target" });
    drafts.push(
      factualDraft(r.at, sourceTargetPattern(r.pattern.words, e.type, e.mode), participants, 0.7),
    );
  }
  // "Russia said that Sudan must return the helicopter": a statement that another actor must
  // or should act is a demand made of it (CAMEO and PLOVER code it as REQUEST).
  for (const r of reports) {
    if (r.asserter === null || r.pattern.stance === "denies") continue;
    for (const g of groups) {
      if (g.from < r.end || g.from - r.end > 8) continue;
      if (tokens.slice(r.end, g.from).some((t) => t.lower === "," || t.lower === ".")) break;
      const k = g.to;
      if (tokens[k]?.lower === "'s") break;
      if (!obligations.has(tokens[k]?.lower ?? "")) continue;
      const targets = g.actors.filter((a) => a !== r.asserter);
      if (targets.length === 0) break;
      drafts.push(
        factualDraft(
          k,
          sourceTargetPattern([tokens[k]?.lower ?? "must"], "REQUEST", null),
          [
            { actor: r.asserter, role: "source" },
            ...targets.map((a) => ({ actor: a, role: "target" as const })),
          ],
          0.9,
          negators.has(tokens[k + 1]?.lower ?? ""),
        ),
      );
      break;
    }
  }
  return drafts;
}
