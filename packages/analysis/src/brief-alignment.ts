import { alignment, latestPositions, type PairAlignment } from "./alignment";
import type { BriefBlock, BriefSection } from "./brief";
import { type BriefContext, fmt } from "./brief-context";
import type { DraftStatement } from "./brief-footnotes";

/**
 * The alignment section: each actor's latest position on each issue (footnoted), the closest and
 * most distant pairs from the alignment analysis, and its camps.
 */
export function briefAlignment(ctx: BriefContext): BriefSection<DraftStatement> {
  const { k, name, say } = ctx;
  const section = (blocks: BriefBlock<DraftStatement>[]): BriefSection<DraftStatement> => ({
    id: "alignment",
    title: "Alignment",
    blocks,
  });
  if (k.positions.length === 0)
    return section([
      { kind: "paragraph", statements: [say("The case records no positions on issues.")] },
    ]);
  const blocks: BriefBlock<DraftStatement>[] = [];
  const latest = latestPositions(k);
  const al = alignment(k);
  const issues = k.issues.filter((i) => k.positions.some((p) => p.issue === i.id));
  const issueName = new Map(issues.map((i) => [i.id, i.name]));
  blocks.push({
    kind: "table",
    caption: "Latest position on each issue (value on the issue's scale, salience in brackets).",
    header: ["Actor", ...issues.map((i) => i.name)],
    rows: al.actors.map((a) => [
      say(name(a)),
      ...issues.map((i) => {
        const p = latest.get(a)?.get(i.id);
        return p
          ? say(`${fmt(p.value)} (${fmt(p.salience)})`, ctx.subjectNotes(`position:${p.id}`, 1))
          : say("");
      }),
    ]),
  });
  const pairs = [...al.pairs].sort(
    (p, q) => p.distance - q.distance || (p.a + p.b < q.a + q.b ? -1 : 1),
  );
  const line = (p: PairAlignment) => {
    const refs = p.issues
      .slice(0, 2)
      .flatMap((d) => [
        ...ctx.subjectNotes(`position:${latest.get(p.a)?.get(d.issue)?.id ?? ""}`, 1),
        ...ctx.subjectNotes(`position:${latest.get(p.b)?.get(d.issue)?.id ?? ""}`, 1),
      ]);
    const agree = p.agree.map((i) => issueName.get(i) ?? i);
    const part = p.part.map((i) => issueName.get(i) ?? i);
    return say(
      `${name(p.a)} and ${name(p.b)}: alignment ${fmt(p.alignment)} over ${p.issues.length} issue${p.issues.length === 1 ? "" : "s"}${agree.length > 0 ? `; agree on ${agree.join(", ")}` : ""}${part.length > 0 ? `; part on ${part.join(", ")}` : ""}${p.sensitivity !== null && p.sensitivity > 0 ? `; moves by ${fmt(p.sensitivity)} without the analyst's positions` : ""}.`,
      refs,
    );
  };
  blocks.push({ kind: "heading", text: "Closest pairs" });
  blocks.push({ kind: "list", items: pairs.slice(0, 3).map(line) });
  blocks.push({ kind: "heading", text: "Most distant pairs" });
  blocks.push({ kind: "list", items: pairs.slice(-3).reverse().map(line) });
  blocks.push({ kind: "heading", text: "Camps" });
  blocks.push({
    kind: "list",
    items: al.camps.map((camp, i) => say(`Camp ${i + 1}: ${camp.map(name).join(", ")}.`)),
  });
  return section(blocks);
}
