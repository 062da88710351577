import {
  type Case,
  compareFuzzyTime,
  type Event,
  formatFuzzyTime,
  participationId,
  type Role,
} from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { type ClaimRef, claimRef } from "./claim-ref";
import { roleClass } from "./role-classes";

/** One actor's place at a meeting. */
export interface Attendee {
  actor: string;
  name: string;
  role: Role;
  level?: string;
  head?: string;
  capacity?: string;
  /** Claims about this participation (why someone declined, who says they were left out). */
  claims: ClaimRef[];
}

/** One meeting: who was there, who was invited, who stayed away, who was left out. */
export interface MeetingRow {
  event: string;
  title: string;
  /** Short label of the date, absent when undated. */
  date?: string;
  process?: string;
  status: Event["status"];
  format?: string;
  /** Parties (host, convenor, attendee, signatory) and third parties (observer, mediator, witness). */
  present: Attendee[];
  /** Invited, with no answer recorded. */
  invited: Attendee[];
  /** Invited and stayed away; their claims give the reasons and who gave them. */
  declined: Attendee[];
  /** Not invited or excluded. */
  leftOut: Attendee[];
}

/** Meetings in date order and the actor-by-meeting matrix of roles. */
export interface MeetingAttendance {
  meetings: MeetingRow[];
  /** Every actor with a role at some meeting, sorted. */
  actors: string[];
  /** matrix[actor][event] = the actor's roles at that meeting (absent when none). */
  matrix: Record<string, Record<string, Role[]>>;
}

/** Whether an event is a meeting: it has a participant other than a source or target. */
export function isMeeting(e: Event): boolean {
  return e.participants.some((p) => p.role !== "source" && p.role !== "target");
}

/** Events in date order (undated last), then by id. */
export function byDate<T extends Pick<Event, "id" | "date">>(a: T, b: T): number {
  if (a.date && b.date) return compareFuzzyTime(a.date, b.date) || (a.id < b.id ? -1 : 1);
  if (a.date) return -1;
  if (b.date) return 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The attendance matrix: per meeting (an event with participants other than source and
 * target), who was present in which role and at what level, who was invited, who declined and
 * why (the claims about the declined participation, each with its asserter), and who was not
 * invited or excluded. Optionally one process only.
 */
export function meetingAttendance(
  c: Case,
  filter: CaseFilter = {},
  options: { process?: string } = {},
): MeetingAttendance {
  const k = filterCase(c, filter);
  const index = caseIndex(k);
  const matrix: Record<string, Record<string, Role[]>> = {};
  const meetings = k.events
    .filter(isMeeting)
    .filter((e) => options.process === undefined || e.process === options.process)
    .sort(byDate)
    .map((e): MeetingRow => {
      const row: MeetingRow = {
        event: e.id,
        title: e.title,
        status: e.status,
        present: [],
        invited: [],
        declined: [],
        leftOut: [],
      };
      if (e.date) row.date = formatFuzzyTime(e.date);
      if (e.process !== undefined) row.process = e.process;
      if (e.format !== undefined) row.format = e.format;
      for (const p of e.participants) {
        const a: Attendee = {
          actor: p.actor,
          name: index.actors.get(p.actor)?.name ?? p.actor,
          role: p.role,
          claims: (
            index.claimsBySubject.get(`participation:${participationId(e.id, p)}`) ?? []
          ).map((x) => claimRef(k, x)),
        };
        if (p.delegation?.level !== undefined) a.level = p.delegation.level;
        if (p.delegation?.head !== undefined) a.head = p.delegation.head;
        if (p.delegation?.capacity !== undefined) a.capacity = p.delegation.capacity;
        const cls = roleClass(p.role);
        if (cls === "party" || cls === "third") row.present.push(a);
        else if (cls === "invited") row.invited.push(a);
        else if (cls === "declined") row.declined.push(a);
        else if (cls === "left_out") row.leftOut.push(a);
        else continue;
        const cell = matrix[p.actor] ?? {};
        matrix[p.actor] = cell;
        cell[e.id] = [...(cell[e.id] ?? []), p.role];
      }
      return row;
    });
  return { meetings, actors: Object.keys(matrix).sort(), matrix };
}
