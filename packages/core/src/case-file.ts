import jsYaml from "js-yaml";
import { type Document, isMap, isScalar, LineCounter, parseDocument, stringify } from "yaml";
import type { ZodError } from "zod";
import { err, ok, ParleyError, type Problem, type Result } from "./errors";
import { type FuzzyTime, fuzzyTimeFromYaml, fuzzyTimeToYaml } from "./fuzzy-time";
import { type Case, caseSchema } from "./model";
import { type CaseProblem, validateCase } from "./validate-case";

/** One YAML file of a case folder. */
export interface CaseFileText {
  /** Path used in messages (relative to where the user ran the command, or as given). */
  name: string;
  text: string;
}

/** The keys of a case and the file each is written to by `caseToYamlFiles`. */
export const caseFileLayout: Record<string, keyof Case | "meta"> = {
  "case.yaml": "meta",
  "sources.yaml": "sources",
  "actors.yaml": "actors",
  "processes.yaml": "processes",
  "events.yaml": "events",
  "relations.yaml": "relations",
  "issues.yaml": "issues",
  "interests.yaml": "interests",
  "claims.yaml": "claims",
  "judgments.yaml": "judgments",
  "hypotheses.yaml": "hypotheses",
  "scenarios.yaml": "scenarios",
};
const META_KEYS = ["id", "title", "summary", "period"] as const;
const ISSUE_FILE_KEYS = ["issues", "positions", "capabilities"] as const;

type Path = (string | number)[];

