import { type CaseCollection, type CaseRecord, caseCollections } from "./case-records";
import {
  type Case,
  type Participation,
  parseSubject,
  participationId,
  type SubjectKind,
} from "./model";

type Path = (string | number)[];

/** A problem found by `validateCase`, at a path inside the case. */
export interface CaseProblem {
  path: (string | number)[];
  message: string;
  /** The problem is with the key at `path`, not its value. */
  key?: boolean;
}

/**
 * Checks what a schema cannot: duplicate ids, references to actors, processes, events, issues,
 * claims and sources that do not exist, spans beyond their source's text, positions outside their
 * issue's scale, and facts (events, participations, relations, positions) that no claim holds.
 */
export function validateCase(c: Case): CaseProblem[] {
  const problems: CaseProblem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });

  const known = new Map<CaseCollection, Map<string, unknown>>();
  const ids = <T extends { id: string }>(key: CaseCollection, list: T[]): Map<string, T> => {
    const m = new Map<string, T>();
    list.forEach((item, i) => {
      if (m.has(item.id)) add([key, i, "id"], `duplicate id "${item.id}" in ${key}`);
      else m.set(item.id, item);
    });
    known.set(key, m);
    return m;
  };
  const actors = ids("actors", c.actors);
  const sources = ids("sources", c.sources);
  const processes = ids("processes", c.processes);
  const events = ids("events", c.events);
  const relations = ids("relations", c.relations);
  const issues = ids("issues", c.issues);
  const positions = ids("positions", c.positions);
  const capabilities = ids("capabilities", c.capabilities);
  const interests = ids("interests", c.interests);
  ids("claims", c.claims);
  ids("judgments", c.judgments);
  ids("hypotheses", c.hypotheses);
  ids("scenarios", c.scenarios);

  const participations = new Set<string>();
  // Participation ids by event and position, made once: the claims are checked against them.
  const participationIds: string[][] = [];
  const subjects: Record<string, Set<string> | Map<string, unknown>> = {
    event: events,
    participation: participations,
    relation: relations,
    position: positions,
    capability: capabilities,
    interest: interests,
    actor: actors,
    process: processes,
    issue: issues,
  };
  const held = new Set<string>();
  const context: RecordContext = {
    add,
    ref(list, label, id, path) {
      if (id !== undefined && !known.get(list)?.has(id)) add(path, `unknown ${label} "${id}"`);
    },
    issue: (id) => issues.get(id),
    isActor: (id) => actors.has(id),
    sources,
    participation(e, p, i) {
      const pid = participationId(e.id, p);
      let pids = participationIds[i];
      if (pids === undefined) {
        pids = [];
        participationIds[i] = pids;
      }
      pids.push(pid);
      if (participations.has(pid)) return false;
      participations.add(pid);
      return true;
    },
    subject(kind, id, subject) {
      held.add(subject);
      return subjects[kind]?.has(id) ?? true;
    },
  };
  for (const list of caseCollections)
    (c[list] as readonly CaseRecord[]).forEach((value, i) => checkRecord(list, value, i, context));

  // Every fact needs a claim that holds it: nothing is stored without saying where it came from.
  c.events.forEach((e, i) => {
    if (!held.has(`event:${e.id}`)) add(["events", i], `event "${e.id}" is held by no claim`);
    const pids = participationIds[i] ?? [];
    for (let j = 0; j < pids.length; j++) {
      const pid = pids[j] as string;
      if (!held.has(`participation:${pid}`))
        add(["events", i, "participants", j], `participation "${pid}" is held by no claim`);
    }
  });
  c.relations.forEach((r, i) => {
    if (!held.has(`relation:${r.id}`))
      add(["relations", i], `relation "${r.id}" is held by no claim`);
  });
  c.positions.forEach((p, i) => {
    if (!held.has(`position:${p.id}`))
      add(["positions", i], `position "${p.id}" is held by no claim`);
  });
  return problems;
}

/**
 * What `checkRecord` asks of the case around a record, and where it reports. The whole-case
 * check looks everything up at once; the record-by-record one keeps what it can and leaves
 * references to claims, and to records later in the record's own list, to the end.
 */
export interface RecordContext {
  add(path: Path, message: string): void;
  /** A reference at `path` to the record `id` of `list` (a `label` in messages), when given. */
  ref(list: CaseCollection, label: string, id: string | undefined, path: Path): void;
  /** The issue of an id, for the scale of the positions on it. */
  issue(id: string): Case["issues"][number] | undefined;
  isActor(id: string): boolean;
  sources: ReadonlyMap<string, Case["sources"][number]>;
  /** Notes a participation of event `i`; false when the event has it already. */
  participation(e: Case["events"][number], p: Participation, i: number): boolean;
  /** Notes that a claim holds its subject; false when the case has no such subject. */
  subject(kind: SubjectKind, id: string, subject: string): boolean;
}

/**
 * The checks of one record (the `i`th of `list`) against the rest of the case: its references,
 * positions within their issue's scale, participations given once, claims' evidence and links.
 * One set of rules for the whole-case check and the record-by-record one.
 */
