import { type Case, type CaseProblem, ParleyError, validateCase } from "@parley/core";
import type { Store } from "@parley/store";
import { jsonPointer } from "./api-error";
import type { CaseViews } from "./case-views";

const locks = new WeakMap<Store, Map<string, Promise<unknown>>>();

/** Runs writes to one case one after another, so that a read-change-write cannot lose another's change. */
function serialised<T>(store: Store, caseId: string, work: () => Promise<T>): Promise<T> {
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

/**
 * Changes a case by adding or removing records: the case is read from the store, changed,
 * checked whole (references, duplicate ids) and imported back in one transaction, so the store
 * records each added or removed record in the history. Problems located in what the request
 * adds are `invalid_input` at their pointer in the body; others (a removal that leaves
 * references dangling) are `conflict`. Writes to one case run one at a time.
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
    const current = await store.exportCase(caseId);
    const known = new Set(validateCase(current).map((p) => `${jsonPointer(p.path)} ${p.message}`));
    const next = await change(current);
    const fresh = validateCase(next).filter(
      (p) => !known.has(`${jsonPointer(p.path)} ${p.message}`),
    );
    const first = fresh[0];
    if (first) {
      const pointer = place(first, current);
      const problems = fresh.map((p) => ({
        message: p.message,
        pointer: place(p, current) ?? jsonPointer(p.path),
      }));
      throw new ParleyError(
        pointer === undefined ? "conflict" : "invalid_input",
        `${operation}: ${first.message}${pointer === undefined ? ` (at ${jsonPointer(first.path)} of the case)` : ""}`,
        { location: { pointer: pointer ?? "" }, problems: fresh.length > 1 ? problems : [] },
      );
    }
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
