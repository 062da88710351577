import {
  type Case,
  hedges,
  ParleyError,
  ploverTypes,
  relationTypes,
  roles,
  stances,
} from "@parley/core";

/** Something an option may name: its id, and the names an analyst may type instead. */
export interface Candidate {
  id: string;
  names?: readonly string[];
}

/** Edit distance (insertions, deletions, substitutions; Levenshtein 1966). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/**
 * The candidate an analyst most likely meant by `value`: one whose id or name is `value` up to
 * case and punctuation ("USA" for united-states), else one whose id or name contains it as a
 * word ("moscow" for moscow-process, shortest first), else the nearest by edit distance within
 * a third of the length. Undefined when nothing is close.
 */
export function nearestCandidate(
  value: string,
  candidates: readonly Candidate[],
): string | undefined {
  const v = fold(value);
  if (v === "") return undefined;
  const keys = (c: Candidate) => [fold(c.id), ...(c.names ?? []).map(fold)];
  const exact = candidates.find((c) => keys(c).includes(v));
  if (exact) return exact.id;
  const word = new RegExp(`(^| )${v}( |$)`);
  const containing = candidates
    .filter((c) => keys(c).some((k) => word.test(k)))
    .sort((a, b) => a.id.length - b.id.length || (a.id < b.id ? -1 : 1));
  if (containing[0]) return containing[0].id;
  let best: { id: string; d: number } | undefined;
  for (const c of candidates) {
    const d = Math.min(...keys(c).map((k) => editDistance(v, k)));
    if (!best || d < best.d) best = { id: c.id, d };
  }
  return best && best.d <= Math.max(1, Math.floor(v.length / 3)) ? best.id : undefined;
}

/**
 * `value` when it is the id of one of `candidates`; otherwise a ParleyError (`invalid_input`)
 * naming the option, the value, where it was looked for and the nearest candidate:
 * `Option --process "moscow": no process "moscow" in case afghanistan; did you mean moscow-process?`
 * Without `caseId` the candidates are a fixed vocabulary, and the message lists them. A `flag`
 * that is not an option (`parley actor`) names the argument as it is.
 */
export function requireValue(
  flag: string,
  what: string,
  value: string,
  candidates: readonly Candidate[],
  caseId?: string,
): string {
  if (candidates.some((c) => c.id === value)) return value;
  const near = nearestCandidate(value, candidates);
  const hint = near ? `; did you mean ${near}?` : "";
  const problem =
    caseId === undefined
      ? `not a ${what} (expected one of ${candidates.map((c) => c.id).join(", ")})`
      : `no ${what} "${value}" in case ${caseId}`;
  const lead = flag.startsWith("-") ? `Option ${flag}` : flag;
  // An option with a wrong value is bad input; an argument naming nothing is a missing thing.
  throw new ParleyError(
    flag.startsWith("-") ? "invalid_input" : "not_found",
    `${lead} "${value}": ${problem}${hint}`,
  );
}

const words = (xs: readonly string[]): Candidate[] => xs.map((id) => ({ id }));

/** The values a case offers to the options that name things in it. */
export function caseCandidates(c: Case) {
  return {
    actor: c.actors.map((a) => ({ id: a.id, names: [a.name, ...a.aliases] })),
    process: c.processes.map((p) => ({ id: p.id, names: [p.name] })),
    source: c.sources.map((s) => ({ id: s.id, names: [s.title] })),
    event: c.events.map((e) => ({ id: e.id, names: [e.title] })),
  };
}

/** Checks a value an option gives against a fixed vocabulary; returns it (PLOVER types upper-cased). */
export const vocabulary = {
  hedge: (flag: string, v: string) => requireValue(flag, "hedge", v, words(hedges)),
  stance: (flag: string, v: string) => requireValue(flag, "stance", v, words(stances)),
  role: (flag: string, v: string) => requireValue(flag, "role", v, words(roles)),
  eventType: (flag: string, v: string) =>
    requireValue(flag, "PLOVER event type", v.toUpperCase(), words(ploverTypes)),
  timelineType: (flag: string, v: string) =>
    v === "claim"
      ? v
      : (ploverTypes as readonly string[]).includes(v.toUpperCase())
        ? v.toUpperCase()
        : requireValue(flag, "event or relation type", v, [
            ...words(ploverTypes),
            ...words(relationTypes),
            { id: "claim" },
          ]),
};

/** Checks a value an option gives against what the case `c` holds; returns it. */
export function checker(c: Case) {
  const cands = caseCandidates(c);
  return {
    actor: (flag: string, v: string) => requireValue(flag, "actor", v, cands.actor, c.id),
    process: (flag: string, v: string) => requireValue(flag, "process", v, cands.process, c.id),
    source: (flag: string, v: string) => requireValue(flag, "source", v, cands.source, c.id),
    event: (flag: string, v: string) => requireValue(flag, "event", v, cands.event, c.id),
    ...vocabulary,
  };
}
