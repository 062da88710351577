import { type CaseFilter, filterCase } from "@parley/analysis";
import { type Case, ParleyError } from "@parley/core";
import { caseFields, type ItemKind, type Store } from "@parley/store";
import { filterKey } from "./query-schemas";

interface Entry {
  value: Case;
  /** The store's `caseVersion` read before the case was exported. */
  version: number;
  /** Results computed from this version of the case, by key; dropped at every change. */
  derived: Map<string, unknown>;
  revisions?: Promise<Map<string, number>>;
}

/** One record written through the server: replaced, added (at the end) or removed (`null`). */
export interface RecordChange {
  kind: ItemKind;
  id: string;
  change: { value: { id: string }; revision: number } | null;
}

/** How many derived results a case keeps before the oldest are dropped. */
const MAX_DERIVED = 64;

/**
 * The cases the server reads, each exported from the store and kept in memory with what has
 * been computed from it (filtered copies, listings, analyses). Every read first asks the store
 * for the case's version (one indexed lookup): a write by anyone else, such as the CLI in
 * another process, changes it and the case is exported again. Writes made through the server
 * patch the kept case instead, when the version shows no other write came between.
 */
export class CaseViews {
  readonly #store: Store;
  readonly #entries = new Map<string, Promise<Entry>>();

  constructor(store: Store) {
    this.#store = store;
  }

  async #entry(caseId: string): Promise<Entry> {
    let version: number;
    try {
      version = await this.#store.caseVersion(caseId);
    } catch (e) {
      if (e instanceof ParleyError && e.code === "not_found") this.#entries.delete(caseId);
      throw e;
    }
    const held = this.#entries.get(caseId);
    if (held) {
      const entry = await held.catch(() => null);
      if (entry !== null && entry.version === version) return entry;
      // Another request may have started the export of this version meanwhile.
      const now = this.#entries.get(caseId);
      if (now !== held && now !== undefined) {
        const other = await now.catch(() => null);
        if (other !== null && other.version === version) return other;
      }
    }
    // The version is read before the export: a write between the two leaves the kept copy
    // marked older than it is, so the next read exports again rather than missing the write.
    const e = this.#store
      .exportCase(caseId)
      .then((value): Entry => ({ value, version, derived: new Map() }));
    // A failed export (unknown case) must not stay cached.
    e.catch(() => {
      if (this.#entries.get(caseId) === e) this.#entries.delete(caseId);
    });
    this.#entries.set(caseId, e);
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
    // Kept with the version it was computed from; a newer version starts with none.
    if (entry.derived.size >= MAX_DERIVED) {
      const oldest = entry.derived.keys().next().value;
      if (oldest !== undefined) entry.derived.delete(oldest);
    }
    entry.derived.set(key, value);
    return value;
  }

  /** The case as a filter sees it (see `filterCase`). */
  filtered(caseId: string, filter: CaseFilter): Promise<Case> {
    return this.derived(caseId, `filter:${filterKey(filter)}`, (c) => filterCase(c, filter));
  }

  /** The revision of every entity of a case, keyed `<kind>:<id>` (one store query a version). */
  async revisions(caseId: string): Promise<Map<string, number>> {
    const entry = await this.#entry(caseId);
    entry.revisions ??= this.#store.revisions(caseId);
    return entry.revisions;
  }

  /**
   * Records the server's own write of `writes` store transactions: when the case's version has
   * moved by exactly that much, the records are patched into the kept case (and what was
   * derived dropped); otherwise someone else wrote too and the case is forgotten.
   */
  async patch(caseId: string, changes: readonly RecordChange[], writes = 1): Promise<void> {
    const pending = this.#entries.get(caseId);
    if (!pending) return;
    const entry = await pending.catch(() => null);
    const version = await this.#store.caseVersion(caseId).catch(() => null);
    if (this.#entries.get(caseId) !== pending) return;
    if (entry === null || version === null || version !== entry.version + writes) {
      this.#entries.delete(caseId);
      return;
    }
    let value = entry.value;
    let revisions = entry.revisions;
    for (const { kind, id, change } of changes) {
      const field = caseFields[kind];
      const list = value[field] as { id: string }[];
      const at = list.findIndex((x) => x.id === id);
      const next = [...list];
      if (change === null) {
        if (at >= 0) next.splice(at, 1);
      } else if (at >= 0) next[at] = change.value;
      else next.push(change.value);
      value = { ...value, [field]: next } as Case;
      if (revisions && kind !== "claim") {
        revisions = revisions.then((r) => {
          const copy = new Map(r);
          if (change === null) copy.delete(`${kind}:${id}`);
          else copy.set(`${kind}:${id}`, change.revision);
          return copy;
        });
      }
    }
    const updated: Entry = { value, version, derived: new Map() };
    if (revisions) updated.revisions = revisions;
    this.#entries.set(caseId, Promise.resolve(updated));
  }

  /** Forgets a case, so that the next read exports it from the store again. */
  invalidate(caseId: string): void {
    this.#entries.delete(caseId);
  }
}
