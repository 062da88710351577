import type { ReportingPattern } from "../lexicon";
import type { Token } from "../sentence-tokens";
import {
  candidates,
  type Group,
  hedgeIndex,
  matchWords,
  nearestAfter,
  nearestBefore,
  reportingIndex,
  type SentenceFrame,
} from "./argument-slots";

/** A verb of saying and whom it makes the asserter of what follows (or precedes). */
export interface Report {
  at: number;
  end: number;
  pattern: ReportingPattern;
  asserter: string | null;
  object: Group | undefined;
  /** "..., a charge Moscow denied": applies to what precedes. */
  backwards: boolean;
}

/** A hedge word and the certainty it gives what follows. */
export interface Hedge {
  at: number;
  certainty: "alleged" | "speculated";
}

/**
 * Attribution and hedges: who is said to assert what follows (or, for "a charge X denied", what
 * precedes), and the words that make it alleged or speculated. Marks the verbs of saying as used.
 */
export function attributions(frame: SentenceFrame): { reports: Report[]; hedges: Hedge[] } {
  const { tokens, groups, inMention, consumed } = frame;
  // Attribution: who is said to assert what follows (or, for "a charge X denied", what precedes).
  const reports: Report[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (inMention(i) || (t.pos !== "VERB" && t.pos !== "AUX" && t.pos !== "NOUN")) continue;
    for (const p of candidates(reportingIndex, t)) {
      const end = matchWords(tokens, i, p.words, inMention);
      if (end < 0) continue;
      const subject = nearestBefore(groups, tokens, i, false);
      const backwards =
        p.stance === "denies" &&
        /\b(charge|claim|allegation|accusation|report|which)\b/.test(
          tokens
            .slice(Math.max(0, i - 4), i)
            .map((x) => x.lower)
            .join(" "),
        );
      reports.push({
        at: i,
        end,
        pattern: p,
        asserter: subject?.actors[0] ?? null,
        object: nearestAfter(groups, tokens, end, 3),
        backwards,
      });
      for (let k = i; k < end; k++) consumed[k] = true;
      break;
    }
  }
  const hedges: Hedge[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const h of hedgeIndex.get((tokens[i] as Token).lower) ?? []) {
      if (h.words.every((w, k) => tokens[i + k]?.lower === w))
        hedges.push({ at: i, certainty: h.certainty });
    }
  }

  return { reports, hedges };
}
