import { type Case, parseSubject, participationId } from "./model";

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
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });

  const ids = <T extends { id: string }>(key: keyof Case, list: T[]): Map<string, T> => {
    const m = new Map<string, T>();
    list.forEach((item, i) => {
      if (m.has(item.id)) add([key, i, "id"], `duplicate id "${item.id}" in ${key}`);
      else m.set(item.id, item);
    });
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
  const claims = ids("claims", c.claims);
  ids("judgments", c.judgments);
  ids("hypotheses", c.hypotheses);
  ids("scenarios", c.scenarios);

  const ref = (
    map: Map<string, unknown>,
    what: string,
    id: string | undefined,
    path: (string | number)[],
  ) => {
    if (id !== undefined && !map.has(id)) add(path, `unknown ${what} "${id}"`);
  };

  c.actors.forEach((a, i) => {
    ref(actors, "actor", a.parent, ["actors", i, "parent"]);
    if (a.parent === a.id) add(["actors", i, "parent"], `actor "${a.id}" cannot be its own parent`);
  });
  c.processes.forEach((p, i) => {
    p.convenors.forEach((a, j) => ref(actors, "actor", a, ["processes", i, "convenors", j]));
    p.backers.forEach((a, j) => ref(actors, "actor", a, ["processes", i, "backers", j]));
    p.related.forEach((r, j) =>
      ref(processes, "process", r.process, ["processes", i, "related", j, "process"]),
    );
  });
  const participations = new Set<string>();
  // Participation ids by event and position, made once: the claims are checked against them.
  const participationIds: string[][] = [];
  c.events.forEach((e, i) => {
    if (e.process !== undefined && !processes.has(e.process))
      ref(processes, "process", e.process, ["events", i, "process"]);
    const pids: string[] = [];
    participationIds.push(pids);
    e.participants.forEach((p, j) => {
      if (!actors.has(p.actor))
        ref(actors, "actor", p.actor, ["events", i, "participants", j, "actor"]);
      const pid = participationId(e.id, p);
      pids.push(pid);
      if (participations.has(pid))
        add(
          ["events", i, "participants", j],
          `duplicate participation: "${p.actor}" is already "${p.role}" in event "${e.id}"`,
        );
      participations.add(pid);
      if (p.delegation) {
        const path = ["events", i, "participants", j];
        ref(actors, "actor", p.delegation.head, [...path, "delegation", "head"]);
        ref(actors, "actor", p.delegation.body, [...path, "delegation", "body"]);
        p.delegation.members.forEach((m, k) =>
          ref(actors, "actor", m, [...path, "delegation", "members", k]),
        );
      }
    });
  });
  c.relations.forEach((r, i) => {
    ref(actors, "actor", r.source, ["relations", i, "source"]);
    ref(actors, "actor", r.target, ["relations", i, "target"]);
  });
  c.positions.forEach((p, i) => {
    ref(actors, "actor", p.actor, ["positions", i, "actor"]);
    ref(issues, "issue", p.issue, ["positions", i, "issue"]);
    const issue = issues.get(p.issue);
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
  });
  c.capabilities.forEach((p, i) => {
    ref(actors, "actor", p.actor, ["capabilities", i, "actor"]);
    ref(issues, "issue", p.issue, ["capabilities", i, "issue"]);
  });
  c.interests.forEach((p, i) => {
    ref(actors, "actor", p.actor, ["interests", i, "actor"]);
    p.issues.forEach((x, j) => ref(issues, "issue", x, ["interests", i, "issues", j]));
  });

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
  c.claims.forEach((cl, i) => {
    const { kind, id } = parseSubject(cl.subject);
    const known = subjects[kind];
    if (known && !known.has(id)) add(["claims", i, "subject"], `unknown ${kind} "${id}"`);
    held.add(cl.subject);
    claimOwnProblems(cl, i, (id) => actors.has(id), sources, add);
    cl.links.forEach((l, j) => {
      ref(claims, "claim", l.claim, ["claims", i, "links", j, "claim"]);
      if (l.claim === cl.id)
        add(["claims", i, "links", j, "claim"], `claim "${cl.id}" cannot link to itself`);
    });
  });
  c.judgments.forEach((j, i) => {
    j.supports.forEach((x, k) => ref(claims, "claim", x, ["judgments", i, "supports", k]));
    j.undermines.forEach((x, k) => ref(claims, "claim", x, ["judgments", i, "undermines", k]));
    j.issues.forEach((x, k) => ref(issues, "issue", x, ["judgments", i, "issues", k]));
    if (j.evidence)
      ref(sources, "source", j.evidence.source, ["judgments", i, "evidence", "source"]);
  });
  c.hypotheses.forEach((h, i) => {
    const hyp = new Set(h.hypotheses.map((x) => x.id));
    h.ratings.forEach((r, k) => {
      ref(claims, "claim", r.claim, ["hypotheses", i, "ratings", k, "claim"]);
      if (!hyp.has(r.hypothesis))
        add(
          ["hypotheses", i, "ratings", k, "hypothesis"],
          `unknown hypothesis "${r.hypothesis}" in "${h.id}"`,
        );
    });
  });
  c.scenarios.forEach((s, i) => {
    s.changes.forEach((ch, k) => {
      const path = ["scenarios", i, "changes", k];
      if ("actor" in ch && ch.kind !== "join") ref(actors, "actor", ch.actor, [...path, "actor"]);
      if ("issue" in ch) ref(issues, "issue", ch.issue, [...path, "issue"]);
      if (ch.kind === "forums")
        ch.processes.forEach((p, m) => ref(processes, "process", p, [...path, "processes", m]));
    });
  });

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
 * The checks of one claim (at `claims/<i>`) that need only the actors and the sources: its
 * asserter, and its evidence (a source, a span that fits the source's fingerprint, or a note).
 * One set of rules for the whole-case check and the record-by-record one.
 */
export function claimOwnProblems(
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
