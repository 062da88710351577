import type { ArgumentNode } from "./argument-map";
import type { BriefBlock, BriefSection } from "./brief";
import { type BriefContext, HEDGE_WORDS } from "./brief-context";
import type { DraftStatement } from "./brief-footnotes";
import type { ClaimRef } from "./claim-ref";
import { contestedClaims } from "./contested-claims";

/**
 * The contested claims (`contestedClaims`): each claim something denies or contradicts, with the
 * denials, contradictions and corroborations under it; then the judgments resting on allegation.
 */
export function briefContested(
  ctx: BriefContext,
  args: ArgumentNode[],
): BriefSection<DraftStatement> {
  const { k, say, refText } = ctx;
  const blocks: BriefBlock<DraftStatement>[] = [];
  const contested = contestedClaims(k, {}, { contestedOnly: true });
  if (contested.length === 0)
    blocks.push({
      kind: "paragraph",
      statements: [say("No claim is denied or contradicted under this filter.")],
    });
  else {
    // A contradiction links two claims both ways; each pair is shown once, under the first.
    const shown = new Set<string>();
    const items: DraftStatement[] = [];
    for (const x of contested) {
      const fresh = (rs: ClaimRef[]) =>
        rs.filter((r) => !shown.has(r.id) || !shown.has(x.claim.id));
      const denials = fresh(x.denials);
      const contradictions = fresh(x.contradictions);
      if (shown.has(x.claim.id) && denials.length === 0 && contradictions.length === 0) continue;
      items.push(say(refText(x.claim), ctx.claimNote(x.claim.id)));
      for (const d of denials) items.push(say(`Denied: ${refText(d)}`, ctx.claimNote(d.id)));
      for (const d of contradictions)
        items.push(say(`Contradicted: ${refText(d)}`, ctx.claimNote(d.id)));
      for (const d of x.corroborations)
        items.push(say(`Corroborated: ${refText(d)}`, ctx.claimNote(d.id)));
      shown.add(x.claim.id);
      for (const d of [...denials, ...contradictions]) shown.add(d.id);
    }
    blocks.push({ kind: "list", items });
  }
  const weak = args.filter((j) => j.flag === "rests_on_allegation");
  if (weak.length > 0) {
    blocks.push({ kind: "heading", text: "Judgments resting on allegation or speculation" });
    blocks.push({
      kind: "list",
      items: weak.map((j) =>
        say(
          `${j.text} Supported by ${j.supports.map((s) => `"${s.note}" (${HEDGE_WORDS[s.hedge]})`).join("; ")}.`,
          j.supports.flatMap((s) => ctx.claimNote(s.id)),
        ),
      ),
    });
  }
  return { id: "contested", title: "Contested claims", blocks };
}
