import {
  type Case,
  type Claim,
  compareFuzzyTime,
  type FuzzyTime,
  formatFuzzyTime,
  parseFuzzyTime,
} from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { subjectActors } from "./subject-actors";

/** One dated thing on the timeline. */
export interface TimelineItem {
  kind: "event" | "relation" | "claim";
  id: string;
  /** Event title, relation as `source type target`, or the claim's note. */
  label: string;
  /** Event type (PLOVER), relation type, or `claim`. */
  type: string;
  time: FuzzyTime;
  /** Short label of the time. */
  when: string;
  /** The process of an event, or of the event a claim is about. */
  process?: string;
  /** The actors it involves. */
  actors: string[];
}

/** Which items to keep: one process, one actor, one type. */
export interface TimelineOptions {
  process?: string;
  actor?: string;
  type?: string;
}

const KIND_ORDER = { event: 0, relation: 1, claim: 2 } as const;

/**
 * The time a claim is placed at: when it became known (`reported`), else its source's date;
 * undefined when neither is known.
 */
export function claimTime(c: Case, claim: Claim): FuzzyTime | undefined {
  if (claim.reported) return claim.reported;
  const date = claim.evidence ? caseIndex(c).sources.get(claim.evidence.source)?.date : undefined;
  if (date === undefined) return undefined;
  const parsed = parseFuzzyTime(date);
  return parsed.ok ? parsed.value : undefined;
}

/**
 * Every dated event (at its date), relation (over its period) and claim (when it became known)
 * of a case under a filter on one axis, ordered by time (start, then end), then events before
 * relations before claims, then id; optionally only one process, actor or type.
 */
export function timeline(
  c: Case,
  filter: CaseFilter = {},
  options: TimelineOptions = {},
): TimelineItem[] {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  const items: TimelineItem[] = [];
  for (const e of k.events) {
    if (!e.date) continue;
    const item: TimelineItem = {
      kind: "event",
      id: e.id,
      label: e.title,
      type: e.type,
      time: e.date,
      when: formatFuzzyTime(e.date),
      actors: [...new Set(e.participants.map((p) => p.actor))].sort(),
    };
    if (e.process !== undefined) item.process = e.process;
    items.push(item);
  }
  for (const r of k.relations) {
    if (!r.period) continue;
    items.push({
      kind: "relation",
      id: r.id,
      label: `${r.source} ${r.type} ${r.target}`,
      type: r.type,
      time: r.period,
      when: formatFuzzyTime(r.period),
      actors: [...new Set([r.source, r.target])].sort(),
    });
  }
  for (const claim of k.claims) {
    const time = claimTime(k, claim);
    if (!time) continue;
    const item: TimelineItem = {
      kind: "claim",
      id: claim.id,
      label: claim.note,
      type: "claim",
      time,
      when: formatFuzzyTime(time),
      actors: subjectActors(k, claim.subject),
    };
    const [kind, rest = ""] = claim.subject.split(":");
    const eventId =
      kind === "event" ? rest : kind === "participation" ? rest.split("/")[0] : undefined;
    const process = eventId === undefined ? undefined : index.events.get(eventId)?.process;
    if (process !== undefined) item.process = process;
    items.push(item);
  }
  return items
    .filter((x) => options.process === undefined || x.process === options.process)
    .filter((x) => options.actor === undefined || x.actors.includes(options.actor))
    .filter((x) => options.type === undefined || x.type === options.type)
    .sort(
      (a, b) =>
        compareFuzzyTime(a.time, b.time) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
