import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseCaseFiles, parseCaseJson } from "./case-file";
import { err, ParleyError, type Result } from "./errors";
import type { Case } from "./model";

/**
 * Reads a case folder: every `*.yaml` file in it, merged by top-level key. The whole case is
 * checked (syntax, schema, unknown keys, references, spans) and every problem is reported with its
 * file, line, column and JSON pointer. Returns the case or a `ParleyError` (`invalid_case`).
 */
export function loadCaseFolder(dir: string, options?: { displayRoot?: string }): Result<Case> {
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith(".yaml") || f.endsWith(".yml"))
      .sort();
  } catch (cause) {
    return err(
      new ParleyError("not_found", `Reading case folder "${dir}": no such folder`, { cause }),
    );
  }
  const ndjson = readdirSync(dir).filter((f) => /\.(ndjson|jsonl)$/i.test(f));
  if (ndjson.length > 0) {
    return err(
      new ParleyError(
        "unsupported",
        `Reading case folder "${dir}": it gives lists as NDJSON (${ndjson.sort().join(", ")}), which are read record by record: import it with \`parley case import\` and use the stored case`,
      ),
    );
  }
  if (names.length === 0) {
    return err(
      new ParleyError("invalid_case", `Reading case folder "${dir}": it holds no .yaml file`),
    );
  }
  const root = options?.displayRoot ?? process.cwd();
  const files = names.map((n) => ({
    name: relative(root, join(dir, n)) || n,
    text: readFileSync(join(dir, n), "utf8"),
  }));
  return parseCaseFiles(files, { label: relative(root, dir) || dir });
}

/** Reads a case from a JSON file (see `parseCaseJson`). */
export function loadCaseJson(path: string, options?: { displayRoot?: string }): Result<Case> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (cause) {
    return err(
      new ParleyError("not_found", `Reading case file "${path}": no such file`, { cause }),
    );
  }
  const name = relative(options?.displayRoot ?? process.cwd(), path) || path;
  return parseCaseJson({ name, text });
}
