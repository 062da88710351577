/**
 * Proposals: what extraction suggests, as plain data for a review queue. A person accepts,
 * edits or rejects each; accepted ones become claims with their evidence. The store persists
 * them as they are (JSON payload), keyed by `id`, which is stable for the same suggestion from
 * the same text, so extracting a text twice does not queue anything twice.
 */
import { makeSpan, type ProposalStatus, type Span } from "@parley/core";
import { eventTitle, titleName } from "./event-titles";
import type {
  ActorKind,
  ExtractedEvent,
  ExtractedRelation,
  Extraction,
  Participant,
} from "./extraction";
import { builtInGazetteer } from "./gazetteer/gazetteer";

export type { ProposalStatus } from "@parley/core";

/** Where a proposal comes from: the source, the sentence index and a W3C-style text span. */
export interface Evidence {
  source?: string;
  sentence: number;
  span: Span;
}

export interface ProposedActor {
  id: string;
  name: string;
  kind: ActorKind;
  /** The state the actor belongs to, as extraction read it (ISO 3166 alpha-3). */
  country?: string;
}

/**
 * A proposed event: the extraction's event with a readable title ("Russia hosts talks with the
 * Taliban"), and for each participant named in another sentence than the event's (a meeting
 * merged across a paragraph), the evidence of the sentence that names it.
 */
export type ProposedEvent = ExtractedEvent & {
  title: string;
  participants: (Participant & { evidence?: Evidence })[];
};

export type ExtractedProposal = {
  id: string;
  sourceId: string | null;
  caseId: string | null;
  evidence: Evidence;
  confidence: number;
  status: ProposalStatus;
  /** Who reviewed it and why, once reviewed. */
  reviewer?: string;
  note?: string;
} & (
  | { kind: "event"; payload: ProposedEvent }
  | { kind: "relation"; payload: ExtractedRelation }
  | { kind: "actor"; payload: ProposedActor }
);

export interface ProposalContext {
  sourceId?: string;
  caseId?: string;
  /** Actor ids already known (default: the gazetteer's); other actors become proposals. */
  knownActors?: ReadonlySet<string>;
}

/** 32-bit FNV-1a hash as 8 hex digits (Fowler, Noll, Vo), enough to key proposals of one source. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** The evidence of a stretch of text: its exact quote with context, in its sentence. */
export function evidenceOf(
  text: string,
  sentence: number,
  start: number,
  end: number,
  source?: string,
): Evidence {
  return {
    ...(source === undefined ? {} : { source }),
    sentence,
    span: makeSpan(text, start, end),
  };
}

/**
 * The key under which two proposals say the same thing: same event type, participants, roles
 * and date; same tie and ends. A proposal whose key matches an existing claim corroborates it.
 */
export function duplicateKey(p: ExtractedProposal): string {
  switch (p.kind) {
    case "event": {
      const e = p.payload;
      const who = e.participants
        .map((x) => `${x.actor}:${x.role}`)
        .sort()
        .join(",");
      return `event|${e.type}|${who}|${e.date?.start ?? ""}|${e.date?.end ?? ""}|${e.negated}|${e.stance}`;
    }
    case "relation": {
      const r = p.payload;
      return `relation|${r.type}|${r.source}|${r.target}|${r.period?.start ?? ""}`;
    }
    case "actor":
      return `actor|${p.payload.id}`;
  }
}

/**
 * The proposals of an extraction of `text`: one per event, relation and actor the context does
 * not know, each with the sentence as evidence, the extraction's confidence and status pending.
 */
