import type { Case, Hedge } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { type ClaimRef, claimRef } from "./claim-ref";

/** One judgment with the claims for and against it. */
export interface ArgumentNode {
  id: string;
  text: string;
  author: string;
  supports: ClaimRef[];
  undermines: ClaimRef[];
  /** How many supporting claims carry each hedge. */
  supportHedges: Record<Hedge, number>;
  /**
   * `rests_on_allegation`: every supporting claim is alleged or speculated;
   * `unsupported`: no supporting claim is left (after the filter); else null.
   */
  flag: "rests_on_allegation" | "unsupported" | null;
}

/**
 * The author's judgments as an argument map: each judgment with its supporting and undermining
 * claims and their hedges, flagging judgments whose support rests only on alleged or speculated
 * claims. After the argument maps of S. Toulmin, The Uses of Argument, 1958 (claim and grounds)
 * as used in structured analytic techniques.
 */
export function argumentMap(c: Case, filter: CaseFilter = {}): ArgumentNode[] {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  const refs = (ids: string[]) =>
    ids.flatMap((id) => {
      const claim = index.claims.get(id);
      return claim ? [claimRef(k, claim)] : [];
    });
  return k.judgments.map((j) => {
    const supports = refs(j.supports);
    const supportHedges: Record<Hedge, number> = {
      reported: 0,
      alleged: 0,
      speculated: 0,
      analyst: 0,
    };
    for (const s of supports) supportHedges[s.hedge]++;
    const weakOnly = supports.every((s) => s.hedge === "alleged" || s.hedge === "speculated");
    return {
      id: j.id,
      text: j.text,
      author: j.author,
      supports,
      undermines: refs(j.undermines),
      supportHedges,
      flag: supports.length === 0 ? "unsupported" : weakOnly ? "rests_on_allegation" : null,
    };
  });
}
