import { actorNetwork } from "./actor-network";
import { blocs } from "./blocs";
import type { BriefBlock, BriefSection } from "./brief";
import { type BriefContext, fmt, pct } from "./brief-context";
import type { DraftStatement } from "./brief-footnotes";
import { brokerageBetween } from "./brokerage";
import { centralities } from "./centralities";

/**
 * The network: the brokers by betweenness (`centralities`), who stands between the sides of the
 * heaviest hostile ties or of `options.brokerage` (`brokerageBetween`), and the blocs (`blocs`).
 * Each broker is footnoted to the first claims behind its ties.
 */
export function briefNetwork(ctx: BriefContext): BriefSection<DraftStatement> {
  const { k, name, say, options } = ctx;
  const blocks: BriefBlock<DraftStatement>[] = [];
  const net = actorNetwork(k);
  const tieNotes = (actor: string, limit: number): string[] => {
    const out: string[] = [];
    if (!net.hasNode(actor)) return out;
    net.forEachEdge(actor, (_e, t) => {
      for (const r of t.relations) out.push(...ctx.subjectNotes(`relation:${r}`, 1));
      for (const ev of t.events) out.push(...ctx.subjectNotes(`event:${ev}`, 1));
    });
    return [...new Set(out)].slice(0, limit);
  };
  const cent = centralities(net).sort(
    (a, b) => b.betweenness - a.betweenness || (a.node < b.node ? -1 : 1),
  );
  const top = cent.filter((x) => x.degree > 0).slice(0, 5);
  blocks.push({ kind: "heading", text: "Brokers" });
  blocks.push({
    kind: "list",
    items: top.map((x) =>
      say(
        `${name(x.node)}: betweenness ${fmt(x.betweenness)}, ties to ${x.degree} actors, weighted degree ${fmt(x.weightedDegree)}.`,
        tieNotes(x.node, 3),
      ),
    ),
  });
  blocks.push({
    kind: "chart",
    chart: {
      kind: "bars",
      title: "Betweenness",
      label: "betweenness (share of shortest paths)",
      bars: cent.slice(0, 10).map((x) => ({ name: name(x.node), value: x.betweenness })),
    },
  });
  const pairs = options.brokerage ?? hostilePairs(net);
  for (const [a, b] of pairs) {
    const from = net.hasNode(a) ? [a] : net.filterNodes((_n, at) => at.bloc === a);
    const to = net.hasNode(b) ? [b] : net.filterNodes((_n, at) => at.bloc === b);
    if (from.length === 0 || to.length === 0 || from.some((x) => to.includes(x))) continue;
    const br = brokerageBetween(net, from, to);
    const lead = br.brokers.slice(0, 3);
    blocks.push({
      kind: "paragraph",
      statements: [
        say(
          lead.length === 0
            ? `No actor stands between ${name(a)} and ${name(b)}.`
            : `Between ${name(a)} and ${name(b)}: ${lead.map((x) => `${x.name} (${pct(x.share)} of shortest paths)`).join(", ")}.`,
          lead.flatMap((x) => tieNotes(x.actor, 2)),
        ),
      ],
    });
  }
  const bl = blocs(net, { seed: 1 });
  const multi = bl.blocs.filter((x) => x.members.length > 1);
  blocks.push({ kind: "heading", text: "Blocs" });
  blocks.push({
    kind: "list",
    items:
      multi.length === 0
        ? [say("No bloc of more than one actor.")]
        : multi.map((x, i) => say(`Bloc ${i + 1}: ${x.members.map(name).join(", ")}.`)),
  });
  blocks.push({
    kind: "paragraph",
    statements: [say(`Modularity of the partition: ${fmt(bl.modularity)}.`)],
  });
  return { id: "network", title: "Network", blocks };
}

/** The three heaviest hostile ties (negative weight first), as actor pairs. */
function hostilePairs(net: ReturnType<typeof actorNetwork>): [string, string][] {
  const ties: { a: string; b: string; w: number }[] = [];
  net.forEachEdge((_e, t, a, b) => {
    if (t.negative <= 0) return;
    const [x, y] = a < b ? [a, b] : [b, a];
    ties.push({ a: x, b: y, w: t.negative });
  });
  ties.sort((x, y) => y.w - x.w || (x.a + x.b < y.a + y.b ? -1 : 1));
  return ties.slice(0, 3).map((t) => [t.a, t.b]);
}
