import type { CaseCollection, CaseRecord } from "./case-records";
import { EventIdIndex } from "./event-id-index";
import { type Case, type Participation, participationId, type SubjectKind } from "./model";
import { type CaseProblem, checkRecord, type RecordContext } from "./validate-case";
import { roles } from "./vocabulary";

type Path = (string | number)[];

/** A reference to a claim, which a streamed check leaves to the store that holds the claims. */
export interface ClaimReference {
  claim: string;
  path: Path;
}

const ROLE_CODES = new Map<string, number>(roles.map((r, i) => [r, i]));
const ROLE_BITS = 5;

/**
 * The checks of `validateCase`, made record by record as a large case streams past, with the
 * same messages and paths. Records must come in case order (`caseCollections`: sources, actors,
 * processes, events, ..., claims, judgments, hypotheses, scenarios). What it keeps: the ids of
 * every list but claims, and the events packed in an `EventIdIndex` (about 50 bytes an event),
 * never the records. Two checks need the claims and are left to the store that holds them:
 * duplicate claim ids, and references to claims (links, judgments, hypotheses), which are
 * collected in `claimReferences`.
 */
export class CaseStreamCheck {
  private readonly ids = new Map<CaseCollection, Set<string>>();
  private readonly sources = new Map<string, Case["sources"][number]>();
  private readonly issues = new Map<string, Case["issues"][number]>();
  private readonly actorCodes = new Map<string, number>();
  private readonly actorNames: string[] = [];
  private readonly events = new EventIdIndex();
  /** Subjects of claims about relations and positions (events are flagged in `events`). */
  private readonly held = new Set<string>();
  private readonly relations: { id: string; index: number }[] = [];
  private readonly positions: { id: string; index: number }[] = [];
  /** References to claims, to be checked against the stored claims at the end. */
  readonly claimReferences: ClaimReference[] = [];

  /** References to records later in the referring record's own list: actor parents, related processes. */
  private readonly later: { list: CaseCollection; label: string; id: string; path: Path }[] = [];
  /** The problems of the record being checked, and its list. */
  private problems: CaseProblem[] = [];
  private list: CaseCollection = "sources";
  /** The participations of the event being checked, as `participantCode`s. */
  private codes: number[] = [];
  private seen = new Set<number>();
  private readonly context: RecordContext = {
    add: (path, message) => {
      this.problems.push({ path, message });
    },
    ref: (list, label, id, path) => {
      if (id === undefined) return;
      if (list === "claims") this.claimReferences.push({ claim: id, path });
      // A record may name one later in its own list: checked at the end.
      else if (list === this.list) this.later.push({ list, label, id, path });
      else if (!this.has(list, id)) this.context.add(path, `unknown ${label} "${id}"`);
    },
    issue: (id) => this.issues.get(id),
    isActor: (id) => this.has("actors", id),
    sources: this.sources,
    participation: (_e, p) => {
      const code = this.participantCode(p.actor, p.role, true);
      if (this.seen.has(code)) return false;
      this.seen.add(code);
      this.codes.push(code);
      return true;
    },
    subject: (kind, id, subject) => this.holds(kind, id, subject),
  };

  /** Checks one record; returns its problems (an empty list when it passes). */
  record<C extends CaseCollection>(collection: C, value: CaseRecord<C>, i: number): CaseProblem[] {
    const problems: CaseProblem[] = [];
    this.problems = problems;
    this.list = collection;
    const id = (value as { id: string }).id;
    if (collection !== "events" && collection !== "claims") {
      let set = this.ids.get(collection);
      if (set === undefined) {
        set = new Set();
        this.ids.set(collection, set);
      }
      if (set.has(id)) {
        this.context.add([collection, i, "id"], `duplicate id "${id}" in ${collection}`);
        return problems;
      }
      set.add(id);
    }
    switch (collection) {
      case "sources":
        this.sources.set(id, value as Case["sources"][number]);
        break;
      case "actors":
        this.actorCodes.set(id, this.actorNames.length);
        this.actorNames.push(id);
        break;
      case "events":
        this.codes = [];
        this.seen = new Set();
        break;
      case "relations":
        this.relations.push({ id, index: i });
        break;
      case "issues":
        this.issues.set(id, value as Case["issues"][number]);
        break;
      case "positions":
        this.positions.push({ id, index: i });
        break;
    }
    checkRecord(collection, value, i, this.context);
    if (collection === "events" && this.events.add(id, i, this.codes) < 0)
      this.context.add(["events", i, "id"], `duplicate id "${id}" in events`);
    return problems;
  }

