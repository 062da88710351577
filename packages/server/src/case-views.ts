import { type CaseFilter, filterCase } from "@parley/analysis";
import type { Case } from "@parley/core";
import type { EntityKind, ItemKind, Store } from "@parley/store";
import { type KindPath, kindPaths } from "./entity-kinds";
import { filterKey } from "./query-schemas";

const caseFieldOf = Object.fromEntries(
  Object.entries(kindPaths).map(([path, kind]) => [kind, path]),
) as Record<ItemKind, KindPath>;

interface Entry {
  value: Case;
  /** Results computed from this version of the case, by key; dropped at every change. */
  derived: Map<string, unknown>;
  revisions?: Promise<Map<string, number>>;
}

/** How many derived results a case keeps before the oldest are dropped. */
const MAX_DERIVED = 64;

/**
 * The cases the server reads, each exported from the store once and kept in memory with what has
 * been computed from it (filtered copies, listings, analyses). Writes made through the server
 * patch the kept case and drop what was derived from it; `invalidate` forgets a case entirely
 * (after imports and undos), so the next read exports it again.
 */
export class CaseViews {
  readonly #store: Store;
  readonly #entries = new Map<string, Promise<Entry>>();

  constructor(store: Store) {
    this.#store = store;
  }

  #entry(caseId: string): Promise<Entry> {
    let e = this.#entries.get(caseId);
    if (!e) {
      e = this.#store.exportCase(caseId).then((value) => ({ value, derived: new Map() }));
      // A failed export (unknown case) must not stay cached.
      e.catch(() => this.#entries.delete(caseId));
      this.#entries.set(caseId, e);
    }
    return e;
  }

  /** The whole case as stored. Throws ParleyError `not_found` for an unknown case. */
  async case(caseId: string): Promise<Case> {
    return (await this.#entry(caseId)).value;
  }

  /** A result computed once from the current version of a case and kept until it changes. */
  async derived<T>(caseId: string, key: string, compute: (c: Case) => T | Promise<T>): Promise<T> {
    const entry = await this.#entry(caseId);
    if (entry.derived.has(key)) return entry.derived.get(key) as T;
    const value = await compute(entry.value);
    if (this.#entries.get(caseId) !== undefined && (await this.#entry(caseId)) === entry) {
      if (entry.derived.size >= MAX_DERIVED) {
        const oldest = entry.derived.keys().next().value;
        if (oldest !== undefined) entry.derived.delete(oldest);
      }
      entry.derived.set(key, value);
    }
    return value;
  }

  /** The case as a filter sees it (see `filterCase`). */
  filtered(caseId: string, filter: CaseFilter): Promise<Case> {
    return this.derived(caseId, `filter:${filterKey(filter)}`, (c) => filterCase(c, filter));
  }

  /** The revision of every entity of a case, keyed `<kind>:<id>`. */
  async revisions(caseId: string): Promise<Map<string, number>> {
    const entry = await this.#entry(caseId);
    entry.revisions ??= this.#loadRevisions(caseId, entry.value);
    return entry.revisions;
  }

  async #loadRevisions(caseId: string, c: Case): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const [path, kind] of Object.entries(kindPaths) as [KindPath, ItemKind][]) {
      if (kind === "claim") continue;
      for (const item of c[path]) {
        const r = await this.#store.getEntity(caseId, kind as EntityKind, item.id);
        out.set(`${kind}:${item.id}`, r.revision);
      }
    }
    return out;
  }

  /** Records a write made through the server: the record is replaced, added (at the end) or removed. */
  async patch(
    caseId: string,
    kind: ItemKind,
    id: string,
    change: { value: { id: string }; revision: number } | null,
  ): Promise<void> {
    const pending = this.#entries.get(caseId);
    if (!pending) return;
    const entry = await pending;
    const field = caseFieldOf[kind];
    const list = entry.value[field] as { id: string }[];
    const at = list.findIndex((x) => x.id === id);
    const next = [...list];
    if (change === null) {
      if (at >= 0) next.splice(at, 1);
    } else if (at >= 0) next[at] = change.value;
    else next.push(change.value);
    const value = { ...entry.value, [field]: next } as Case;
    const revisions = entry.revisions;
    const updated: Entry = { value, derived: new Map() };
    if (revisions && kind !== "claim") {
      updated.revisions = revisions.then((r) => {
        const copy = new Map(r);
        if (change === null) copy.delete(`${kind}:${id}`);
        else copy.set(`${kind}:${id}`, change.revision);
        return copy;
      });
    }
    this.#entries.set(caseId, Promise.resolve(updated));
  }

  /** Forgets a case, so that the next read exports it from the store again. */
  invalidate(caseId: string): void {
    this.#entries.delete(caseId);
  }
}
