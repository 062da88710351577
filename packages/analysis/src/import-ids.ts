import { slugOf } from "@parley/core";

/** The importers' readable ids are the core's (`slugOf`). */
export { slugOf };

/**
 * Hands out one readable id per distinct key (an external id or a name), never the same id for
 * two keys: a second key whose slug is taken gets `-2`, `-3`... in order of first appearance.
 */
export class ImportIds {
  private readonly byKey = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(private readonly fallback: string) {}

  /** The id for this key, and whether it was handed out just now. */
  idFor(key: string, label: string = key): { id: string; fresh: boolean } {
    const known = this.byKey.get(key);
    if (known !== undefined) return { id: known, fresh: false };
    const base = slugOf(label) || this.fallback;
    let id = base;
    for (let k = 2; this.taken.has(id); k++) id = `${base}-${k}`;
    this.taken.add(id);
    this.byKey.set(key, id);
    return { id, fresh: true };
  }
}