export function extractionProposals(
  text: string,
  x: Extraction,
  ctx: ProposalContext = {},
): ExtractedProposal[] {
  const base = {
    sourceId: ctx.sourceId ?? null,
    caseId: ctx.caseId ?? null,
    status: "pending" as const,
  };
  const sentenceSpan = (i: number): Evidence => {
    const s = x.sentences.find((y) => y.i === i);
    return evidenceOf(text, i, s?.start ?? 0, s?.end ?? 0, ctx.sourceId);
  };
  const out: ExtractedProposal[] = [];
  const add = (p: ExtractedProposal): void => {
    p.id = fnv1a(`${p.sourceId ?? ""}|${duplicateKey(p)}|${p.evidence.span.start}`);
    if (!out.some((q) => q.id === p.id)) out.push(p);
  };
  const actors = new Map(x.actors.map((a) => [a.id, a]));
  const nameOf = (id: string): string => {
    const a = actors.get(id);
    return a === undefined ? id : titleName(a.name, a.kind);
  };
  for (const e of x.events) {
    const participants = e.participants.map((q) => {
      const i = namingSentence(x, e, q.actor);
      return i === e.sentence ? { ...q } : { ...q, evidence: sentenceSpan(i) };
    });
    add({
      ...base,
      id: "",
      kind: "event",
      payload: { ...e, title: eventTitle(e, nameOf), participants },
      evidence: sentenceSpan(e.sentence),
      confidence: e.confidence,
    });
  }
  for (const r of x.relations) {
    add({
      ...base,
      id: "",
      kind: "relation",
      payload: r,
      evidence: sentenceSpan(r.sentence),
      confidence: r.confidence,
    });
  }
  const known = ctx.knownActors ?? new Set(builtInGazetteer().actors.keys());
  for (const a of x.actors) {
    const m = a.mentions[0];
    if (known.has(a.id) || m === undefined) continue;
    const sentence = x.sentences.find((s) => s.start <= m.start && m.end <= s.end)?.i ?? 0;
    add({
      ...base,
      id: "",
      kind: "actor",
      payload: {
        id: a.id,
        name: a.name,
        kind: a.kind,
        ...(a.country === undefined || a.country === "IGO" ? {} : { country: a.country }),
      },
      evidence: evidenceOf(text, sentence, m.start, m.end, ctx.sourceId),
      confidence: 0.5,
    });
  }
  return out;
}

/**
 * The sentence that names an event's participant: the event's own sentence when it mentions the
 * actor, else the nearest sentence after it that does (a meeting merged across a paragraph),
 * else the nearest before; the event's sentence when the actor has no mention.
 */
export function namingSentence(x: Extraction, e: ExtractedEvent, actor: string): number {
  const own = x.sentences.find((y) => y.i === e.sentence);
  const mentions = x.actors.find((a) => a.id === actor)?.mentions ?? [];
  if (own === undefined || mentions.some((m) => own.start <= m.start && m.start < own.end))
    return e.sentence;
  const at =
    mentions.find((m) => m.start >= own.end) ??
    [...mentions].reverse().find((m) => m.start < own.start);
  if (at === undefined) return e.sentence;
  return x.sentences.find((s) => s.start <= at.start && at.start < s.end)?.i ?? e.sentence;
}

/** A review decision: accept as is, accept with an edited payload, or reject. */
export type ReviewDecision =
  | { action: "accept"; reviewer?: string; note?: string }
  | { action: "edit"; payload: ExtractedProposal["payload"]; reviewer?: string; note?: string }
  | { action: "reject"; reviewer?: string; note?: string };

/** The proposal after a review decision (a new value; the input is not changed). */
export function reviewedProposal(p: ExtractedProposal, d: ReviewDecision): ExtractedProposal {
  const who = {
    ...(d.reviewer === undefined ? {} : { reviewer: d.reviewer }),
    ...(d.note === undefined ? {} : { note: d.note }),
  };
  if (d.action === "edit")
    return { ...p, ...who, payload: d.payload, status: "edited" } as ExtractedProposal;
  return { ...p, ...who, status: d.action === "accept" ? "accepted" : "rejected" };
}

/** Pending proposals at or above a confidence, for "accept all above". */
export function proposalsAbove(
  proposals: readonly ExtractedProposal[],
  confidence: number,
): ExtractedProposal[] {
  return proposals.filter((p) => p.status === "pending" && p.confidence >= confidence);
}
