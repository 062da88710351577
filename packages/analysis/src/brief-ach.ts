import { achMatrices } from "./ach-matrix";
import type { BriefBlock, BriefSection } from "./brief";
import { type BriefContext, fmt } from "./brief-context";
import type { DraftStatement } from "./brief-footnotes";

/**
 * Competing hypotheses (`achMatrices`): per question, the hypotheses ranked by weighted
 * inconsistency, the evidence matrix most diagnostic first, its chart, and the claims whose
 * removal would change the leader.
 */
export function briefAch(ctx: BriefContext): BriefSection<DraftStatement> {
  const { k, index, say } = ctx;
  const blocks: BriefBlock<DraftStatement>[] = [];
  const matrices = achMatrices(k);
  if (matrices.length === 0)
    blocks.push({
      kind: "paragraph",
      statements: [say("The case holds no competing hypotheses.")],
    });
  for (const m of matrices) {
    blocks.push({ kind: "heading", text: m.question });
    const lead = m.hypotheses[0];
    const hid = new Map(m.hypotheses.map((h, i) => [h.id, `H${i + 1}`]));
    blocks.push({
      kind: "paragraph",
      statements: [
        say(
          lead
            ? `Least inconsistent with the evidence: ${lead.text} (weighted inconsistency ${fmt(lead.inconsistency)}, ahead by ${fmt(m.margin)}). Ratings by ${m.analyst}.`
            : "No hypothesis.",
        ),
      ],
    });
    blocks.push({
      kind: "list",
      items: m.hypotheses.map((h) =>
        say(
          `${hid.get(h.id)}: ${h.text}, rank ${h.rank}, inconsistency ${fmt(h.inconsistency)}, consistency ${fmt(h.consistency)}.`,
        ),
      ),
    });
    blocks.push({
      kind: "table",
      caption:
        "Evidence against hypotheses (CC, C consistent; N neutral; I, II inconsistent; NA not applicable), most diagnostic first.",
      header: ["Evidence", "Weight", ...m.hypotheses.map((h) => hid.get(h.id) ?? h.id)],
      rows: m.evidence.map((e) => [
        say(e.claim.note, ctx.claimNote(e.claim.id)),
        say(fmt(e.weight)),
        ...m.hypotheses.map((h) => say(e.cells.find((x) => x.hypothesis === h.id)?.rating ?? "–")),
      ]),
    });
    blocks.push({
      kind: "chart",
      chart: {
        kind: "bars",
        title: `Weighted inconsistency: ${m.question}`,
        label: "weighted inconsistency (lower is likelier)",
        bars: m.hypotheses.map((h) => ({ name: hid.get(h.id) ?? h.id, value: h.inconsistency })),
      },
    });
    const changes = m.sensitivity.filter((s) => s.leaderChanges);
    if (changes.length > 0)
      blocks.push({
        kind: "list",
        items: changes.map((s) =>
          say(
            `Without "${index.claims.get(s.claim)?.note ?? s.claim}", ${m.hypotheses.find((h) => h.id === s.ranking[0])?.text ?? s.ranking[0]} would lead.`,
            ctx.claimNote(s.claim),
          ),
        ),
      });
  }
  return { id: "ach", title: "Competing hypotheses", blocks };
}