interface ParsedFile {
  name: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

/** A JSON pointer (RFC 6901) for a path. */
export function jsonPointer(path: Path): string {
  return path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

/** Time fields by the collection that holds them (`""` for the case itself); their phrases become FuzzyTime objects. */
export const TIME_FIELDS: Record<string, string[]> = {
  "": ["period"],
  actors: ["valid"],
  processes: ["period"],
  events: ["date"],
  relations: ["period", "recurrence"],
  positions: ["date"],
  claims: ["reported", "period"],
};

/**
 * Parses and checks a case given as YAML texts (`loadCaseFolder` of `@parley/core/node` reads them from a folder). A valid case is read by a
 * fast parser that keeps no positions; only when something is wrong is the case read again with
 * a parser that keeps every node's position, so each problem is reported at its file:line:column.
 */
export function parseCaseFiles(files: CaseFileText[], options?: { label?: string }): Result<Case> {
  const values: unknown[] = [];
  for (const f of files) {
    try {
      values.push(jsYaml.load(f.text, { schema: jsYaml.CORE_SCHEMA, filename: f.name }));
    } catch {
      return parseCaseFilesLocated(files, options);
    }
  }
  const fast = validCaseOf(values, files);
  if (fast !== undefined) return ok(fast);
  return parseCaseFilesLocated(files, options);
}

/**
 * Reads a case written as one JSON document, as `parley export --format json` writes it (the
 * model, times as `{text, start, end, precision}` objects or as phrases). Checked as a case
 * folder is; a syntax error is reported at its line and column, any other problem at the line
 * and column of the value and its JSON pointer.
 */
export function parseCaseJson(file: CaseFileText, options?: { label?: string }): Result<Case> {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const { line, column } = jsonErrorPosition(text, message);
    const reason = message
      .replace(/, .*is not valid JSON$/s, "")
      .replace(/ in JSON at position \d+.*$/, "");
    return err(
      invalid(options?.label ?? file.name, [
        {
          file: file.name,
          line,
          column,
          message: `JSON syntax: ${reason}; expected a case as one JSON object`,
        },
      ]),
    );
  }
  const fast = validCaseOf([value], [{ ...file, text }]);
  if (fast !== undefined) return ok(fast);
  // JSON is YAML: the located reader gives each problem its line and column.
  return parseCaseFilesLocated([{ ...file, text }], options);
}

// Where JSON.parse stopped: its message gives the offset for most errors; for an unexpected token
// it quotes only the token, so the offset is found as the length of the longest prefix of the text
// that is still the valid beginning of a JSON document (a binary search; only on the error path).
/** Where `JSON.parse(text)` stopped with `message`, and the reason without the position. */
export function jsonSyntaxError(
  text: string,
  message: string,
): { line: number; column: number; reason: string } {
  const { line, column } = jsonErrorPosition(text, message);
  const reason = message
    .replace(/, .*is not valid JSON$/s, "")
    .replace(/ in JSON at position \d+.*$/, "");
  return { line, column, reason };
}

function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const at = /position (\d+)/.exec(message);
  const offset = at ? Number(at[1]) : validJsonPrefix(text);
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

function validJsonPrefix(text: string): number {
  const beginsValidly = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (e) {
      const m = (e as Error).message;
      if (m.startsWith("Unexpected end of JSON input")) return true;
      const at = /position (\d+)/.exec(m);
      return at !== null && Number(at[1]) >= n;
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (beginsValidly(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The case when every parsed file is a mapping and the whole case is valid, else undefined. The
 * files are read by a parser that keeps no positions: YAML 1.2 core schema, as the located parser
 * reads it (no timestamps, dates stay strings; no merge keys; duplicate keys refused).
 */
function validCaseOf(values: unknown[], files: CaseFileText[]): Case | undefined {
  const merged: Record<string, unknown> = {};
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value === undefined || value === null) continue;
    if (typeof value !== "object" || Array.isArray(value)) return undefined;
    // Aliases are shared, not copied: a document whose aliases multiply its nodes beyond its size
    // is left to the located parser, which limits alias expansion. No `*`, no alias.
    const text = files[i]?.text ?? "";
    if (text.includes("*") && !withinNodeBudget(value, text.length)) return undefined;
    for (const [k, v] of Object.entries(value)) {
      if (Object.hasOwn(merged, k)) return undefined;
      merged[k] = v;
    }
  }
  const problems: Problem[] = [];
  convertTimes(merged, problems, () => ({ message: "" }));
  if (problems.length > 0) return undefined;
  const result = caseSchema.safeParse(merged);
  if (!result.success) return undefined;
  if (validateCase(result.data).length > 0) return undefined;
  return result.data;
}

// Counts the nodes of a parsed value, stopping once there are more than `budget`.
function withinNodeBudget(value: unknown, budget: number): boolean {
  let count = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++count > budget) return false;
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else for (const k in v) stack.push((v as Record<string, unknown>)[k]);
  }
  return true;
}

function parseCaseFilesLocated(files: CaseFileText[], options?: { label?: string }): Result<Case> {
  const label = options?.label ?? files.map((f) => f.name).join(", ");
  const problems: Problem[] = [];
  const parsed: ParsedFile[] = [];
  const owner = new Map<string, ParsedFile>();
  const merged: Record<string, unknown> = {};

  for (const f of files) {
    const lines = new LineCounter();
    const doc = parseDocument(f.text, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
    });
    const pf = { name: f.name, doc, lines };
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const pos = lines.linePos(e.pos[0]);
        problems.push({
          file: f.name,
          line: pos.line,
          column: pos.col,
          message: `YAML syntax: ${e.message.split("\n")[0]}`,
        });
      }
      continue;
    }
    parsed.push(pf);
    const contents = doc.contents;
    if (contents === null || (isScalar(contents) && contents.value === null)) continue;
    if (!isMap(contents)) {
      problems.push({
        file: f.name,
        line: 1,
        column: 1,
        pointer: "",
        message: "expected a mapping of case keys (id, title, actors, events...)",
      });
      continue;
    }
    let value: Record<string, unknown>;
    try {
      value = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
    } catch (e) {
      // Aliases are resolved only here: an unknown or runaway alias is the file's problem.
      problems.push({ file: f.name, line: 1, column: 1, message: `YAML: ${(e as Error).message}` });
      continue;
    }
    for (const [k, v] of Object.entries(value)) {
      const prev = owner.get(k);
      if (prev) {
        problems.push({
          ...locate(pf, [k], true),
          message: `key "${k}" is already given in ${prev.name}; each key belongs to one file`,
        });
        continue;
      }
      owner.set(k, pf);
      merged[k] = v;
    }
  }
  if (problems.length > 0) return err(invalid(label, problems));

  const where = (path: Path, key = false): Problem => {
    const top = path[0];
    const pf = typeof top === "string" ? owner.get(top) : undefined;
    if (!pf) return { file: parsed[0]?.name ?? label, pointer: jsonPointer(path), message: "" };
    return locate(pf, path, key);
  };

  // Bad times and unknown keys are set aside once reported, so that one run reports them together
  // with the problems found further on (references, spans), as a reviewer would want.
  convertTimes(merged, problems, where);
  let result = caseSchema.safeParse(merged);
  if (!result.success) {
    problems.push(...zodProblems(result.error, where));
    const onlyUnknownKeys = result.error.issues.every((i) => i.code === "unrecognized_keys");
    if (!onlyUnknownKeys) return err(invalid(label, problems));
    for (const issue of result.error.issues) {
      if (issue.code !== "unrecognized_keys") continue;
      let target: unknown = merged;
      for (const seg of issue.path) target = (target as Record<PropertyKey, unknown>)[seg];
      for (const k of issue.keys) delete (target as Record<string, unknown>)[k];
    }
    result = caseSchema.safeParse(merged);
    if (!result.success) return err(invalid(label, problems));
  }
  for (const p of validateCase(result.data)) {
    problems.push({ ...where(p.path, p.key ?? false), message: p.message });
  }
  if (problems.length > 0) return err(invalid(label, problems));
  return ok(result.data);
}

