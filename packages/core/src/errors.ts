/** Where in an input a problem was found: a file position, a JSON pointer, a CSV row. */
export interface ErrorLocation {
  file?: string;
  /** 1-based line. */
  line?: number;
  /** 1-based column. */
  column?: number;
  /** JSON pointer (RFC 6901) into the document, e.g. `/events/3/date`. */
  pointer?: string;
  /** 1-based data row of a CSV file (the header is row 0). */
  row?: number;
}

/** Machine-readable error codes; each edge (CLI, server, web) maps them in one place. */
export type ErrorCode =
  | "invalid_case"
  | "invalid_input"
  | "invalid_time"
  | "invalid_span"
  | "not_found"
  | "conflict"
  | "stale_revision"
  | "fingerprint_mismatch"
  | "unauthorized"
  | "forbidden"
  | "io_error"
  | "unsupported"
  /** Another writer held the store past the wait; nothing was changed, try again. */
  | "locked";

/** One problem among several (a case file can have many). */
export interface Problem extends ErrorLocation {
  message: string;
}

/** Formats a location as `file:line:column (pointer)` or `row N`, for messages. */
export function formatLocation(loc: ErrorLocation): string {
  const parts: string[] = [];
  if (loc.file !== undefined) {
    let s = loc.file;
    if (loc.line !== undefined) s += `:${loc.line}`;
    if (loc.line !== undefined && loc.column !== undefined) s += `:${loc.column}`;
    parts.push(s);
  }
  if (loc.row !== undefined) parts.push(`row ${loc.row}`);
  if (loc.pointer !== undefined)
    parts.push(parts.length > 0 ? `(at ${loc.pointer || "/"})` : `at ${loc.pointer || "/"}`);
  return parts.join(" ");
}

/**
 * The one error type of Parley. `code` is stable and snake_case; `problems` lists every problem
 * found when there is more than one (a case file is checked whole before it is refused).
 */
export class ParleyError extends Error {
  readonly code: ErrorCode;
  readonly problems: Problem[];
  readonly location: ErrorLocation | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options?: { problems?: Problem[]; location?: ErrorLocation; cause?: unknown },
  ) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ParleyError";
    this.code = code;
    this.problems = options?.problems ?? [];
    this.location = options?.location;
  }

  /** The message followed by one line per problem, each with its location. */
  describe(): string {
    if (this.problems.length === 0) return this.message;
    const lines = this.problems.map((p) => {
      const where = formatLocation(p);
      return `  ${where ? `${where}: ` : ""}${p.message}`;
    });
    return `${this.message}\n${lines.join("\n")}`;
  }
}

/** A result for expected failures: callers branch on `ok` instead of catching. */
export type Result<T, E = ParleyError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });
