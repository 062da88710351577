/**
 * The analyst's name, kept in the browser and sent with every request as `X-Parley-Analyst`, so
 * that the history says who made each change (the server records `api` when none is given).
 */
const KEY = "parley-analyst";

/** Names the server accepts: letters, digits, spaces and `._@:-`, at most 80 characters. */
export function validAnalystName(name: string): boolean {
  return /^[\p{L}\p{N} ._@:-]{1,80}$/u.test(name.trim());
}

/** The stored name, or an empty string. */
export function analystName(): string {
  try {
    return localStorage.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

/** Stores the name (an empty one forgets it). */
export function setAnalystName(name: string): void {
  try {
    if (name.trim()) localStorage.setItem(KEY, name.trim());
    else localStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): changes are recorded without a name.
  }
}

/** The request header that names the analyst, when a valid name is stored. */
export function analystHeader(): Record<string, string> {
  const name = analystName();
  return name && validAnalystName(name) ? { "X-Parley-Analyst": name.trim() } : {};
}
