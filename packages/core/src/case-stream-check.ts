import type { CaseCollection, CaseRecord } from "./case-records";
import { EventIdIndex } from "./event-id-index";
import { type Case, type Participation, parseSubject, participationId } from "./model";
import { type CaseProblem, claimOwnProblems } from "./validate-case";
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
  private readonly actorParents: { parent: string; path: Path }[] = [];
  private readonly relatedProcesses: { process: string; path: Path }[] = [];
  /** References to claims, to be checked against the stored claims at the end. */
  readonly claimReferences: ClaimReference[] = [];

  /** Checks one record; returns its problems (an empty list when it passes). */
  record<C extends CaseCollection>(collection: C, value: CaseRecord<C>, i: number): CaseProblem[] {
    const problems: CaseProblem[] = [];
    const add = (path: Path, message: string) => problems.push({ path, message });
    const ref = (what: CaseCollection, label: string, id: string | undefined, path: Path) => {
      if (id !== undefined && !this.has(what, id)) add(path, `unknown ${label} "${id}"`);
    };
    const id = (value as { id: string }).id;
    if (collection !== "events" && collection !== "claims") {
      let set = this.ids.get(collection);
      if (set === undefined) {
        set = new Set();
        this.ids.set(collection, set);
      }
      if (set.has(id)) {
        add([collection, i, "id"], `duplicate id "${id}" in ${collection}`);
        return problems;
      }
      set.add(id);
    }
    switch (collection) {
      case "sources":
        this.sources.set(id, value as Case["sources"][number]);
        break;
      case "actors": {
        const a = value as Case["actors"][number];
        this.actorCodes.set(a.id, this.actorNames.length);
        this.actorNames.push(a.id);
        // A parent may come later in the list: checked at the end.
        if (a.parent !== undefined)
          this.actorParents.push({ parent: a.parent, path: ["actors", i, "parent"] });
        if (a.parent === a.id)
          add(["actors", i, "parent"], `actor "${a.id}" cannot be its own parent`);
        break;
      }
      case "processes": {
        const p = value as Case["processes"][number];
        p.convenors.forEach((a, j) => ref("actors", "actor", a, ["processes", i, "convenors", j]));
        p.backers.forEach((a, j) => ref("actors", "actor", a, ["processes", i, "backers", j]));
        p.related.forEach((r, j) =>
          this.relatedProcesses.push({
            process: r.process,
            path: ["processes", i, "related", j, "process"],
          }),
        );
        break;
      }
      case "events": {
        const e = value as Case["events"][number];
        ref("processes", "process", e.process, ["events", i, "process"]);
        const codes: number[] = [];
        const seen = new Set<number>();
        e.participants.forEach((p, j) => {
          const path = ["events", i, "participants", j];
          ref("actors", "actor", p.actor, [...path, "actor"]);
          const code = this.participantCode(p.actor, p.role, true);
          if (seen.has(code))
            add(
              path,
              `duplicate participation: "${p.actor}" is already "${p.role}" in event "${e.id}"`,
            );
          else {
            seen.add(code);
            codes.push(code);
          }
          if (p.delegation) {
            ref("actors", "actor", p.delegation.head, [...path, "delegation", "head"]);
            ref("actors", "actor", p.delegation.body, [...path, "delegation", "body"]);
            p.delegation.members.forEach((m, k) =>
              ref("actors", "actor", m, [...path, "delegation", "members", k]),
            );
          }
        });
        if (this.events.add(e.id, i, codes) < 0)
          add(["events", i, "id"], `duplicate id "${e.id}" in events`);
        break;
      }
      case "relations": {
        const r = value as Case["relations"][number];
        ref("actors", "actor", r.source, ["relations", i, "source"]);
        ref("actors", "actor", r.target, ["relations", i, "target"]);
        this.relations.push({ id: r.id, index: i });
        break;
      }
      case "issues":
        this.issues.set(id, value as Case["issues"][number]);
        break;
      case "positions": {
        const p = value as Case["positions"][number];
        ref("actors", "actor", p.actor, ["positions", i, "actor"]);
        ref("issues", "issue", p.issue, ["positions", i, "issue"]);
        const issue = this.issues.get(p.issue);
        if (issue) {
          const { min, max } = issue.scale;
          if (p.value < min || p.value > max)
            add(
              ["positions", i, "value"],
              `value ${p.value} is outside the scale of issue "${p.issue}" (${min}..${max})`,
            );
          if (
            p.range &&
            (p.range[0] > p.value || p.range[1] < p.value || p.range[0] < min || p.range[1] > max)
          ) {
            add(
              ["positions", i, "range"],
              `range [${p.range.join(", ")}] must contain the value ${p.value} and lie within ${min}..${max}`,
            );
          }
        }
        this.positions.push({ id: p.id, index: i });
        break;
      }
      case "capabilities": {
        const p = value as Case["capabilities"][number];
        ref("actors", "actor", p.actor, ["capabilities", i, "actor"]);
        ref("issues", "issue", p.issue, ["capabilities", i, "issue"]);
        break;
      }
      case "interests": {
        const p = value as Case["interests"][number];
        ref("actors", "actor", p.actor, ["interests", i, "actor"]);
        p.issues.forEach((x, j) => ref("issues", "issue", x, ["interests", i, "issues", j]));
        break;
      }
      case "claims":
        this.claim(value as Case["claims"][number], i, add);
        break;
      case "judgments": {
        const j = value as Case["judgments"][number];
        j.supports.forEach((x, k) =>
          this.claimReferences.push({ claim: x, path: ["judgments", i, "supports", k] }),
        );
        j.undermines.forEach((x, k) =>
          this.claimReferences.push({ claim: x, path: ["judgments", i, "undermines", k] }),
        );
        j.issues.forEach((x, k) => ref("issues", "issue", x, ["judgments", i, "issues", k]));
        if (j.evidence)
          ref("sources", "source", j.evidence.source, ["judgments", i, "evidence", "source"]);
        break;
      }
      case "hypotheses": {
        const h = value as Case["hypotheses"][number];
        const hyp = new Set(h.hypotheses.map((x) => x.id));
        h.ratings.forEach((r, k) => {
          this.claimReferences.push({
            claim: r.claim,
            path: ["hypotheses", i, "ratings", k, "claim"],
          });
          if (!hyp.has(r.hypothesis))
            add(
              ["hypotheses", i, "ratings", k, "hypothesis"],
              `unknown hypothesis "${r.hypothesis}" in "${h.id}"`,
            );
        });
        break;
      }
      case "scenarios": {
        const s = value as Case["scenarios"][number];
        s.changes.forEach((ch, k) => {
          const path = ["scenarios", i, "changes", k];
          if ("actor" in ch && ch.kind !== "join")
            ref("actors", "actor", ch.actor, [...path, "actor"]);
          if ("issue" in ch) ref("issues", "issue", ch.issue, [...path, "issue"]);
          if (ch.kind === "forums")
            ch.processes.forEach((p, m) =>
              ref("processes", "process", p, [...path, "processes", m]),
            );
        });
        break;
      }
    }
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
    for (const { parent, path } of this.actorParents)
      if (!this.has("actors", parent)) add(path, `unknown actor "${parent}"`);
    for (const { process, path } of this.relatedProcesses)
      if (!this.has("processes", process)) add(path, `unknown process "${process}"`);
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

  private claim(cl: Case["claims"][number], i: number, add: (path: Path, message: string) => void) {
    const { kind, id } = parseSubject(cl.subject);
    switch (kind) {
      case "event": {
        const n = this.events.find(id);
        if (n < 0) add(["claims", i, "subject"], `unknown event "${id}"`);
        else this.events.holdEvent(n);
        break;
      }
      case "participation": {
        const [event = "", actor = "", role = "", ...rest] = id.split("/");
        const n = rest.length === 0 ? this.events.find(event) : -1;
        const code = n < 0 ? -1 : this.participantCode(actor, role, false);
        if (code < 0 || !this.events.holdParticipation(n, code))
          add(["claims", i, "subject"], `unknown participation "${id}"`);
        break;
      }
      case "relation":
      case "position":
      case "capability":
      case "interest":
      case "actor":
      case "process":
      case "issue": {
        if (!this.has(subjectCollections[kind], id))
          add(["claims", i, "subject"], `unknown ${kind} "${id}"`);
        if (kind === "relation" || kind === "position") this.held.add(cl.subject);
        break;
      }
      default:
        break;
    }
    claimOwnProblems(cl, i, (id) => this.has("actors", id), this.sources, add);
    cl.links.forEach((l, j) => {
      this.claimReferences.push({ claim: l.claim, path: ["claims", i, "links", j, "claim"] });
      if (l.claim === cl.id)
        add(["claims", i, "links", j, "claim"], `claim "${cl.id}" cannot link to itself`);
    });
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