  /**
   * What can only be checked once every record has passed: references to actors and processes
   * given later in their own list, and facts (events, participations, relations, positions) no
   * claim holds. Stops after `limit` problems.
   */
  finish(limit = Number.POSITIVE_INFINITY): CaseProblem[] {
    const problems: CaseProblem[] = [];
    const add = (path: Path, message: string) => {
      if (problems.length < limit) problems.push({ path, message });
    };
    for (const { list, label, id, path } of this.later)
      if (!this.has(list, id)) add(path, `unknown ${label} "${id}"`);
    for (const u of this.events.unheld()) {
      if (problems.length >= limit) break;
      const position = this.events.position(u.event);
      const id = this.events.id(u.event);
      if (u.participant === undefined)
        add(["events", position], `event "${id}" is held by no claim`);
      else {
        const pid = participationId(id, this.participant(u.code as number));
        add(
          ["events", position, "participants", u.participant],
          `participation "${pid}" is held by no claim`,
        );
      }
    }
    for (const r of this.relations)
      if (!this.held.has(`relation:${r.id}`))
        add(["relations", r.index], `relation "${r.id}" is held by no claim`);
    for (const p of this.positions)
      if (!this.held.has(`position:${p.id}`))
        add(["positions", p.index], `position "${p.id}" is held by no claim`);
    return problems;
  }

  // Whether the case has a claim's subject (as far as read), marking it held.
  private holds(kind: SubjectKind, id: string, subject: string): boolean {
    switch (kind) {
      case "event": {
        const n = this.events.find(id);
        if (n >= 0) this.events.holdEvent(n);
        return n >= 0;
      }
      case "participation": {
        const [event = "", actor = "", role = "", ...rest] = id.split("/");
        const n = rest.length === 0 ? this.events.find(event) : -1;
        const code = n < 0 ? -1 : this.participantCode(actor, role, false);
        return code >= 0 && this.events.holdParticipation(n, code);
      }
      case "relation":
      case "position":
      case "capability":
      case "interest":
      case "actor":
      case "process":
      case "issue":
        if (kind === "relation" || kind === "position") this.held.add(subject);
        return this.has(subjectCollections[kind], id);
      default:
        return true;
    }
  }

  private has(collection: CaseCollection, id: string): boolean {
    if (collection === "events") return this.events.find(id) >= 0;
    return this.ids.get(collection)?.has(id) ?? false;
  }

  // An actor and a role as one number. Actors not in the case get codes too (when `add`), so
  // that a participation of an unknown actor is still a participation a claim can hold, as in
  // `validateCase`; the unknown actor is reported by itself.
  private participantCode(actor: string, role: string, add: boolean): number {
    const r = ROLE_CODES.get(role);
    if (r === undefined) return -1;
    let a = this.actorCodes.get(actor);
    if (a === undefined) {
      if (!add) return -1;
      a = this.actorNames.length;
      this.actorCodes.set(actor, a);
      this.actorNames.push(actor);
    }
    return a * (1 << ROLE_BITS) + r;
  }

  private participant(code: number): Pick<Participation, "actor" | "role"> {
    const a = Math.floor(code / (1 << ROLE_BITS));
    return { actor: this.actorNames[a] ?? "", role: roles[code % (1 << ROLE_BITS)] ?? "attendee" };
  }
}

const subjectCollections = {
  relation: "relations",
  position: "positions",
  capability: "capabilities",
  interest: "interests",
  actor: "actors",
  process: "processes",
  issue: "issues",
} as const satisfies Record<string, CaseCollection>;
