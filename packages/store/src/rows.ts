import {
  type Claim,
  type Event,
  type FuzzyTime,
  parseSubject,
  type Relation,
  reliabilities,
} from "@parley/core";
import type { EntityKind, ItemValues } from "./case-items";
import { dayOf, spanClass } from "./day-number";

/** Reported day of a claim whose `reported` interval has no start: known since always. */
export const MIN_DAY = -100_000_000;

/** The Admiralty reliability letter as 1 (A) .. 6 (F). */
export function reliabilityRank(r: string | undefined): number | null {
  if (r === undefined) return null;
  return reliabilities.indexOf(r as (typeof reliabilities)[number]) + 1;
}

function interval(t: FuzzyTime | undefined): {
  start_day: number | null;
  end_day: number | null;
  span_class: number;
} {
  const start_day = dayOf(t?.start);
  const end_day = dayOf(t?.end);
  return { start_day, end_day, span_class: spanClass(start_day, end_day) };
}

/** The first day of a partial ISO date (`2018`, `2018-02`, `2018-02-28`) as a day number. */
export function partialDateDay(iso: string | undefined): number | null {
  if (iso === undefined) return null;
  const [y, m, d] = iso.split("-");
  return dayOf(`${y}-${m ?? "01"}-${d ?? "01"}`);
}

/** Query columns of an entity kept in the generic `entities` table. */
export function entityColumns(
  kind: EntityKind,
  value: ItemValues[EntityKind],
): { type: string | null; actor: string | null; reliability: number | null; day: number | null } {
  const v = value as Record<string, unknown>;
  return {
    type: kind === "actor" ? (v.kind as string) : null,
    actor:
      kind === "position" || kind === "capability" || kind === "interest"
        ? (v.actor as string)
        : null,
    reliability: kind === "source" ? reliabilityRank(v.reliability as string | undefined) : null,
    day: kind === "source" ? partialDateDay(v.date as string | undefined) : null,
  };
}

/** Event columns; the JSON is the whole event, participants included. */
export function eventColumns(e: Event) {
  return {
    type: e.type as string,
    process: e.process ?? null,
    status: e.status as string,
    ...interval(e.date),
    data: JSON.stringify(e),
  };
}

/**
 * A new event's row (revision 1) as the values of the `events` table's bulk columns, in their
 * order (`key, case_key, id, ordinal, revision, type, process, status, start_day, end_day,
 * span_class, data`): the same values as `eventColumns`, without the intermediate objects.
 */
export function pushEventValues(
  out: unknown[],
  key: number,
  caseKey: number,
  ordinal: number,
  e: Event,
): void {
  const start = dayOf(e.date?.start);
  const end = dayOf(e.date?.end);
  out.push(
    key,
    caseKey,
    e.id,
    ordinal,
    1,
    e.type,
    e.process ?? null,
    e.status,
    start,
    end,
    spanClass(start, end),
    JSON.stringify(e),
  );
}

/** Relation columns. */
export function relationColumns(r: Relation) {
  return {
    type: r.type as string,
    source: r.source,
    target: r.target,
    ...interval(r.period),
    data: JSON.stringify(r),
  };
}

/**
 * A new claim's row as the values of the `claims` table's bulk columns, in their order
 * (`case_key, id, ordinal, subject_kind, subject_id, about, subject_actor, subject_role,
 * asserter, stance, hedge, source_id, reliability, credibility, reported_day, start_day,
 * end_day, span_class, recorded, data`): the same values as `claimColumns`, pushed onto `out`
 * without the intermediate objects (a bulk import builds millions of them).
 */
export function pushClaimValues(
  out: unknown[],
  caseKey: number,
  ordinal: number,
  recorded: string,
  c: Claim,
): void {
  const subject = c.subject;
  const colon = subject.indexOf(":");
  const kind = subject.slice(0, colon);
  const id = subject.slice(colon + 1);
  const slash = id.indexOf("/");
  let actor: string | null = null;
  let role: string | null = null;
  if (kind === "participation") {
    const parts = id.split("/");
    actor = parts[1] ?? null;
    role = parts[2] ?? null;
  }
  let start: number | null = null;
  let end: number | null = null;
  let span: number | null = null;
  if (c.period !== undefined) {
    start = dayOf(c.period.start);
    end = dayOf(c.period.end);
    span = spanClass(start, end);
  }
  out.push(
    caseKey,
    c.id,
    ordinal,
    kind,
    id,
    slash < 0 ? id : id.slice(0, slash),
    actor,
    role,
    c.asserter,
    c.stance,
    c.hedge,
    c.evidence?.source ?? null,
    reliabilityRank(c.reliability),
    c.credibility ?? null,
    c.reported === undefined ? null : (dayOf(c.reported.start) ?? MIN_DAY),
    start,
    end,
    span,
    recorded,
    JSON.stringify(c),
  );
}

/** Claim columns. */
export function claimColumns(c: Claim) {
  const { kind, id } = parseSubject(c.subject);
  const parts = id.split("/");
  const isParticipation = kind === "participation";
  const period =
    c.period === undefined
      ? { start_day: null, end_day: null, span_class: null }
      : interval(c.period);
  return {
    subject_kind: kind as string,
    subject_id: id,
    about: parts[0] ?? id,
    subject_actor: isParticipation ? (parts[1] ?? null) : null,
    subject_role: isParticipation ? (parts[2] ?? null) : null,
    asserter: c.asserter,
    stance: c.stance as string,
    hedge: c.hedge as string,
    source_id: c.evidence?.source ?? null,
    reliability: reliabilityRank(c.reliability),
    credibility: c.credibility ?? null,
    reported_day: c.reported === undefined ? null : (dayOf(c.reported.start) ?? MIN_DAY),
    ...period,
    data: JSON.stringify(c),
  };
}
