import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from "node:fs";
import { basename, extname, join, relative } from "node:path";
import { StringDecoder } from "node:string_decoder";
import jsYaml from "js-yaml";
import {
  type CaseFileText,
  jsonPointer,
  jsonSyntaxError,
  locateInCaseFile,
  yamlSyntaxProblems,
  zodCaseProblems,
} from "./case-file";
import {
  type CaseCollection,
  type CaseHead,
  type CaseRecordBatch,
  type CaseRecordSource,
  caseCollections,
  isCaseCollection,
  readCaseRecord,
} from "./case-records";
import { err, ok, ParleyError, type Problem, type Result } from "./errors";
import { fuzzyTimeFromYaml } from "./fuzzy-time";
import { caseSchema } from "./model";

const NDJSON = [".ndjson", ".jsonl"];
const HEAD_KEYS = new Set(["id", "title", "summary", "period"]);
const headSchema = caseSchema.pick({ id: true, title: true, summary: true, period: true });
const BATCH = 1000;
const CHUNK = 1 << 20;

/** Whether a folder gives any list of its case as NDJSON (`events.ndjson`, `claims.jsonl`). */
export function caseFolderHasNdjson(dir: string): boolean {
  try {
    return readdirSync(dir).some((f) => NDJSON.includes(extname(f).toLowerCase()));
  } catch {
    return false;
  }
}

type Owner =
  | { kind: "yaml"; file: CaseFileText; list: unknown }
  | { kind: "ndjson"; path: string; name: string };

/**
 * Opens a case folder whose large lists are NDJSON files for reading record by record: the
 * `.yaml` files give the case's id and title and any lists kept in YAML; each `<list>.ndjson`
 * (or `.jsonl`) gives one list, one JSON record a line (`events.ndjson`, `claims.ndjson`). A list
 * belongs to one file. Problems with the folder itself (syntax of the YAML files, unknown keys,
 * a list given twice, a bad header) are found here, with their file, line and column; each
 * record is checked as it is read.
 */
