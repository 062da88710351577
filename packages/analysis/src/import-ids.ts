/**
 * A readable id from any text: lower case ASCII letters and digits, other runs turned into one
 * hyphen, accents dropped (`Military Forces of Afghanistan (2004-2021)` gives
 * `military-forces-of-afghanistan-2004-2021`). Empty when nothing readable is left.
 */
export function slugOf(text: string): string {
  if (/^[A-Za-z0-9]{1,80}$/.test(text)) return text.toLowerCase();
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}

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
