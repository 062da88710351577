import { once } from "node:events";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  type WriteStream,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import {
  type Case,
  caseFileLayout,
  caseJsonSchema,
  caseRecordForFile,
  caseSchema,
  caseToYamlFiles,
  ParleyError,
  slugSchema,
  yamlListItem,
} from "@parley/core";
import {
  caseFolderHasNdjson,
  loadCaseFolder,
  loadCaseJson,
  openCaseFolderStream,
} from "@parley/core/node";
import { openStore } from "@parley/store";
import type { Command } from "commander";
import { builtinCaseDir, builtinCaseIds } from "../builtin-cases";
import type { CliContext } from "../context";
import { table } from "../table";

/**
 * Reads a case folder given as a path, a case as one JSON file (as `export --format json` writes
 * it), or a built-in case given by id.
 */
export function readCaseArg(arg: string): Case {
  if (existsSync(arg) && statSync(arg).isFile()) {
    if (!arg.toLowerCase().endsWith(".json"))
      throw new ParleyError(
        "invalid_input",
        `Reading case "${arg}": a file must be a case in JSON (.json); expected a .json file or a case folder of .yaml files`,
        { location: { file: arg } },
      );
    const r = loadCaseJson(arg);
    if (!r.ok) throw r.error;
    return r.value;
  }
  const dir = existsSync(arg) ? arg : builtinCaseDir(arg);
  if (!dir)
    throw new ParleyError(
      "not_found",
      `Reading case "${arg}": no such folder, and Parley ships no case by that name`,
    );
  const r = loadCaseFolder(dir);
  if (!r.ok) throw r.error;
  return r.value;
}

/** The folder of a case argument whose lists are partly NDJSON, read record by record. */
function streamedFolder(arg: string): string | undefined {
  const dir = existsSync(arg) ? arg : builtinCaseDir(arg);
  if (dir === undefined || !existsSync(dir) || !statSync(dir).isDirectory()) return undefined;
  return caseFolderHasNdjson(dir) ? dir : undefined;
}

const MB = 1024 * 1024;

