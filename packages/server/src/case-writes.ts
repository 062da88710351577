import { type Case, type CaseProblem, ParleyError, validateCase } from "@parley/core";
import type { Store } from "@parley/store";
import { jsonPointer } from "./api-error";
import { type CaseViews, PROBLEMS } from "./case-views";

const locks = new WeakMap<Store, Map<string, Promise<unknown>>>();

/** Runs writes to one case one after another, so that a read-change-write cannot lose another's change. */
export function serialised<T>(store: Store, caseId: string, work: () => Promise<T>): Promise<T> {
  let perCase = locks.get(store);
  if (!perCase) {
    perCase = new Map();
    locks.set(store, perCase);
  }
  const before = perCase.get(caseId) ?? Promise.resolve();
  const run = before.then(work, work);
  perCase.set(
    caseId,
    run.catch(() => undefined),
  );
  return run;
}

/** Where a problem of the changed case lies in the request body, when it lies in what the body adds. */
export type ProblemPlacer = (problem: CaseProblem, before: Case) => string | undefined;

/** The problems of a case, each as `<pointer> <message>`, kept with the case's version. */
function knownProblems(views: CaseViews, caseId: string): Promise<Set<string>> {
  return views.derived(
    caseId,
    PROBLEMS,
    (c) => new Set(validateCase(c).map((p) => `${jsonPointer(p.path)} ${p.message}`)),
  );
}

/**
 * Checks a changed case whole (references, duplicate ids, evidence spans) against the case
 * before: problems it did not have, located in what the request adds, are `invalid_input` at
 * their pointer in the body; others (a removal that leaves references dangling) are `conflict`.
 */
export async function checkChange(
  views: CaseViews,
  caseId: string,
  operation: string,
  before: Case,
  next: Case,
  place: ProblemPlacer,
): Promise<void> {
  const known = await knownProblems(views, caseId);
  const fresh = validateCase(next).filter((p) => !known.has(`${jsonPointer(p.path)} ${p.message}`));
  const first = fresh[0];
  if (!first) return;
  const pointer = place(first, before);
  const problems = fresh.map((p) => ({
    message: p.message,
    pointer: place(p, before) ?? jsonPointer(p.path),
  }));
  throw new ParleyError(
    pointer === undefined ? "conflict" : "invalid_input",
    `${operation}: ${first.message}${pointer === undefined ? ` (at ${jsonPointer(first.path)} of the case)` : ""}`,
    { location: { pointer: pointer ?? "" }, problems: fresh.length > 1 ? problems : [] },
  );
}

/**
 * Changes a case by a whole-case import (for changes that touch many kinds at once: accepted
 * proposals, CSL imports): the case is read, changed, checked (see `checkChange`) and imported
 * back in one transaction, so the store records each added or removed record in the history.
 * Single-record writes go through the store's own create, delete and append instead. Writes to
 * one case run one at a time.
 */
export function changeCase(
  store: Store,
  views: CaseViews,
  caseId: string,
  operation: string,
  who: string,
  change: (c: Case) => Case | Promise<Case>,
  place: ProblemPlacer,
): Promise<Case> {
  return serialised(store, caseId, async () => {
    const current = await views.case(caseId);
    const next = await change(current);
    await checkChange(views, caseId, operation, current, next, place);
    await store.importCase(next, { who });
    views.invalidate(caseId);
    return next;
  });
}

/**
 * A placer for records appended to lists of a case: a problem at `[field, index, ...rest]` with
 * `index` at or past the list's old length lies in the body at `base(field, index - old)/rest`.
 */
export function appendedPlacer(
  at: Partial<Record<keyof Case, (offset: number) => string>>,
): ProblemPlacer {
  return (p, before) => {
    const [field, index, ...rest] = p.path;
    const base = at[field as keyof Case];
    const old = (before[field as keyof Case] as unknown[] | undefined)?.length ?? 0;
    if (base === undefined || typeof index !== "number" || index < old) return undefined;
    return `${base(index - old)}${jsonPointer(rest)}`;
  };
}
