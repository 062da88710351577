import type { Case } from "@parley/core";
import { extractDocument } from "../extract-document";
import type { Extraction } from "../extraction";
import type { CaseActor } from "../gazetteer/gazetteer";

/** A meeting participation the case records from the essay, and whether extraction found it. */
export interface ParticipationCheck {
  event: string;
  actor: string;
  role: string;
  recovered: boolean;
}

/** How much of a case's meeting attendance, as drawn from one source, extraction recovers. */
export interface EssayEvaluation {
  participations: ParticipationCheck[];
  recovered: number;
  recall: number;
  /** Certainty of the ties the case records as alleged or speculated, as extracted. */
  hedges: { relation: string; expected: string; extracted: string | null }[];
}

/** The case's actors as extraction takes them (ids, names, kinds, aliases, metonyms). */
export function caseActorsFromCase(c: Case): CaseActor[] {
  return c.actors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    metonyms: a.metonyms,
  }));
}

const yearsOf = (
  start: string | null | undefined,
  end: string | null | undefined,
): [number, number] => [
  start ? Number(start.slice(0, 4)) : Number.NEGATIVE_INFINITY,
  end ? Number(end.slice(0, 4)) : Number.POSITIVE_INFINITY,
];

/**
 * Runs extraction over a source text with the case's actors and checks each meeting
 * participation the case draws from that source (claims on `participation:` subjects of CONSULT
 * events with evidence in `sourceId`): recovered when an extracted CONSULT event has the same
 * actor in the same role and a date whose years overlap the case event's (or no date).
 */
export function essayEvaluation(
  c: Case,
  sourceId: string,
  text: string,
  extraction?: Extraction,
): EssayEvaluation {
  const x = extraction ?? extractDocument(text, { caseActors: caseActorsFromCase(c) });
  const events = new Map(c.events.map((e) => [e.id, e]));
  const seen = new Set<string>();
  const participations: ParticipationCheck[] = [];
  for (const claim of c.claims) {
    if (claim.evidence?.source !== sourceId) continue;
    const m = /^participation:([^/]+)\/([^/]+)\/([^/]+)$/.exec(claim.subject);
    if (m === null) continue;
    const [, eventId = "", actor = "", role = ""] = m;
    const event = events.get(eventId);
    if (event === undefined || event.type !== "CONSULT") continue;
    const key = `${eventId}/${actor}/${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [from, to] = yearsOf(event.date?.start, event.date?.end);
    const recovered = x.events.some((e) => {
      if (e.type !== "CONSULT" || !e.participants.some((p) => p.actor === actor && p.role === role))
        return false;
      if (e.date === null) return true;
      const [a, b] = yearsOf(e.date.start, e.date.end);
      return a <= to && b >= from;
    });
    participations.push({ event: eventId, actor, role, recovered });
  }
  const hedges: EssayEvaluation["hedges"] = [];
  for (const claim of c.claims) {
    if (
      claim.evidence?.source !== sourceId ||
      (claim.hedge !== "alleged" && claim.hedge !== "speculated")
    )
      continue;
    const m = /^relation:(.+)$/.exec(claim.subject);
    const rel = m === null ? undefined : c.relations.find((r) => r.id === m[1]);
    if (rel === undefined) continue;
    const found = x.relations.find(
      (r) => r.type === rel.type && r.source === rel.source && r.target === rel.target,
    );
    hedges.push({
      relation: `${rel.type} ${rel.source}>${rel.target}`,
      expected: claim.hedge,
      extracted: found?.certainty ?? null,
    });
  }
  const recovered = participations.filter((p) => p.recovered).length;
  return {
    participations,
    recovered,
    recall: participations.length === 0 ? 0 : recovered / participations.length,
    hedges,
  };
}
