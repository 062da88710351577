/**
 * Development tool: fills in the character spans of a case's evidence from a source text.
 *
 *   npx tsx scripts/resolve-spans.ts [--case cases/afghanistan] [--source ibrahimi-2018]
 *                                    [--text ../shared/seed/afghanistan-russia-essay.txt]
 *
 * For every claim and judgment whose evidence cites the source and carries `span.exact`, it
 * finds the quote in the text (inside `paragraph` when given, where it must occur exactly once)
 * and rewrites the span as W3C Web Annotation selectors (start, end, exact and up to 32
 * characters of prefix and suffix, `makeSpan`) plus the paragraph and sentence indexes as
 * `sentences` from @parley/core counts them (paragraphs are the text's lines).
 * The text is read only here, at development time; the case ships with the spans.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { makeSpan, normaliseText, type Span, sentenceAt, sentences } from "@parley/core";
import { isMap, isSeq, parseDocument, type YAMLMap } from "yaml";

/** Where a quote sits in a text: its span and the paragraph and sentence holding it. */
export interface Located {
  span: Span;
  paragraph: number;
  sentence: number;
}

/** Why a quote could not be placed. */
export type LocateFailure = { problem: "not_found" | "ambiguous" | "crosses_sentences" };

/**
 * Places `exact` in `text` (already normalised), inside paragraph `paragraph` when given; it
 * must occur there exactly once and lie within one sentence as `sentences` splits them.
 */
export function locate(text: string, exact: string, paragraph?: number): Located | LocateFailure {
  const all = sentences(text);
  const hits: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) {
    if (paragraph === undefined || sentenceAt(all, i)?.paragraph === paragraph) hits.push(i);
  }
  const start = hits[0];
  if (start === undefined) return { problem: "not_found" };
  if (hits.length > 1) return { problem: "ambiguous" };
  const end = start + exact.length;
  const holder = sentenceAt(all, start);
  if (holder === undefined || end > holder.end) return { problem: "crosses_sentences" };
  return { span: makeSpan(text, start, end), paragraph: holder.paragraph, sentence: holder.index };
}

/** Counts of a run over one case folder. */
export interface ResolveReport {
  resolved: number;
  changedFiles: string[];
  problems: string[];
}

/** Rewrites the spans of every evidence in `caseDir` that cites `sourceId`, against `text`. */
export function resolveSpans(caseDir: string, sourceId: string, text: string): ResolveReport {
  const report: ResolveReport = { resolved: 0, changedFiles: [], problems: [] };
  const files = readdirSync(caseDir)
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  for (const file of files) {
    const path = join(caseDir, file);
    const before = readFileSync(path, "utf8");
    const doc = parseDocument(before);
    let resolvedHere = 0;
    for (const key of ["claims", "judgments"]) {
      const seq = doc.get(key, true);
      if (!isSeq(seq)) continue;
      for (const item of seq.items) {
        if (!isMap(item)) continue;
        const evidence = item.get("evidence", true);
        if (!isMap(evidence) || evidence.get("source") !== sourceId) continue;
        const span = evidence.get("span", true);
        if (!isMap(span)) continue;
        const exact = span.get("exact");
        if (typeof exact !== "string") continue;
        const paragraph = evidence.get("paragraph");
        const where = `${file}: ${key} ${String(item.get("id"))}`;
        const found = locate(text, exact, typeof paragraph === "number" ? paragraph : undefined);
        if ("problem" in found) {
          report.problems.push(`${where}: quote ${JSON.stringify(exact)} ${found.problem}`);
          continue;
        }
        writeEvidence(doc, evidence, sourceId, found, evidence.get("note"));
        resolvedHere += 1;
      }
    }
    report.resolved += resolvedHere;
    if (resolvedHere === 0) continue;
    // No folding here: the formatter run afterwards owns the layout.
    const after = doc.toString({ lineWidth: 0 });
    if (after !== before) {
      writeFileSync(path, after);
      report.changedFiles.push(path);
    }
  }
  return report;
}

function writeEvidence(
  doc: ReturnType<typeof parseDocument>,
  evidence: YAMLMap,
  source: string,
  found: Located,
  note: unknown,
): void {
  const spanNode = doc.createNode(found.span);
  spanNode.flow = false;
  evidence.items = [];
  evidence.flow = false;
  evidence.set("source", source);
  evidence.set("span", spanNode);
  evidence.set("paragraph", found.paragraph);
  evidence.set("sentence", found.sentence);
  if (typeof note === "string") evidence.set("note", note);
}

function argument(args: string[], name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i === -1 ? fallback : (args[i + 1] ?? fallback);
}

function main(): void {
  const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
  const args = process.argv.slice(2);
  const caseDir = resolve(root, argument(args, "--case", "cases/afghanistan"));
  const sourceId = argument(args, "--source", "ibrahimi-2018");
  const textPath = resolve(
    root,
    argument(args, "--text", "../shared/seed/afghanistan-russia-essay.txt"),
  );
  const text = normaliseText(readFileSync(textPath, "utf8"));
  const report = resolveSpans(caseDir, sourceId, text);
  for (const problem of report.problems) console.error(problem);
  if (report.changedFiles.length > 0) {
    // The repository's formatter owns YAML layout; format what was rewritten.
    execFileSync(
      resolve(root, "node_modules/.bin/biome"),
      ["format", "--write", ...report.changedFiles],
      {
        stdio: "inherit",
      },
    );
  }
  console.log(
    `resolve-spans: ${report.resolved} spans resolved against ${textPath}; ` +
      `${report.changedFiles.length} files rewritten; ${report.problems.length} problems`,
  );
  if (report.problems.length > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
