import type { Extraction, ParticipantRole } from "../extraction";
import { namingSentence } from "../proposals";
import { type PrecisionRecall, precisionRecall } from "./scores";

/** A hand-coded meeting participation: the sentence that names it, the actor and the role. */
export interface CodedParticipation {
  sentence: number;
  actor: string;
  role: ParticipantRole;
}

/** Modes of CONSULT that are meetings (a phone call or a bare consultation is not). */
export const meetingModes: ReadonlySet<string> = new Set([
  "meeting",
  "talks",
  "conference",
  "mediated",
  "visit",
]);

/** Convening and hosting are one role here: sources say "hosted" of whoever convened. */
const roleKey = (r: string): string => (r === "convenor" ? "host" : r);

/**
 * Meeting participations of an extraction against hand-coded ones: each extracted
 * participation of a meeting (a CONSULT event of a meeting mode) is placed in the sentence that
 * names its actor (`namingSentence`) and counts when the coded set has the same sentence, actor
 * and role (host and convenor alike); precision over the extracted, recall over the coded.
 */
export function meetingEvaluation(
  x: Extraction,
  coded: readonly CodedParticipation[],
): PrecisionRecall & { missed: CodedParticipation[]; wrong: CodedParticipation[] } {
  const key = (p: CodedParticipation): string => `${p.sentence}|${p.actor}|${roleKey(p.role)}`;
  const found = new Map<string, CodedParticipation>();
  for (const e of x.events) {
    if (e.type !== "CONSULT" || !meetingModes.has(e.mode ?? "")) continue;
    for (const p of e.participants) {
      const q = { sentence: namingSentence(x, e, p.actor), actor: p.actor, role: p.role };
      found.set(key(q), q);
    }
  }
  const gold = new Map(coded.map((p) => [key(p), p]));
  const hits = [...found.keys()].filter((k) => gold.has(k)).length;
  return {
    ...precisionRecall(hits, found.size, gold.size),
    missed: [...gold].filter(([k]) => !found.has(k)).map(([, p]) => p),
    wrong: [...found].filter(([k]) => !gold.has(k)).map(([, p]) => p),
  };
}