export function checkRecord<C extends CaseCollection>(
  list: C,
  value: CaseRecord<C>,
  i: number,
  context: RecordContext,
): void {
  const { add, ref } = context;
  switch (list) {
    case "actors": {
      const a = value as Case["actors"][number];
      ref("actors", "actor", a.parent, ["actors", i, "parent"]);
      if (a.parent === a.id)
        add(["actors", i, "parent"], `actor "${a.id}" cannot be its own parent`);
      break;
    }
    case "processes": {
      const p = value as Case["processes"][number];
      p.convenors.forEach((a, j) => ref("actors", "actor", a, ["processes", i, "convenors", j]));
      p.backers.forEach((a, j) => ref("actors", "actor", a, ["processes", i, "backers", j]));
      p.related.forEach((r, j) =>
        ref("processes", "process", r.process, ["processes", i, "related", j, "process"]),
      );
      break;
    }
    case "events": {
      const e = value as Case["events"][number];
      ref("processes", "process", e.process, ["events", i, "process"]);
      e.participants.forEach((p, j) => {
        const path = ["events", i, "participants", j];
        ref("actors", "actor", p.actor, [...path, "actor"]);
        if (!context.participation(e, p, i))
          add(
            path,
            `duplicate participation: "${p.actor}" is already "${p.role}" in event "${e.id}"`,
          );
        if (p.delegation) {
          ref("actors", "actor", p.delegation.head, [...path, "delegation", "head"]);
          ref("actors", "actor", p.delegation.body, [...path, "delegation", "body"]);
          p.delegation.members.forEach((m, k) =>
            ref("actors", "actor", m, [...path, "delegation", "members", k]),
          );
        }
      });
      break;
    }
    case "relations": {
      const r = value as Case["relations"][number];
      ref("actors", "actor", r.source, ["relations", i, "source"]);
      ref("actors", "actor", r.target, ["relations", i, "target"]);
      break;
    }
    case "positions": {
      const p = value as Case["positions"][number];
      ref("actors", "actor", p.actor, ["positions", i, "actor"]);
      ref("issues", "issue", p.issue, ["positions", i, "issue"]);
      const issue = context.issue(p.issue);
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
    case "claims": {
      const cl = value as Case["claims"][number];
      const { kind, id } = parseSubject(cl.subject);
      if (!context.subject(kind, id, cl.subject))
        add(["claims", i, "subject"], `unknown ${kind} "${id}"`);
      claimOwnProblems(cl, i, context.isActor, context.sources, add);
      cl.links.forEach((l, j) => {
        ref("claims", "claim", l.claim, ["claims", i, "links", j, "claim"]);
        if (l.claim === cl.id)
          add(["claims", i, "links", j, "claim"], `claim "${cl.id}" cannot link to itself`);
      });
      break;
    }
    case "judgments": {
      const j = value as Case["judgments"][number];
      j.supports.forEach((x, k) => ref("claims", "claim", x, ["judgments", i, "supports", k]));
      j.undermines.forEach((x, k) => ref("claims", "claim", x, ["judgments", i, "undermines", k]));
      j.issues.forEach((x, k) => ref("issues", "issue", x, ["judgments", i, "issues", k]));
      if (j.evidence)
        ref("sources", "source", j.evidence.source, ["judgments", i, "evidence", "source"]);
      break;
    }
    case "hypotheses": {
      const h = value as Case["hypotheses"][number];
      const hyp = new Set(h.hypotheses.map((x) => x.id));
      h.ratings.forEach((r, k) => {
        ref("claims", "claim", r.claim, ["hypotheses", i, "ratings", k, "claim"]);
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
          ch.processes.forEach((p, m) => ref("processes", "process", p, [...path, "processes", m]));
      });
      break;
    }
  }
}

// The checks of one claim (at `claims/<i>`) that need only the actors and the sources: its
// asserter, and its evidence (a source, a span that fits the source's fingerprint, or a note).
function claimOwnProblems(
  cl: Case["claims"][number],
  i: number,
  isActor: (id: string) => boolean,
  sources: ReadonlyMap<string, Case["sources"][number]>,
  add: (path: (string | number)[], message: string) => void,
): void {
  if (cl.asserter !== "author" && !cl.asserter.startsWith("analyst:") && !isActor(cl.asserter)) {
    add(
      ["claims", i, "asserter"],
      `unknown asserter "${cl.asserter}": expected "author", "analyst:<name>" or an actor id`,
    );
  }
  if (!cl.evidence && cl.hedge !== "analyst") {
    add(
      ["claims", i],
      `claim "${cl.id}" has no evidence: give evidence, or hedge "analyst" for the analyst's own judgment`,
    );
  }
  if (cl.evidence) {
    const src = sources.get(cl.evidence.source);
    const path = ["claims", i, "evidence"];
    if (!src) add(["claims", i, "evidence", "source"], `unknown source "${cl.evidence.source}"`);
    const span = cl.evidence.span;
    if (span) {
      if (span.end - span.start !== span.exact.length) {
        add(
          [...path, "span"],
          `span ${span.start}..${span.end} is ${span.end - span.start} characters but its exact text has ${span.exact.length}`,
        );
      }
      if (src && !src.fingerprint)
        add(
          [...path, "span"],
          `source "${src.id}" has no fingerprint, so a span cannot be checked`,
        );
      if (src?.fingerprint && span.end > src.fingerprint.length) {
        add(
          [...path, "span"],
          `span ${span.start}..${span.end} lies outside source "${src.id}" (${src.fingerprint.length} characters)`,
        );
      }
    } else if (!cl.evidence.note) {
      add([...path], `evidence needs a span or a note`);
    }
  }
}
