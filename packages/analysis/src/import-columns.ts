import {
  type Actor,
  actorSchema,
  type FuzzyTime,
  fuzzyTimeSchema,
  parseFuzzyTime,
  type Relation,
  relationSchema,
} from "@parley/core";
import { splitList } from "./export-columns";

/** Reads one field by column name ("" when absent) and reports a problem with a column. */
export interface FieldReader {
  get(column: string): string;
  problem(column: string, message: string): void;
}

/**
 * An actor from the flat columns of export-columns.ts (the inverse of actorRecord). Only `id` is
 * required: `name` defaults to a `label` column or the id, `kind` to `group`. Undefined after
 * reporting a problem.
 */
export function actorFromFields(f: FieldReader): Actor | undefined {
  const id = f.get("id");
  if (id === "") {
    f.problem("id", "empty; expected an actor id");
    return undefined;
  }
  const name = f.get("name") || f.get("label") || id;
  const codes: Record<string, string> = {};
  for (const k of ["iso3", "wikidata", "cameo", "acled", "ucdp"])
    if (f.get(k) !== "") codes[k] = f.get(k);
  const valid = timeFromFields("valid", f);
  if (valid === null) return undefined;
  const input = {
    id,
    name,
    kind: f.get("kind") || "group",
    aliases: splitList(f.get("aliases")),
    metonyms: splitList(f.get("metonyms")),
    codes,
    ...(f.get("parent") !== "" ? { parent: f.get("parent") } : {}),
    ...(f.get("bloc") !== "" ? { bloc: f.get("bloc") } : {}),
    ...(f.get("description") !== "" ? { description: f.get("description") } : {}),
    ...(valid !== undefined ? { valid } : {}),
  };
  const parsed = actorSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 3)) {
      const column = columnOf(issue.path);
      f.problem(
        column,
        `${JSON.stringify(fieldValue(f, column))} is not valid; ${zodReason(issue.message)}`,
      );
    }
    return undefined;
  }
  return parsed.data;
}

/**
 * A relation from the flat columns of export-columns.ts (the inverse of relationRecord). `source`
 * and `target` are required; `type` defaults to `contacts`, `id` to `<source>-<type>-<target>`.
 */
export function relationFromFields(f: FieldReader): Relation | undefined {
  const source = f.get("source");
  const target = f.get("target");
  if (source === "") f.problem("source", "empty; expected an actor id");
  if (target === "") f.problem("target", "empty; expected an actor id");
  if (source === "" || target === "") return undefined;
  const type = f.get("type") || "contacts";
  const num = (column: string): number | undefined | null => {
    const v = f.get(column);
    if (v === "") return undefined;
    const n = Number(v);
    if (!Number.isFinite(n)) {
      f.problem(column, `"${v}" is not a number`);
      return null;
    }
    return n;
  };
  const sign = num("sign");
  const strength = num("strength");
  const period = timeFromFields("period", f);
  const recurrence = timeFromFields("recurrence", f);
  if (sign === null || strength === null || period === null || recurrence === null)
    return undefined;
  const input = {
    id: f.get("id") || `${source}-${type}-${target}`,
    type,
    source,
    target,
    ...(sign !== undefined ? { sign } : {}),
    ...(strength !== undefined ? { strength } : {}),
    ...(period !== undefined ? { period } : {}),
    ...(recurrence !== undefined ? { recurrence } : {}),
    ...(f.get("topic") !== "" ? { topic: f.get("topic") } : {}),
    ...(f.get("description") !== "" ? { description: f.get("description") } : {}),
  };
  const parsed = relationSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 3)) {
      const column = columnOf(issue.path);
      f.problem(
        column,
        `${JSON.stringify(fieldValue(f, column))} is not valid; ${zodReason(issue.message)}`,
      );
    }
    return undefined;
  }
  return parsed.data;
}

/**
 * A fuzzy time from its six columns: the full interval when start, end or precision is given,
 * else the phrase parsed. Undefined when all are empty; null after reporting a problem.
 */
export function timeFromFields(prefix: string, f: FieldReader): FuzzyTime | undefined | null {
  const text = f.get(prefix);
  const start = f.get(`${prefix}_start`);
  const end = f.get(`${prefix}_end`);
  const precision = f.get(`${prefix}_precision`);
  const qualifier = f.get(`${prefix}_qualifier`);
  const recurrence = f.get(`${prefix}_recurrence`);
  if (text === "" && start === "" && end === "" && precision === "") return undefined;
  if (start === "" && end === "" && precision === "") {
    const r = parseFuzzyTime(text);
    if (!r.ok) {
      f.problem(prefix, r.error.message);
      return null;
    }
    return r.value;
  }
  const parsed = fuzzyTimeSchema.safeParse({
    text: text || `${start}/${end}`,
    start: start === "" ? null : start,
    end: end === "" ? null : end,
    precision: precision || "day",
    ...(qualifier !== "" ? { qualifier } : {}),
    ...(recurrence !== "" ? { recurrence } : {}),
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue?.path[0] ?? "");
    const column = key === "text" || key === "" ? prefix : `${prefix}_${key}`;
    f.problem(
      column,
      `${JSON.stringify(f.get(column))} is not valid; ${zodReason(issue?.message ?? "expected a time")}`,
    );
    return null;
  }
  if (
    parsed.data.start !== null &&
    parsed.data.end !== null &&
    parsed.data.start > parsed.data.end
  ) {
    f.problem(`${prefix}_end`, `"${end}" is before ${prefix}_start ${start}; expected a later day`);
    return null;
  }
  return parsed.data;
}

/** The column a zod issue path points at (codes are flat columns). */
function columnOf(path: readonly PropertyKey[]): string {
  const [head, next] = path;
  if (head === "codes" && typeof next === "string") return next;
  return String(head ?? "id");
}

function fieldValue(f: FieldReader, column: string): string {
  return f.get(column);
}

/** A zod message as the "expected ..." part of ours. */
function zodReason(message: string): string {
  const m = message.replace(/^Invalid [a-z ]+: /, "");
  return m.startsWith("expected") ? m : `expected ${m}`;
}