function invalid(label: string, problems: Problem[]): ParleyError {
  const n = problems.length;
  return new ParleyError(
    "invalid_case",
    `Loading case "${label}": ${n} problem${n === 1 ? "" : "s"}`,
    { problems },
  );
}

/**
 * The file, line and column of the value at `path` in a YAML (or JSON) case file (of its key
 * when `key`), with the JSON pointer; for problems found after the file was read without positions.
 */
export function locateInCaseFile(file: CaseFileText, path: Path, key = false): Problem {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, { lineCounter: lines, prettyErrors: false });
  return locate({ name: file.name, doc, lines }, path, key);
}

/** The syntax errors of a YAML case file, each at its line and column. */
export function yamlSyntaxProblems(file: CaseFileText): Problem[] {
  const lines = new LineCounter();
  const doc = parseDocument(file.text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
  });
  return doc.errors.map((e) => {
    const pos = lines.linePos(e.pos[0]);
    return {
      file: file.name,
      line: pos.line,
      column: pos.col,
      message: `YAML syntax: ${e.message.split("\n")[0]}`,
    };
  });
}

// Position of the node at `path` (or of its key when `key`), with the JSON pointer.
function locate(pf: ParsedFile, path: Path, key: boolean): Problem {
  let node: unknown = pf.doc.contents;
  let best: [number, number] | undefined = (
    node as { range?: [number, number] } | null
  )?.range?.slice(0, 2) as [number, number] | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const n = node as { items?: unknown[] } | null;
    if (!n || !Array.isArray(n.items)) break;
    let next: unknown;
    if (isMap(n)) {
      const pair = n.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
      if (!pair) break;
      const isLast = i === path.length - 1;
      if (isLast && key) {
        best = (pair.key as { range?: [number, number] }).range?.slice(0, 2) as [number, number];
        node = undefined;
        break;
      }
      next = pair.value ?? pair.key;
    } else {
      next = typeof seg === "number" ? n.items[seg] : undefined;
    }
    if (next === undefined || next === null) break;
    node = next;
    const r = (node as { range?: [number, number] }).range;
    if (r) best = [r[0], r[1]];
  }
  const pos = best ? pf.lines.linePos(best[0]) : { line: 1, col: 1 };
  return {
    file: pf.name,
    line: pos.line,
    column: pos.col,
    pointer: jsonPointer(path),
    message: "",
  };
}

function convertTimes(
  merged: Record<string, unknown>,
  problems: Problem[],
  where: (path: Path) => Problem,
): void {
  const sourceDates = new Map<string, string>();
  if (Array.isArray(merged.sources)) {
    for (const s of merged.sources as Record<string, unknown>[]) {
      if (s && typeof s.id === "string" && typeof s.date === "string")
        sourceDates.set(s.id, s.date);
    }
  }
  const convert = (obj: Record<string, unknown>, field: string, path: Path, reference?: string) => {
    const raw = obj[field];
    if (raw === undefined || raw === null) return;
    const r = fuzzyTimeFromYaml(raw, reference);
    if (r.ok) obj[field] = r.value;
    else {
      problems.push({ ...where([...path, field]), message: r.error.message });
      delete obj[field];
    }
  };
  for (const [collection, fields] of Object.entries(TIME_FIELDS)) {
    if (collection === "") {
      for (const f of fields) convert(merged, f, []);
      continue;
    }
    const list = merged[collection];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => {
      if (!item || typeof item !== "object" || Array.isArray(item)) return;
      const obj = item as Record<string, unknown>;
      let reference: string | undefined;
      if (collection === "claims") {
        const ev = obj.evidence as { source?: unknown } | undefined;
        if (ev && typeof ev.source === "string") reference = sourceDates.get(ev.source);
      }
      for (const f of fields) convert(obj, f, [collection, i], reference);
    });
  }
  // A source's date is a plain ISO date, but YAML reads `2018` as a number.
  if (Array.isArray(merged.sources)) {
    for (const s of merged.sources as Record<string, unknown>[]) {
      if (s && typeof s.date === "number") s.date = String(s.date);
    }
  }
}