export function openCaseFolderStream(
  dir: string,
  options?: { displayRoot?: string },
): Result<CaseRecordSource> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (cause) {
    return err(
      new ParleyError("not_found", `Reading case folder "${dir}": no such folder`, { cause }),
    );
  }
  const root = options?.displayRoot ?? process.cwd();
  const display = (n: string) => relative(root, join(dir, n)) || n;
  const label = relative(root, dir) || dir;
  const problems: Problem[] = [];
  const owners = new Map<string, Owner & { label: string }>();
  const head: Record<string, unknown> = {};
  const headFile = new Map<string, CaseFileText>();
  let total = 0;
  let ndjsonBytes = 0;

  for (const n of names) {
    const ext = extname(n).toLowerCase();
    if (ext !== ".yaml" && ext !== ".yml") continue;
    const file = { name: display(n), text: readFileSync(join(dir, n), "utf8") };
    total += Buffer.byteLength(file.text);
    let value: unknown;
    try {
      value = jsYaml.load(file.text, { schema: jsYaml.CORE_SCHEMA, filename: file.name });
    } catch (e) {
      const syntax = yamlSyntaxProblems(file);
      problems.push(
        ...(syntax.length > 0
          ? syntax
          : [
              {
                file: file.name,
                line: 1,
                column: 1,
                message: `YAML: ${(e as Error).message.split("\n")[0]}`,
              },
            ]),
      );
      continue;
    }
    if (value === undefined || value === null) continue;
    if (typeof value !== "object" || Array.isArray(value)) {
      problems.push({
        file: file.name,
        line: 1,
        column: 1,
        pointer: "",
        message: "expected a mapping of case keys (id, title, actors, events...)",
      });
      continue;
    }
    for (const [k, v] of Object.entries(value)) {
      const prev = owners.get(k)?.label ?? headFile.get(k)?.name;
      if (prev !== undefined) {
        problems.push({
          ...locateInCaseFile(file, [k], true),
          message: `key "${k}" is already given in ${prev}; each key belongs to one file`,
        });
      } else if (HEAD_KEYS.has(k)) {
        head[k] = v;
        headFile.set(k, file);
      } else if (isCaseCollection(k)) {
        owners.set(k, { kind: "yaml", file, list: v, label: file.name });
      } else {
        problems.push({ ...locateInCaseFile(file, [k], true), message: `unknown key "${k}"` });
      }
    }
  }
  for (const n of names) {
    if (!NDJSON.includes(extname(n).toLowerCase())) continue;
    const list = basename(n, extname(n));
    const name = display(n);
    const size = statSync(join(dir, n)).size;
    total += size;
    ndjsonBytes += size;
    if (!isCaseCollection(list)) {
      problems.push({
        file: name,
        message: `"${n}" names no list of a case; expected one of ${caseCollections.map((c) => `${c}.ndjson`).join(", ")}`,
      });
      continue;
    }
    const prev = owners.get(list);
    if (prev !== undefined) {
      problems.push({
        file: name,
        message: `the list "${list}" is already given in ${prev.label}; each list belongs to one file`,
      });
      continue;
    }
    owners.set(list, { kind: "ndjson", path: join(dir, n), name, label: name });
  }

  const headWhere = (path: (string | number)[], key = false): Problem => {
    const f = headFile.get(String(path[0])) ?? headFile.values().next().value;
    return f
      ? locateInCaseFile(f, path, key)
      : { file: label, pointer: jsonPointer(path), message: "" };
  };
  if (head.period !== undefined && head.period !== null) {
    const r = fuzzyTimeFromYaml(head.period);
    if (r.ok) head.period = r.value;
    else {
      problems.push({ ...headWhere(["period"]), message: r.error.message });
      delete head.period;
    }
  }
  const parsed = headSchema.safeParse(head);
  if (!parsed.success)
    for (const p of zodCaseProblems(parsed.error))
      problems.push({ ...headWhere(p.path, p.key ?? false), message: p.message });
  if (problems.length > 0 || !parsed.success) return err(invalidCase(label, problems));

  // The YAML files are read already; progress counts the NDJSON bytes as they are read.
  let done = total - ndjsonBytes;
  const source: CaseRecordSource = {
    label,
    header: parsed.data as CaseHead,
    reopen: { folder: dir, displayRoot: root },
    progress: () => ({ done, total }),
    async *batches() {
      const sourceDates = new Map<string, string>();
      for (const collection of caseCollections) {
        const owner = owners.get(collection);
        if (owner === undefined) continue;
        const batches =
          owner.kind === "yaml"
            ? yamlBatches(collection, owner.file, owner.list, sourceDates)
            : ndjsonBatches(collection, owner.path, owner.name, sourceDates, (n) => {
                done += n;
              });
        for (const b of batches) yield b;
      }
    },
    async locate(found) {
      const out: Problem[] = [];
      const lines = new Map<string, Map<number, number>>();
      for (const owner of owners.values()) {
        if (owner.kind !== "ndjson") continue;
        const wanted = new Set<number>();
        const list = basename(owner.path, extname(owner.path));
        for (const p of found)
          if (p.path[0] === list && typeof p.path[1] === "number") wanted.add(p.path[1]);
        if (wanted.size > 0) lines.set(list, recordLines(owner.path, wanted));
      }
      for (const p of found) {
        const owner = owners.get(String(p.path[0]));
        if (owner?.kind === "yaml") {
          out.push({ ...locateInCaseFile(owner.file, p.path, p.key ?? false), message: p.message });
        } else if (owner?.kind === "ndjson") {
          const line = lines.get(String(p.path[0]))?.get(p.path[1] as number);
          out.push({
            file: owner.name,
            ...(line === undefined ? {} : { line }),
            pointer: jsonPointer(p.path),
            message: p.message,
          });
        } else out.push({ file: label, pointer: jsonPointer(p.path), message: p.message });
      }
      return out;
    },
  };
  return ok(source);
}

/** `invalid_case` with its problems, as a case folder reports them. */
function invalidCase(label: string, problems: Problem[]): ParleyError {
  const n = problems.length;
  return new ParleyError(
    "invalid_case",
    `Loading case "${label}": ${n} problem${n === 1 ? "" : "s"}`,
    {
      problems,
    },
  );
}

