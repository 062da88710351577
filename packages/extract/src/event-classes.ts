import type { ExtractedEvent, PloverType } from "./extraction";

/**
 * CAMEO's five event classes ("pentaclass"): public statements (CAMEO 01), verbal cooperation
 * (02-05: appeals, intentions, consultations, diplomatic cooperation), material cooperation
 * (06-08: cooperation, aid, yielding), verbal conflict (09-13: investigation, demands,
 * disapproval, rejection, threats) and material conflict (14-20: protests, force posture,
 * reduced relations, coercion, assault, fighting). Indexed as ConfliBERT's coders number them.
 */
export const eventClasses = [
  "statement",
  "verbal_cooperation",
  "material_cooperation",
  "verbal_conflict",
  "material_conflict",
] as const;
export type EventClass = (typeof eventClasses)[number];

const classOfType: Record<PloverType, EventClass> = {
  AGREE: "verbal_cooperation",
  CONSULT: "verbal_cooperation",
  SUPPORT: "verbal_cooperation",
  REQUEST: "verbal_cooperation",
  COOPERATE: "material_cooperation",
  AID: "material_cooperation",
  CONCEDE: "material_cooperation",
  RETREAT: "material_cooperation",
  ACCUSE: "verbal_conflict",
  REJECT: "verbal_conflict",
  THREATEN: "verbal_conflict",
  PROTEST: "material_conflict",
  SANCTION: "material_conflict",
  MOBILIZE: "material_conflict",
  COERCE: "material_conflict",
  ASSAULT: "material_conflict",
};

/**
 * The CAMEO class of a PLOVER event: PLOVER's REQUEST spans CAMEO's appeals (verbal
 * cooperation) and demands (verbal conflict), told apart by the mode `demand`.
 */
export function eventClassOf(e: Pick<ExtractedEvent, "type" | "mode">): EventClass {
  if (e.type === "REQUEST" && e.mode === "demand") return "verbal_conflict";
  return classOfType[e.type];
}

/** The event that speaks for a sentence: the most confident, the first of equals. */
export function leadingEvent<E extends { confidence: number }>(
  events: readonly E[],
): E | undefined {
  let best: E | undefined;
  for (const e of events) if (best === undefined || e.confidence > best.confidence) best = e;
  return best;
}
