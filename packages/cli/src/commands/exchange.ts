import { readFileSync, writeFileSync } from "node:fs";
import {
  adjacencyMatrix,
  type CaseFragment,
  caseJson,
  csvEdges,
  csvNodes,
  gexf,
  graphml,
  importAcled,
  importCsvEdges,
  importCsvNodes,
  importKumu,
  importPax,
  importPlover,
  importUcdp,
  kumuJson,
  mergeFragment,
} from "@parley/analysis";
import { type Case, caseSchema, ParleyError, type Result, validateCase } from "@parley/core";
import type { Command } from "commander";
import type { CliContext } from "../context";
import { type FilterOptions, filterFromOptions, withFilters } from "../filters";

export const exportFormats = [
  "gexf",
  "graphml",
  "csv-nodes",
  "csv-edges",
  "adjacency",
  "kumu",
  "json",
] as const;
export const importFormats = [
  "acled",
  "ucdp",
  "pax",
  "plover",
  "csv-nodes",
  "csv-edges",
  "kumu",
] as const;

interface ExportFlags extends FilterOptions {
  format: string;
  case: string;
  out?: string;
  db?: string;
}

interface ImportFlags {
  format: string;
  case?: string;
  out?: string;
  db?: string;
  replace?: boolean;
}

const IMPORTERS: Record<
  (typeof importFormats)[number],
  (text: string, o: { file: string }) => Result<CaseFragment>
> = {
  acled: importAcled,
  ucdp: importUcdp,
  pax: importPax,
  plover: importPlover,
  "csv-nodes": importCsvNodes,
  "csv-edges": importCsvEdges,
  kumu: importKumu,
};

/**
 * `parley export --format gexf|graphml|csv-nodes|csv-edges|adjacency|kumu|json` writes a case
 * (after the filters) for Gephi, yEd, R, UCINET or Kumu; `parley import --format
 * acled|ucdp|pax|plover|csv-nodes|csv-edges|kumu <file>` reads a dataset into a case fragment and,
 * with `--case`, merges it into that case in the store in one transaction (a bad row imports
 * nothing); without `--case` it prints the fragment as JSON.
 */
export function registerExchangeCommands(program: Command, ctx: CliContext): void {
  withFilters(
    program
      .command("export")
      .description(
        "write a case for other tools: Gephi (gexf), yEd (graphml), R/UCINET (csv, adjacency), Kumu, JSON",
      )
      .requiredOption("-f, --format <format>", exportFormats.join(", "))
      .option("-c, --case <id>", "case id", "afghanistan")
      .option("-o, --out <file>", "write to this file instead of stdout")
      .option("--db <path>", "store: SQLite file or postgres:// URL"),
  ).action(async (o: ExportFlags) => {
    const format = choice("export --format", o.format, exportFormats);
    const filter = filterFromOptions(o);
    const c = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
    const text = (() => {
      switch (format) {
        case "gexf":
          return gexf(c, { filter });
        case "graphml":
          return graphml(c, filter);
        case "csv-nodes":
          return csvNodes(c, filter);
        case "csv-edges":
          return csvEdges(c, filter);
        case "adjacency":
          return adjacencyMatrix(c, filter);
        case "kumu":
          return `${JSON.stringify(kumuJson(c, filter), null, 2)}\n`;
        case "json":
          return caseJson(c, filter);
      }
    })();
    emit(ctx, text, o.out, `${format} of ${c.id}`);
  });

  program
    .command("import <file>")
    .description("read ACLED, UCDP GED, PA-X, PLOVER/POLECAT, node/edge CSV or Kumu into a case")
    .requiredOption("-f, --format <format>", importFormats.join(", "))
    .option("-c, --case <id>", "merge into this case in the store (created when new)")
    .option("-o, --out <file>", "without --case, write the fragment JSON here instead of stdout")
    .option("--replace", "replace claims that changed (claims are otherwise append-only)")
    .option("--db <path>", "store: SQLite file or postgres:// URL")
    .action(async (file: string, o: ImportFlags) => {
      const format = choice("import --format", o.format, importFormats);
      const text = readText(file);
      const result = IMPORTERS[format](text, { file });
      if (!result.ok) throw result.error;
      const fragment = result.value;
      const counts = `${fragment.events.length} events, ${fragment.actors.length} actors, ${fragment.relations.length} relations, ${fragment.processes.length} processes, ${fragment.claims.length} claims`;
      if (o.case === undefined) {
        emit(
          ctx,
          `${JSON.stringify(fragment, null, 2)}\n`,
          o.out,
          `fragment of ${file}: ${counts}`,
        );
        return;
      }
      const store = await ctx.openStore(o.db);
      const existing = (await store.listCases()).some((s) => s.id === o.case);
      const base: Case = existing
        ? await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db })
        : caseSchema.parse({ id: o.case, title: `Imported from ${file}` });
      const merged = mergeFragment(base, fragment);
      const checked = caseSchema.safeParse(merged);
      if (!checked.success) {
        throw new ParleyError(
          "invalid_case",
          `import ${file} into "${o.case}": the merged case is not valid; nothing was imported`,
          {
            problems: checked.error.issues.slice(0, 20).map((i) => ({
              pointer: `/${i.path.join("/")}`,
              message: i.message,
            })),
          },
        );
      }
      // What the store holds must export and load back: every fact held by a claim, every
      // reference resolved (actors of an edge list must already be in the case).
      const problems = validateCase(checked.data);
      if (problems.length > 0) {
        throw new ParleyError(
          "invalid_case",
          `import ${file} into "${o.case}": the merged case is not valid (${problems.length} problem${problems.length === 1 ? "" : "s"}); nothing was imported`,
          {
            problems: problems.slice(0, 20).map((p) => ({
              pointer: `/${p.path.join("/")}`,
              message: p.message,
            })),
          },
        );
      }
      const bar = ctx.progress(`importing ${file}`, merged.claims.length);
      try {
        await store.importCase(checked.data, {
          onProgress: (done, total) => bar.update(done, total),
          replace: o.replace === true,
          who: `import ${format}`,
          validated: true,
        });
      } finally {
        bar.stop();
      }
      ctx.out(`imported ${file} into ${o.case}: ${counts}`);
    });
}

function choice<T extends string>(what: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ParleyError(
    "invalid_input",
    `${what} "${value}": expected one of ${allowed.join(", ")}`,
  );
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new ParleyError("io_error", `import: reading ${file}: ${(e as Error).message}`, {
      location: { file },
      cause: e,
    });
  }
}

/** Writes text to a file (saying so on stderr) or to stdout. */
export function emit(
  ctx: CliContext,
  text: string | Uint8Array,
  out: string | undefined,
  what: string,
): void {
  if (out === undefined) {
    if (typeof text !== "string")
      throw new ParleyError("invalid_input", `${what}: binary output needs --out <file>`);
    ctx.out(text.endsWith("\n") ? text.slice(0, -1) : text);
    return;
  }
  try {
    writeFileSync(out, text);
  } catch (e) {
    throw new ParleyError("io_error", `writing ${out}: ${(e as Error).message}`, {
      location: { file: out },
      cause: e,
    });
  }
  ctx.err(`wrote ${what} to ${out}`);
}
