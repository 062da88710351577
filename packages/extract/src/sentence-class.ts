import type { SentenceMention } from "./actor-mentions";
import {
  classifiedSentence,
  type EventClassModel,
  sentenceClassFeatures,
} from "./event-class-model";
import { type EventClass, eventClassOf } from "./event-classes";
import { factualDraft, sourceTargetPattern } from "./events/argument-slots";
import type { PloverType } from "./extraction";
import type { DraftEvent } from "./sentence-events";
import type { Token } from "./sentence-tokens";

/** The PLOVER type an event of a class takes when the model finds it and the rules find none. */
const typeOfClass: Record<Exclude<EventClass, "statement">, PloverType> = {
  verbal_cooperation: "CONSULT",
  material_cooperation: "COOPERATE",
  verbal_conflict: "ACCUSE",
  material_conflict: "ASSAULT",
};

const prepositions = new Set([
  "of",
  "in",
  "to",
  "with",
  "from",
  "by",
  "for",
  "on",
  "at",
  "against",
]);

/**
 * How far the model's class must lead the runner-up for the model alone to propose an event:
 * below it, short sentences with words the training sentences lack ("Sudan held elections")
 * are read wrongly too often.
 */
export const newEventMargin = 10;

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * The class of a sentence by the event-class model, with the rules' events weighed by it:
 * - another event of the sentence that has the model's class leads (its confidence rises just
 *   above the leader's);
 * - a request the model reads as verbal conflict is a demand (mode `demand`);
 * - when the model reads a statement, the events are 0.1 less sure;
 * - when the rules find no event and no tie but the model reads an act by a margin of at least
 *   `newEventMargin`, the sentence's first actor that is
 *   not the object of a preposition is its source and the next actor its target, in the type
 *   that stands for the class (`typeOfClass`), with confidence 0.3.
 * `drafts` is changed in place.
 */
export function weighedByClass(
  model: EventClassModel,
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  drafts: DraftEvent[],
): EventClass {
  const events = drafts.filter((d) => d.relation === null);
  const { eventClass, margin } = classifiedSentence(model, sentenceClassFeatures(tokens, events));
  let lead: DraftEvent | undefined;
  for (const d of events) if (lead === undefined || d.confidence > lead.confidence) lead = d;
  if (lead !== undefined && eventClass === "verbal_conflict") {
    for (const d of events) if (d.type === "REQUEST") d.mode = "demand";
  }
  if (lead !== undefined && eventClass === "statement") {
    for (const d of events) d.confidence = round(d.confidence - 0.1);
  } else if (lead !== undefined && eventClassOf(lead) !== eventClass) {
    let best: DraftEvent | undefined;
    for (const d of events)
      if (eventClassOf(d) === eventClass && (best === undefined || d.confidence > best.confidence))
        best = d;
    if (best !== undefined) best.confidence = round(Math.min(0.95, lead.confidence + 0.05));
  } else if (
    lead === undefined &&
    drafts.length === 0 &&
    eventClass !== "statement" &&
    margin >= newEventMargin
  ) {
    const type = typeOfClass[eventClass];
    const source = mentions.find(
      (m) => m.weak !== true && !prepositions.has(tokens[m.from - 1]?.lower ?? ""),
    );
    if (source !== undefined) {
      const target = mentions.find((m) => m.from > source.from && m.actor !== source.actor);
      const participants: DraftEvent["participants"] = [
        { actor: source.actor, role: "source" },
        ...(target === undefined ? [] : [{ actor: target.actor, role: "target" as const }]),
      ];
      drafts.push(factualDraft(source.to, sourceTargetPattern([], type, null), participants, 0.3));
    }
  }
  return eventClass;
}