/** `parley case validate|new|import|export|list|schema`. */
export function registerCaseCommands(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("case")
    .description("validate, create, import, export and list cases");

  cmd
    .command("validate <folder>")
    .description(
      "check a case folder: syntax, schema, references, spans; every problem with file:line:column",
    )
    .action(async (folder: string) => {
      const dir = streamedFolder(folder);
      if (dir !== undefined) {
        // Checked as an import into a scratch store, then rolled back: the claim checks need
        // the claims stored, and a large case does not fit in memory.
        const source = openCaseFolderStream(dir);
        if (!source.ok) throw source.error;
        const scratch = mkdtempSync(join(tmpdir(), "parley-validate-"));
        const store = await openStore(join(scratch, "check.db"));
        try {
          const r = await store.importCaseRecords(source.value, { dryRun: true });
          const a = r.added;
          ctx.out(
            `${r.caseId}: valid — ${a.actor} actors, ${a.process} processes, ${a.event} events, ${a.relation} relations, ${a.claim} claims, ${a.judgment} judgments`,
          );
        } finally {
          await store.close();
          rmSync(scratch, { recursive: true, force: true });
        }
        return;
      }
      const c = readCaseArg(folder);
      ctx.out(
        `${c.id}: valid — ${c.actors.length} actors, ${c.processes.length} processes, ${c.events.length} events, ${c.relations.length} relations, ${c.claims.length} claims, ${c.judgments.length} judgments`,
      );
    });

  cmd
    .command("new <folder>")
    .description("start a new case folder with a case.yaml to fill in")
    .option("--title <title>", "the case's title")
    .action((folder: string, o: { title?: string }) => {
      const dir = resolve(folder);
      if (existsSync(dir) && readdirSync(dir).length > 0) {
        throw new ParleyError(
          "conflict",
          `Creating case in "${folder}": the folder exists and is not empty`,
        );
      }
      const id = dir.split(/[\\/]/).pop()?.toLowerCase() ?? "";
      if (!slugSchema.safeParse(id).success) {
        throw new ParleyError(
          "invalid_input",
          `Creating case in "${folder}": the folder name "${id}" must be a readable id (lower-case letters, digits, hyphens)`,
        );
      }
      const c = caseSchema.parse({ id, title: o.title ?? id });
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of caseToYamlFiles(c)) writeFileSync(join(dir, name), text);
      writeFileSync(
        join(dir, "case.schema.json"),
        `${JSON.stringify(caseJsonSchema(), null, 2)}\n`,
      );
      ctx.out(
        `created ${folder}/case.yaml — add sources.yaml, actors.yaml, events.yaml, claims.yaml (see docs/case-format.md)`,
      );
    });

  cmd
    .command("import <folder>")
    .description(
      "validate a case folder, a case JSON file or a built-in case id, and import it into the store, all or nothing",
    )
    .option("--db <path>", "store: SQLite file or postgres:// URL")
    .option("--replace", "replace claims that changed (claims are otherwise append-only)")
    .action(async (folder: string, o: { db?: string; replace?: boolean }) => {
      const dir = streamedFolder(folder);
      if (dir !== undefined) {
        const source = openCaseFolderStream(dir);
        if (!source.ok) throw source.error;
        const { id } = source.value.header;
        const store = await ctx.openStore(o.db);
        const bar = ctx.progress(
          `importing ${id} (MB)`,
          Math.ceil(source.value.progress().total / MB),
        );
        try {
          const report = await store.importCaseRecords(source.value, {
            onProgress: (done, total) => bar.update(Math.floor(done / MB), Math.ceil(total / MB)),
          });
          bar.stop();
          ctx.out(`imported ${id}: ${JSON.stringify(report)}`);
        } finally {
          bar.stop();
        }
        return;
      }
      const c = readCaseArg(folder);
      const store = await ctx.openStore(o.db);
      const bar = ctx.progress(`importing ${c.id}`, c.claims.length);
      try {
        const report = await store.importCase(c, {
          onProgress: (done, total) => bar.update(done, total),
          replace: o.replace === true,
          // readCaseArg has checked the whole case against the schema already.
          validated: true,
        });
        bar.stop();
        ctx.out(`imported ${c.id}: ${JSON.stringify(report)}`);
      } finally {
        bar.stop();
      }
    });

  cmd
    .command("export <id> <folder>")
    .description(
      "write a case from the store as a case folder, its events, relations and claims a record at a time",
    )
    .option("--db <path>", "store: SQLite file or postgres:// URL")
    .option("--ndjson", "write events, relations and claims as NDJSON files (for large cases)")
    .action(async (id: string, folder: string, o: { db?: string; ndjson?: boolean }) => {
      const summary = await ctx.ensureCase(id, o.db === undefined ? undefined : { db: o.db });
      const x = await (await ctx.openStore(o.db)).openCaseExport(id);
      const files = caseToYamlFiles(x.head);
      const lists = ["events", "relations", "claims"] as const;
      const ext = o.ndjson ? "ndjson" : "yaml";
      refuseSecondFiles(folder, [...files.keys(), ...lists.map((l) => `${l}.${ext}`)]);
      const total = summary.counts.events + summary.counts.relations + summary.counts.claims;
      const bar = ctx.progress(`exporting ${id} (records)`, total);
      const written = { events: 0, relations: 0, claims: 0 };
      let done = 0;
      let result: { written: string[]; removed: string[] };
      try {
        result = await writeCaseFolderInPlace(folder, async (into) => {
          for (const [name, text] of files) writeFileSync(join(into, name), text);
          for (const list of lists) {
            written[list] = await writeList(
              join(into, `${list}.${ext}`),
              o.ndjson ? "" : `${list}:\n`,
              x.records(list),
              o.ndjson
                ? (r) => `${JSON.stringify(caseRecordForFile(list, r))}\n`
                : (r) => yamlListItem(list, r),
              () => bar.update(++done, total),
            );
          }
        });
      } finally {
        bar.stop();
      }
      const removed =
        result.removed.length === 0
          ? ""
          : `; removed ${result.removed.join(", ")}, left by an earlier export of lists now empty`;
      ctx.out(
        `wrote ${result.written.length} files to ${folder} (${written.events} events, ${written.relations} relations, ${written.claims} claims${o.ndjson ? " as NDJSON" : ""})${removed}`,
      );
    });

  cmd
    .command("list")
    .description("cases in the store and built-in cases")
    .option("--db <path>", "store: SQLite file or postgres:// URL")
    .option("--json", "print JSON")
    .action(async (o: { db?: string; json?: boolean }) => {
      const store = await ctx.openStore(o.db);
      const stored = await store.listCases();
      const ids = new Set(stored.map((c) => c.id));
      const rows = [
        ...stored.map((c) => ({ id: c.id, title: c.title, where: "store" })),
        ...builtinCaseIds()
          .filter((id) => !ids.has(id))
          .map((id) => ({ id, title: readCaseArg(id).title, where: "built-in" })),
      ];
      if (o.json) return ctx.out(JSON.stringify(rows, null, 2));
      ctx.out(
        table(
          ["id", "title", "where"],
          rows.map((r) => [r.id, r.title, r.where]),
        ),
      );
    });

  cmd
    .command("schema")
    .description("print the JSON Schema of case files (for editors)")
    .action(() => ctx.out(JSON.stringify(caseJsonSchema(), null, 2)));
}

