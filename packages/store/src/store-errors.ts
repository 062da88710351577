import { ParleyError } from "@parley/core";

/** A ParleyError for a lookup that found nothing. */
export function notFound(operation: string, what: string): ParleyError {
  return new ParleyError("not_found", `${operation}: ${what} not found`);
}

/**
 * Translates a database error into a ParleyError: a unique-key violation (a duplicate id within
 * one import) becomes `conflict`; ParleyErrors pass through; anything else is a bug and rethrown.
 */
export function storeError(e: unknown, operation: string): unknown {
  if (e instanceof ParleyError) return e;
  const code = (e as { code?: unknown }).code;
  const isDuplicate =
    code === "SQLITE_CONSTRAINT_PRIMARYKEY" ||
    code === "SQLITE_CONSTRAINT_UNIQUE" ||
    code === "23505";
  if (isDuplicate) {
    const detail = (e as { detail?: string }).detail ?? (e as Error).message;
    return new ParleyError("conflict", `${operation}: duplicate id (${detail})`, { cause: e });
  }
  return e;
}
