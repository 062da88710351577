/**
 * Reading one sentence into draft events and ties, phase by phase (each in `events/`):
 *
 * 1. the frame: tokens, actor mentions grouped into arguments, places (`argument-slots.ts`);
 * 2. attribution and hedges: verbs of saying and their asserters, "allegedly" (`attributions.ts`);
 * 3. verb patterns: each pattern with its subject, object or recipient, voice, negation,
 *    intention, hedge and asserter (`verb-events.ts`);
 * 3b. meetings said by a phrase: "opened with", "brought X together with Y", a parenthesis of
 *    attendance after a meeting noun (`meeting-phrases.ts`);
 * 4. the reporting's own events: accusations, demands in reported speech (`reported-events.ts`);
 * 5. events without a pattern: families of event nouns and general verbs (`fallback-events.ts`);
 * 6. the sentence as a whole: protests, visits' hosts, embedded events (`event-adjustments.ts`).
 *
 * Meetings are merged across sentences afterwards, by `extractParagraph`.
 */
import type { ParagraphMemory, SentenceMention, SentencePlace } from "./actor-mentions";
import { type DraftEvent, sentenceFrame } from "./events/argument-slots";
import { attributions } from "./events/attributions";
import { adjustedEvents } from "./events/event-adjustments";
import { fallbackEvents } from "./events/fallback-events";
import { meetingPhrases } from "./events/meeting-phrases";
import { reportedEvents } from "./events/reported-events";
import { verbEvents } from "./events/verb-events";
import type { ActorKind } from "./extraction";
import type { Token } from "./sentence-tokens";

export type { DraftEvent } from "./events/argument-slots";

/**
 * Events, ties, attributions, hedges and negations of one sentence, from the lexicon's verb
 * patterns over the sentence's actor mentions. `memory` resolves "them" and "it" as objects.
 */
export function sentenceEvents(
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  memory: ParagraphMemory,
  kindOf: (actor: string) => ActorKind = () => "unknown",
  places: readonly SentencePlace[] = [],
): DraftEvent[] {
  const frame = sentenceFrame(tokens, mentions, memory, kindOf, places);
  const { reports, hedges } = attributions(frame);
  const drafts = verbEvents(frame, reports, hedges);
  meetingPhrases(frame, drafts);
  drafts.push(...reportedEvents(frame, reports));
  fallbackEvents(frame, drafts);
  adjustedEvents(frame, drafts);
  return drafts;
}
