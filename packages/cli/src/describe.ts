import { type Case, type Claim, type FuzzyTime, formatFuzzyTime } from "@parley/core";

/** Short evidence label: `source ¶p s` plus the quoted words, or the note when no span is given. */
export function evidenceLabel(claim: Claim): string {
  const e = claim.evidence;
  if (!e) return "analyst judgment";
  const where = [e.source];
  if (e.paragraph !== undefined) where.push(`¶${e.paragraph + 1}`);
  if (e.sentence !== undefined) where.push(`s${e.sentence + 1}`);
  const what = e.span ? `"${e.span.exact}"` : e.note ? `(${e.note})` : "";
  return `${where.join(" ")} ${what}`.trim();
}

/** Who asserts a claim, in words: the source's authors, the analyst, or the quoted actor's name. */
export function asserterLabel(c: Case, claim: Claim): string {
  if (claim.asserter === "author") {
    const src = claim.evidence ? c.sources.find((s) => s.id === claim.evidence?.source) : undefined;
    return src?.authors[0] ? `${src.authors[0]} (author)` : "author";
  }
  if (claim.asserter.startsWith("analyst:")) return `${claim.asserter.slice(8)} (analyst)`;
  return c.actors.find((a) => a.id === claim.asserter)?.name ?? claim.asserter;
}

/** One line per claim: stance, hedge, asserter, note, reliability/credibility and evidence. */
export function claimLine(c: Case, claim: Claim): string {
  const src = claim.evidence ? c.sources.find((s) => s.id === claim.evidence?.source) : undefined;
  const rel = claim.reliability ?? src?.reliability ?? "F";
  const cred = claim.credibility ?? 6;
  const stance = claim.stance === "asserts" ? "" : ` ${claim.stance.toUpperCase()}`;
  return `[${claim.hedge}${stance}] ${asserterLabel(c, claim)}: ${claim.note} {${rel}${cred}} <${evidenceLabel(claim)}>`;
}

/** A time as a short label, or an empty string. */
export function timeLabel(t: FuzzyTime | undefined): string {
  return t ? formatFuzzyTime(t) : "";
}

/** An actor's display name, or its id when unknown. */
export function actorName(c: Case, id: string): string {
  return c.actors.find((a) => a.id === id)?.name ?? id;
}
