import { type ErrorCode, ParleyError } from "@parley/core";
import type { z } from "zod";

/** The body of every error the API returns: a stable code, a message, and where the problem is. */
export interface ApiError {
  code: string;
  message: string;
  /** A JSON pointer into the body (`/value/name`), a query parameter or a path parameter name; "" when not about one place. */
  path: string;
}

/** HTTP status of each error code. */
const statusOfCode: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 500 | 503> = {
  invalid_case: 400,
  invalid_input: 400,
  invalid_time: 400,
  invalid_span: 400,
  not_found: 404,
  conflict: 409,
  stale_revision: 409,
  fingerprint_mismatch: 409,
  unauthorized: 401,
  forbidden: 403,
  io_error: 500,
  unsupported: 400,
  locked: 503,
};

/** The HTTP status for a Parley error code (500 for codes it does not know). */
export function errorStatus(code: string): 400 | 401 | 403 | 404 | 409 | 500 | 503 {
  return statusOfCode[code as ErrorCode] ?? 500;
}

/** Escapes one JSON pointer token (RFC 6901: `~` as `~0`, `/` as `~1`). */
function pointerToken(token: PropertyKey): string {
  return String(token).replaceAll("~", "~0").replaceAll("/", "~1");
}

/** A JSON pointer (RFC 6901) for a path of keys. */
export function jsonPointer(path: readonly PropertyKey[]): string {
  return path.map((t) => `/${pointerToken(t)}`).join("");
}

/** Where a request input is checked: the body (JSON pointer), the query string or the path (parameter name). */
export type InputPart = "body" | "query" | "params";

/**
 * The `invalid_input` error for the first zod issue of a request input, with its location:
 * a JSON pointer for a body (an unknown key is pointed at itself), the parameter name otherwise.
 */
export function inputError(part: InputPart, operation: string, error: z.ZodError): ParleyError {
  const issue = error.issues[0];
  if (!issue) return new ParleyError("invalid_input", `${operation}: invalid ${part}`);
  const keys: PropertyKey[] = [...issue.path];
  if (issue.code === "unrecognized_keys" && issue.keys[0] !== undefined) keys.push(issue.keys[0]);
  const pointer = part === "body" ? jsonPointer(keys) : String(keys[0] ?? "");
  const where = part === "body" ? `at ${pointer || "/"}` : `in ${part} parameter "${pointer}"`;
  // With one problem the message says it all; with more, describe() lists each.
  const problems =
    error.issues.length > 1
      ? error.issues.map((i) => ({ message: i.message, pointer: jsonPointer(i.path) }))
      : [];
  return new ParleyError("invalid_input", `${operation}: ${issue.message} ${where}`, {
    location: { pointer },
    problems,
  });
}

/** The API error body for anything thrown while serving a request; unknown errors are not described. */
export function apiErrorOf(e: unknown): { status: number; body: ApiError } {
  if (e instanceof ParleyError) {
    return {
      status: errorStatus(e.code),
      body: {
        code: e.code,
        message: e.describe(),
        path: e.location?.pointer ?? e.problems[0]?.pointer ?? "",
      },
    };
  }
  return {
    status: 500,
    body: { code: "internal", message: "Serving the request failed unexpectedly", path: "" },
  };
}