/**
 * The problems of a zod error as a case file reports them (unknown keys at the key, expected
 * types and values), with their paths.
 */
export function zodCaseProblems(error: ZodError): CaseProblem[] {
  const out: CaseProblem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      for (const k of issue.keys) {
        out.push({ path: [...path, k], key: true, message: `unknown key "${k}"` });
      }
      continue;
    }
    if (issue.code === "invalid_union" && path.length > 0) {
      out.push({ path, message: `unexpected value: ${issue.message}` });
      continue;
    }
    let message = issue.message;
    if (issue.code === "invalid_type")
      message = `expected ${issue.expected}${"received" in issue ? "" : ""}: ${issue.message}`;
    if (issue.code === "invalid_value")
      message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    out.push({ path, message });
  }
  return out;
}

function zodProblems(error: ZodError, where: (path: Path, key?: boolean) => Problem): Problem[] {
  return zodCaseProblems(error).map((p) =>
    p.key
      ? { ...where(p.path, true), message: p.message }
      : { ...where(p.path), message: p.message },
  );
}

// ------------------------------------------------------------------ writing

const DEFAULTS: Record<string, Record<string, unknown>> = {
  sources: { type: "article", language: "en", reliability: "F" },
  events: { status: "held" },
  claims: { asserter: "author", stance: "asserts", hedge: "reported" },
  judgments: { author: "author" },
  hypotheses: { analyst: "analyst" },
};

function compact(value: unknown, defaults?: Record<string, unknown>): unknown {
  if (Array.isArray(value)) return value.map((v) => compact(v));
  if (value && typeof value === "object") {
    if (isFuzzyTime(value)) return fuzzyTimeToYaml(value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) continue;
      if (Array.isArray(v) && v.length === 0) continue;
      if (v && typeof v === "object" && !Array.isArray(v) && Object.keys(v).length === 0) continue;
      if (defaults && k in defaults && defaults[k] === v) continue;
      out[k] = compact(v);
    }
    return out;
  }
  return value;
}

function isFuzzyTime(v: object): v is FuzzyTime {
  return "text" in v && "precision" in v && "start" in v && "end" in v;
}

/**
 * One record of a case's list as a case file writes it (YAML or an NDJSON line): values equal to
 * their defaults left out, times as phrases.
 */
export function caseRecordForFile(list: keyof Case, record: unknown): unknown {
  return compact(record, DEFAULTS[list]);
}

const YAML_OPTIONS = { lineWidth: 0, aliasDuplicateObjects: false } as const;

/**
 * One record of a list as its YAML file writes it under the list's key (`events:`): `  - ` and
 * the record's fields indented beneath. A list's text is its key line and its records' items in
 * order, so a list can be written a record at a time.
 */
export function yamlListItem(list: keyof Case, record: unknown): string {
  return stringify([caseRecordForFile(list, record)], YAML_OPTIONS).replace(/^(?=.)/gm, "  ");
}

/**
 * Writes a case as the YAML files of a case folder (file name to text), leaving out values that
 * equal their defaults and writing times as phrases, so that loading the files gives the case back.
 */
export function caseToYamlFiles(c: Case): Map<string, string> {
  const files = new Map<string, string>();
  const meta: Record<string, unknown> = {};
  for (const k of META_KEYS) if (c[k] !== undefined) meta[k] = compact(c[k]);
  files.set("case.yaml", stringify(meta, YAML_OPTIONS));
  for (const [file, key] of Object.entries(caseFileLayout)) {
    if (key === "meta") continue;
    let text = "";
    const keys = key === "issues" ? ISSUE_FILE_KEYS : [key];
    for (const k of keys) {
      const list = c[k] as unknown[];
      if (list.length === 0) continue;
      text += `${k}:\n`;
      for (const item of list) text += yamlListItem(k, item);
    }
    if (text !== "") files.set(file, text);
  }
  return files;
}