function* yamlBatches(
  collection: CaseCollection,
  file: CaseFileText,
  list: unknown,
  sourceDates: Map<string, string>,
): Generator<CaseRecordBatch> {
  if (!Array.isArray(list)) {
    yield {
      collection,
      records: [],
      problems: [
        {
          ...locateInCaseFile(file, [collection]),
          message: `expected array: "${collection}" must be a list`,
        },
      ],
    };
    return;
  }
  let batch: CaseRecordBatch = { collection, records: [], problems: [] };
  for (let i = 0; i < list.length; i++) {
    const r = readCaseRecord(collection, list[i], i, sourceDates);
    if (r.ok) {
      batch.records.push({ value: r.value, index: i });
      noteSourceDate(collection, r.value, sourceDates);
    } else
      for (const p of r.problems)
        batch.problems.push({
          ...locateInCaseFile(file, p.path, p.key ?? false),
          message: p.message,
        });
    if (batch.records.length + batch.problems.length >= BATCH) {
      yield batch;
      batch = { collection, records: [], problems: [] };
    }
  }
  yield batch;
}

function noteSourceDate(
  collection: CaseCollection,
  value: unknown,
  sourceDates: Map<string, string>,
) {
  if (collection !== "sources") return;
  const s = value as { id: string; date?: string };
  if (s.date !== undefined) sourceDates.set(s.id, s.date);
}

// Lines of one NDJSON file, as [line number, text]; blank lines are skipped. Read in 1 MB chunks.
function* ndjsonLines(path: string, onBytes?: (n: number) => void): Generator<[number, string]> {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.allocUnsafe(CHUNK);
    const decoder = new StringDecoder("utf8");
    let rest = "";
    let line = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK, null);
      const text = n > 0 ? rest + decoder.write(buf.subarray(0, n)) : rest + decoder.end();
      onBytes?.(n);
      let start = 0;
      for (let nl = text.indexOf("\n"); nl >= 0; nl = text.indexOf("\n", start)) {
        line++;
        let s = text.slice(start, nl);
        start = nl + 1;
        if (line === 1 && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
        if (s.charCodeAt(s.length - 1) === 13) s = s.slice(0, -1);
        if (s.trim() !== "") yield [line, s];
      }
      rest = text.slice(start);
      if (n === 0) {
        line++;
        if (line === 1 && rest.charCodeAt(0) === 0xfeff) rest = rest.slice(1);
        if (rest.trim() !== "") yield [line, rest];
        return;
      }
    }
  } finally {
    closeSync(fd);
  }
}

function* ndjsonBatches(
  collection: CaseCollection,
  path: string,
  name: string,
  sourceDates: Map<string, string>,
  onBytes: (n: number) => void,
): Generator<CaseRecordBatch> {
  let batch: CaseRecordBatch = { collection, records: [], problems: [] };
  let index = 0;
  for (const [line, text] of ndjsonLines(path, onBytes)) {
    const i = index++;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      const at = jsonSyntaxError(text, (e as Error).message);
      batch.problems.push({
        file: name,
        line,
        column: at.column,
        message: `JSON syntax: ${at.reason}; expected one record of ${collection} as a JSON object on each line`,
      });
      continue;
    }
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      batch.problems.push({
        file: name,
        line,
        column: 1,
        pointer: jsonPointer([collection, i]),
        message: `expected one record of ${collection} as a JSON object on each line`,
      });
      continue;
    }
    const r = readCaseRecord(collection, raw, i, sourceDates);
    if (r.ok) {
      batch.records.push({ value: r.value, index: i });
      noteSourceDate(collection, r.value, sourceDates);
    } else
      for (const p of r.problems)
        batch.problems.push({ file: name, line, pointer: jsonPointer(p.path), message: p.message });
    if (batch.records.length + batch.problems.length >= BATCH) {
      yield batch;
      batch = { collection, records: [], problems: [] };
    }
  }
  yield batch;
}

/** The line of each wanted record (by its place in the file, blank lines not counted). */
function recordLines(path: string, wanted: ReadonlySet<number>): Map<number, number> {
  const out = new Map<number, number>();
  let index = 0;
  let max = -1;
  for (const w of wanted) max = Math.max(max, w);
  for (const [line] of ndjsonLines(path)) {
    if (wanted.has(index)) out.set(index, line);
    if (++index > max) break;
  }
  return out;
}
