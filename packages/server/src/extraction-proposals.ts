import { type Case, makeSpan, type Span } from "@parley/core";
import type { CaseActor, Extraction } from "@parley/extract";
import type { ProposalInput } from "@parley/store";

/** The case's actors as extraction takes them: ids, names and aliases (metonyms as aliases too). */
export function caseActorsOf(c: Case): CaseActor[] {
  return c.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: [...a.aliases, ...a.metonyms],
  }));
}

/**
 * The review-queue entries for what was extracted from a text: one per event and relation (with
 * the sentence as evidence), and one per actor the case does not know yet. `offset` is where
 * the text lies in the source (0 for a whole text).
 */
export function extractionProposals(
  c: Case,
  text: string,
  extraction: Extraction,
  sourceId: string | undefined,
): ProposalInput[] {
  const known = new Set(c.actors.map((a) => a.id));
  const sentenceSpan = (i: number): Span | undefined => {
    const s = extraction.sentences.find((x) => x.i === i);
    return s ? makeSpan(text, s.start, s.end) : undefined;
  };
  const evidenceOf = (sentence: number) => {
    const span = sentenceSpan(sentence);
    return { ...(sourceId !== undefined ? { source: sourceId } : {}), ...(span ? { span } : {}) };
  };
  const out: ProposalInput[] = [];
  for (const a of extraction.actors) {
    if (known.has(a.id)) continue;
    out.push({
      kind: "actor",
      payload: { id: a.id, name: a.name, kind: a.kind },
      evidence: { ...(sourceId !== undefined ? { source: sourceId } : {}), mentions: a.mentions },
    });
  }
  for (const e of extraction.events) {
    out.push({
      kind: "event",
      payload: e,
      evidence: evidenceOf(e.sentence),
      confidence: e.confidence,
    });
  }
  for (const r of extraction.relations) {
    out.push({
      kind: "relation",
      payload: r,
      evidence: evidenceOf(r.sentence),
      confidence: r.confidence,
    });
  }
  return out;
}
