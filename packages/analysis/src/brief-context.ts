import type { Case, Judgment } from "@parley/core";
import type { BriefOptions } from "./brief";
import type { DraftStatement, FootnoteRegistry } from "./brief-footnotes";
import type { CaseIndex } from "./case-index";
import type { ClaimRef } from "./claim-ref";

/** What every section of the brief is drafted from: the filtered case and the footnote registry. */
export interface BriefContext {
  /** The case as the filter leaves it. */
  k: Case;
  index: CaseIndex;
  options: BriefOptions;
  /** An actor's name, or its id when unknown. */
  name(id: string): string;
  /** A statement citing these footnote keys (repeats dropped). */
  say(text: string, refs?: string[]): DraftStatement;
  /** The footnote key of a claim (none when the filter removed it). */
  claimNote(id: string): string[];
  /** The footnote key of a judgment with its own evidence (none otherwise). */
  judgmentNote(j: Judgment): string[];
  /** The footnote keys of the first `limit` claims about a subject. */
  subjectNotes(subject: string, limit?: number): string[];
  /** A claim in words: its note, who asserts it and its hedge. */
  refText(r: ClaimRef): string;
}

/** Hedges as the brief words them. */
export const HEDGE_WORDS = {
  reported: "reported",
  alleged: "alleged",
  speculated: "speculation",
  analyst: "analyst's judgment",
} as const;

/** The drafting context of a brief over the filtered case `k`. */
export function briefContext(
  k: Case,
  index: CaseIndex,
  registry: FootnoteRegistry,
  options: BriefOptions,
): BriefContext {
  const name = (id: string) => index.actors.get(id)?.name ?? id;
  const claimNote = (id: string): string[] => {
    const claim = index.claims.get(id);
    return claim ? [registry.cite(`claim:${id}`, claim.evidence, claim.asserter)] : [];
  };
  const asserterName = (a: string) =>
    a === "author"
      ? "the source's author"
      : a.startsWith("analyst:")
        ? `analyst ${a.slice(8)}`
        : name(a);
  return {
    k,
    index,
    options,
    name,
    say: (text, refs = []) => ({ text, refs: [...new Set(refs)] }),
    claimNote,
    judgmentNote: (j) =>
      j.evidence ? [registry.cite(`judgment:${j.id}`, j.evidence, j.author)] : [],
    subjectNotes: (subject, limit = 2) =>
      (index.claimsBySubject.get(subject) ?? []).slice(0, limit).flatMap((cl) => claimNote(cl.id)),
    refText: (r) => `${r.note} (${asserterName(r.asserter)}, ${HEDGE_WORDS[r.hedge]})`,
  };
}

/** A number as the brief prints it: whole numbers as they are, others to two decimals. */
export function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

/** A share as a whole percentage. */
export function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}
