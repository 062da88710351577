/**
 * A readable id from any text, as Parley's ids are written: lower-case ASCII letters and digits,
 * every other run one hyphen, accents dropped, at most `maxLength` characters
 * (`Military Forces of Afghanistan (2004-2021)` gives `military-forces-of-afghanistan-2004-2021`).
 * Empty when nothing readable is left; callers choose their fallback.
 */
export function slugOf(text: string, maxLength = 80): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
}
