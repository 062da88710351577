import { type FuzzyTime, formatFuzzyTime } from "@parley/core";
import type { ArgumentNode } from "./argument-map";
import type { BriefBlock, BriefSection } from "./brief";
import type { BriefContext } from "./brief-context";
import type { DraftStatement } from "./brief-footnotes";

/**
 * The summary: the case's own summary, its size and period, and the author's key judgments, each
 * footnoted to its own evidence or else to up to three supporting claims.
 */
export function briefSummary(
  ctx: BriefContext,
  args: ArgumentNode[],
): BriefSection<DraftStatement> {
  const { k, index, say } = ctx;
  const blocks: BriefBlock<DraftStatement>[] = [];
  if (k.summary) blocks.push({ kind: "paragraph", statements: [say(k.summary)] });
  blocks.push({
    kind: "paragraph",
    statements: [
      say(
        `The case${k.period ? `, covering ${periodWords(k.period)},` : ""} holds ${k.actors.length} actors, ${k.processes.length} processes, ${k.events.length} events and ${k.relations.length} relations, resting on ${k.claims.length} claims from ${k.sources.length} sources.`,
      ),
    ],
  });
  if (args.length > 0) {
    blocks.push({ kind: "heading", text: "Key judgments" });
    blocks.push({
      kind: "list",
      items: args.map((j) => {
        const judgment = index.judgments.get(j.id);
        const own = judgment ? ctx.judgmentNote(judgment) : [];
        const refs =
          own.length > 0 ? own : j.supports.slice(0, 3).flatMap((s) => ctx.claimNote(s.id));
        const flag =
          j.flag === "rests_on_allegation"
            ? " Its support rests only on alleged or speculated claims."
            : j.flag === "unsupported"
              ? " No supporting claim passes the filter."
              : "";
        return say(`${j.text}${flag}`, refs);
      }),
    });
  }
  return { id: "summary", title: "Summary", blocks };
}

/**
 * A period as the object of "covering": an open interval reads "the time since 2001", a closed
 * one as its label ("2001 to 2020", "late 2012").
 */
export function periodWords(t: FuzzyTime): string {
  const label = formatFuzzyTime(t);
  return /^(since|until|before|after|by)\b/.test(label) ? `the time ${label}` : label;
}