/** A case folder's file name without its extension: the list it gives (`events.yaml` → events). */
const listOfFile = (name: string): string => name.replace(/\.(ya?ml|ndjson|jsonl)$/i, "");

/**
 * Refuses to write a file for a list the folder already gives in another file (`events.yaml`
 * beside `events.ndjson`): the folder would no longer load.
 */
function refuseSecondFiles(folder: string, names: readonly string[]): void {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) {
    throw new ParleyError(
      "invalid_input",
      `export to "${folder}": it is a file; give a folder (made if it does not exist)`,
    );
  }
  const present = readdirSync(folder).filter((f) => /\.(ya?ml|ndjson|jsonl)$/i.test(f));
  for (const name of names) {
    const other = present.find((f) => f !== name && listOfFile(f) === listOfFile(name));
    if (other !== undefined) {
      throw new ParleyError(
        "conflict",
        `export to "${folder}": it holds ${other}, which gives the same list as ${name} would; export to an empty folder or remove ${other}`,
      );
    }
  }
}

/** Whether a file name gives a part of a case folder (`case.yaml`, `events.ndjson`, ...). */
const isCaseFolderFile = (name: string): boolean =>
  /\.(ya?ml|ndjson|jsonl)$/i.test(name) && `${listOfFile(name)}.yaml` in caseFileLayout;

/**
 * Writes a case folder through `write` into a new folder beside `folder`, then moves its files
 * into place, so that a failure part-way (a full disk, a store error) leaves `folder` as it was
 * and no partial file behind. Files of the case folder that this write did not give (those of an
 * earlier export for a list that is now empty) are removed, since the folder would load them;
 * other files in `folder` are left alone.
 */
export async function writeCaseFolderInPlace(
  folder: string,
  write: (into: string) => Promise<void>,
): Promise<{ written: string[]; removed: string[] }> {
  const target = resolve(folder);
  mkdirSync(dirname(target), { recursive: true });
  const into = mkdtempSync(join(dirname(target), `.${basename(target)}.export-`));
  let written: string[];
  try {
    await write(into);
    written = readdirSync(into).sort();
    if (!existsSync(target)) {
      renameSync(into, target);
      return { written, removed: [] };
    }
    for (const name of written) renameSync(join(into, name), join(target, name));
  } finally {
    rmSync(into, { recursive: true, force: true });
  }
  const removed = readdirSync(target)
    .filter((f) => isCaseFolderFile(f) && !written.includes(f))
    .sort();
  for (const name of removed) rmSync(join(target, name));
  return { written, removed };
}

/**
 * Writes a list's file a record at a time: `head`, then each record's text, waiting whenever the
 * file's buffer is full. The file is created with the first record (an empty list has none, as
 * in a whole-case export); the number of records written.
 */
async function writeList(
  path: string,
  head: string,
  records: AsyncIterable<unknown>,
  text: (r: unknown) => string,
  onRecord: () => void,
): Promise<number> {
  let out: WriteStream | undefined;
  let failed: Promise<never> = new Promise(() => {});
  let n = 0;
  for await (const r of records) {
    if (out === undefined) {
      const file = createWriteStream(path);
      out = file;
      failed = new Promise<never>((_, reject) => file.once("error", reject));
      failed.catch(() => {});
      out.write(head);
    }
    if (!out.write(text(r))) await Promise.race([once(out, "drain"), failed]);
    n++;
    onRecord();
  }
  if (out === undefined) return 0;
  out.end();
  await Promise.race([once(out, "finish"), failed]);
  return n;
}
