import type { BriefBlock, BriefSection } from "./brief";
import type { BriefContext } from "./brief-context";
import type { DraftStatement } from "./brief-footnotes";
import { type TimelineItem, timeline } from "./timeline";

/**
 * The timeline (`timeline`): dated events and relations in order, up to `options.timelineLimit`
 * listed (default 40) and all of them charted, each listed entry footnoted to its first claim.
 */
export function briefTimeline(ctx: BriefContext): BriefSection<DraftStatement> {
  const { k, index, name, say, options } = ctx;
  const blocks: BriefBlock<DraftStatement>[] = [];
  const items = timeline(k).filter((x) => x.kind !== "claim");
  const labelOf = (x: TimelineItem): string => {
    if (x.kind === "relation") {
      const r = index.relations.get(x.id);
      if (r) return `${x.when}: ${name(r.source)} ${r.type.replaceAll("_", " ")} ${name(r.target)}`;
    }
    const e = x.kind === "event" ? index.events.get(x.id) : undefined;
    return `${x.when}: ${x.label}${e && e.status !== "held" ? ` (${e.status})` : ""}`;
  };
  const notesOf = (x: TimelineItem): string[] => {
    const own = ctx.subjectNotes(`${x.kind}:${x.id}`, 1);
    if (own.length > 0 || x.kind !== "event") return own;
    // A meeting known only through who attended: cite the first participation claim.
    const prefix = `participation:${x.id}/`;
    const first = k.claims.find((cl) => cl.subject.startsWith(prefix));
    return first ? ctx.claimNote(first.id) : [];
  };
  const limit = options.timelineLimit ?? 40;
  blocks.push({
    kind: "list",
    items: items.slice(0, limit).map((x) => say(labelOf(x), notesOf(x))),
  });
  if (items.length > limit)
    blocks.push({
      kind: "paragraph",
      statements: [say(`${items.length - limit} later entries are left out of the list.`)],
    });
  blocks.push({
    kind: "chart",
    chart: {
      kind: "dots",
      title: "Timeline",
      dots: items
        .filter((x) => x.time.start !== null)
        .map((x) => ({
          date: x.time.start as string,
          lane:
            x.kind === "relation"
              ? "relations"
              : x.process
                ? (index.processes.get(x.process)?.name ?? x.process)
                : x.type,
          label: labelOf(x),
        })),
    },
  });
  return { id: "timeline", title: "Timeline", blocks };
}
