import { once } from "node:events";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { type Case, ParleyError, slugOf, slugSchema } from "@parley/core";
import { loadCaseFolder } from "@parley/core/node";
import {
  type CaseActor,
  type ConfliEvaluation,
  caseActorsFromCase,
  confliEvaluation,
  confliMeetingEvaluation,
  confliMeetingSentences,
  confliMeetingSentencesWide,
  confliPart,
  decodedText,
  type Extraction,
  essayEvaluation,
  eventClasses,
  extractDocument,
  extractionProposals,
  extractionStream,
  formatMeetingScore,
  formatScore,
  goldEvaluation,
  mergedExtraction,
  parseConfliClasses,
  parseConfliSpans,
  ploverEvaluation,
} from "@parley/extract";
import { attachTextAsSource } from "@parley/store";
import type { Command } from "commander";
import { builtinCaseDir } from "../builtin-cases";
import type { CliContext } from "../context";

interface ExtractOpts {
  json?: boolean;
  stream?: boolean;
  case?: string;
  source?: string;
  title?: string;
  date?: string;
  db?: string;
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch (cause) {
    throw new ParleyError("io_error", `Reading "${file}": cannot open the file`, {
      cause,
      location: { file },
    });
  }
}

/** A case without writing to any store: a built-in case from its folder, else the store's. */
async function caseFor(
  ctx: CliContext,
  id: string,
  db: string | undefined,
  touchStore: boolean,
): Promise<Case> {
  const dir = builtinCaseDir(id);
  if (dir !== undefined && !touchStore) {
    const loaded = loadCaseFolder(dir);
    if (!loaded.ok) throw loaded.error;
    return loaded.value;
  }
  return ctx.loadCase(id, db === undefined ? undefined : { db });
}

function readWhole(file: string): string {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new ParleyError("io_error", `Reading "${file}": cannot read the file`, {
      cause,
      location: { file },
    });
  }
  const text = decodedText(bytes, file);
  if (!text.ok) throw text.error;
  return text.value;
}

/**
 * The NDJSON lines of a part of a streamed extraction, each an object with one key: `sentence`,
 * `actor` (the first time an actor is met: id, name, kind, country), `mention` (actor id and
 * span), `event` or `relation`, in the order of the text within each kind.
 */
export function ndjsonLines(part: Extraction, seen: Set<string>): string[] {
  const out: string[] = [];
  for (const s of part.sentences) out.push(JSON.stringify({ sentence: s }));
  for (const a of part.actors) {
    const { mentions, ...actor } = a;
    if (!seen.has(a.id)) {
      seen.add(a.id);
      out.push(JSON.stringify({ actor }));
    }
    for (const m of mentions) out.push(JSON.stringify({ mention: { actor: a.id, ...m } }));
  }
  for (const e of part.events) out.push(JSON.stringify({ event: e }));
  for (const r of part.relations) out.push(JSON.stringify({ relation: r }));
  return out;
}

/** Waits while stdout's buffer is full, so a fast extraction does not pile output in memory. */
async function stdoutDrained(): Promise<void> {
  if (process.stdout.writableNeedDrain) await once(process.stdout, "drain");
}

/** A source id from a file's name: "Wire report 3.txt" is `wire-report-3`. */
function sourceIdOf(file: string): string {
  return slugOf(basename(file, extname(file))) || "source";
}

/** `parley extract <file>` (queue proposals for review, or `--json`) and `parley extract-eval`. */
export function registerExtractCommands(program: Command, ctx: CliContext): void {
  program
    .command("extract")
    .description("read a text and propose the actors, events and ties in it for review")
    .argument("<file>", "a UTF-8 text file")
    .option("--json", "print the extraction as JSON without touching any store")
    .option(
      "--stream",
      "with --json: write NDJSON as the text is read, one sentence, actor, mention, event or tie a line",
    )
    .option("-c, --case <id>", "the case whose actors and review queue to use")
    .option(
      "--source <id>",
      "the case's source this text is (a new id makes a new source; default: from the file's name)",
    )
    .option("--title <text>", "the title of a new source (default: the file's name)")
    .option("--date <YYYY-MM-DD>", "the document's date, for relative dates ('on Wednesday')")
    .option("--db <path>", "store: SQLite file or postgres:// URL")
    .action(async (file: string, o: ExtractOpts) => {
      if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) {
        throw new ParleyError(
          "invalid_input",
          `extract: --date "${o.date}" is not a date; expected YYYY-MM-DD`,
        );
      }
      if (o.json) {
        const c = o.case === undefined ? undefined : await caseFor(ctx, o.case, o.db, false);
        const caseActors: CaseActor[] = c === undefined ? [] : caseActorsFromCase(c);
        const total = fileSize(file);
        const bar = ctx.progress("Extracting", total);
        const parts = [];
        // with --stream each part is written as it comes and dropped, so memory stays flat
        const seen = new Set<string>();
        try {
          const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
          for await (const part of extractionStream(stream, {
            name: file,
            totalBytes: total,
            caseActors,
            ...(o.date === undefined ? {} : { documentDate: o.date }),
            onProgress: (p) => bar.update(p.bytes),
          })) {
            if (o.stream) {
              for (const line of ndjsonLines(part, seen)) ctx.out(line);
              await stdoutDrained();
            } else parts.push(part);
          }
        } finally {
          bar.stop();
        }
        if (!o.stream) ctx.out(JSON.stringify(mergedExtraction(parts)));
        return;
      }
      if (o.stream) {
        throw new ParleyError("invalid_input", "extract: --stream needs --json");
      }
      if (o.case === undefined) {
        throw new ParleyError(
          "invalid_input",
          "extract: give --case <id> to queue proposals for review, or --json to print them",
        );
      }
      const c = await caseFor(ctx, o.case, o.db, true);
      const store = await ctx.openStore(o.db);
      // the text becomes its source's attached text, so that every proposal's evidence points
      // into it (a source of another text is refused, with both fingerprints)
      const sourceId = o.source ?? sourceIdOf(file);
      if (!slugSchema.safeParse(sourceId).success) {
        throw new ParleyError(
          "invalid_input",
          `extract: --source "${sourceId}" is not an id; expected lower-case letters, digits and dashes`,
        );
      }
      const { text } = await attachTextAsSource(
        store,
        c.id,
        { id: sourceId, title: o.title ?? basename(file) },
        readWhole(file),
      );
      const x = extractDocument(text, {
        caseActors: caseActorsFromCase(c),
        ...(o.date === undefined ? {} : { documentDate: o.date }),
      });
      const proposals = extractionProposals(text, x, {
        sourceId,
        caseId: c.id,
        knownActors: new Set(c.actors.map((a) => a.id)),
      });
      // the same text extracted twice queues nothing new
      const key = (kind: string, payload: unknown, evidence: unknown) =>
        JSON.stringify([kind, payload, evidence]);
      const queued = new Set(
        (await store.listProposals({ caseId: c.id, status: "pending" })).map((p) =>
          key(p.kind, p.payload, p.evidence),
        ),
      );
      const fresh = proposals.filter((p) => !queued.has(key(p.kind, p.payload, p.evidence)));
      await store.addProposals(
        c.id,
        fresh.map((p) => ({
          kind: p.kind,
          payload: p.payload,
          evidence: p.evidence,
          confidence: p.confidence,
        })),
      );
      ctx.out(
        `${fresh.length} proposals queued for review in case ${c.id} (${proposals.length - fresh.length} already queued): ` +
          `${x.events.length} events, ${x.relations.length} ties, ${x.actors.length} actors in ${x.sentences.length} sentences. ` +
          `Next: parley review --case ${c.id}`,
      );
    });

  program
    .command("extract-eval")
    .description(
      "score extraction: the built-in gold set, and optionally PLOVER records and a case's source",
    )
    .option("--plover <file>", "PLOVER gold-standard records (JSON)")
    .option(
      "--confli <dir>",
      "ConfliBERT's coded sentences (cameo_class-train.tsv, cameo_ner-train.txt), scored on the held-out and development parts (classes, spans, meeting participants)",
    )
    .option(
      "--essay <file>",
      "a source text of a case, scored against the case's meeting participations",
    )
    .option("-c, --case <id>", "the case for --essay", "afghanistan")
    .option("--source <id>", "the case's id of the --essay source", "ibrahimi-2018")
    .option("--db <path>", "store: SQLite file or postgres:// URL")
    .action(
      async (o: {
        plover?: string;
        confli?: string;
        essay?: string;
        case: string;
        source: string;
        db?: string;
      }) => {
        const g = goldEvaluation();
        ctx.out(`Gold set (${g.passages} passages)`);
        ctx.out(`  events     ${formatScore(g.events)}`);
        ctx.out(`  ties       ${formatScore(g.relations)}`);
        ctx.out(`  mentions   ${formatScore(g.mentions)}`);
        ctx.out(`  dates      ${formatScore(g.dates)}`);
        ctx.out(`  certainty of hedged passages: ${g.certaintyAccuracy.toFixed(3)}`);
        if (o.plover !== undefined) {
          let records: unknown;
          try {
            records = JSON.parse(readWhole(o.plover));
          } catch (cause) {
            if (cause instanceof ParleyError) throw cause;
            throw new ParleyError("invalid_input", `extract-eval: "${o.plover}" is not JSON`, {
              cause,
              location: { file: o.plover },
            });
          }
          if (!Array.isArray(records)) {
            throw new ParleyError(
              "invalid_input",
              `extract-eval: "${o.plover}" is not a JSON array of records`,
              { location: { file: o.plover, pointer: "" } },
            );
          }
          const p = ploverEvaluation(records);
          ctx.out(`PLOVER records (${p.records}, ${p.covered} with an event)`);
          ctx.out(`  event type accuracy ${p.typeAccuracy.toFixed(3)}`);
          ctx.out(`  source actors  ${formatScore(p.source)}`);
          ctx.out(`  target actors  ${formatScore(p.target)}`);
        }
        if (o.confli !== undefined) {
          const tsv = join(o.confli, "cameo_class-train.tsv");
          const ner = join(o.confli, "cameo_ner-train.txt");
          const classes = parseConfliClasses(readWhole(tsv), tsv);
          const spans = parseConfliSpans(readWhole(ner), ner);
          const meetings = confliMeetingSentences(spans, classes);
          const wide = confliMeetingSentencesWide(spans, classes);
          for (const part of ["held-out", "development"] as const) {
            const c = classes.filter((r) => confliPart(r.text) === part);
            const sp = spans.filter((r) => confliPart(r.text) === part);
            const model = confliEvaluation(c, sp, "combined");
            const rules = confliEvaluation(c, [], "rules");
            ctx.out(
              `ConfliBERT ${part} (${c.length} sentences, ${model.noEvent} with no event; ${sp.length} with spans)`,
            );
            const line = (label: string, e: ConfliEvaluation): string =>
              `  ${label} accuracy ${e.accuracy.toFixed(3)}  macro-F1 ${e.macroF1.toFixed(3)}  ` +
              eventClasses.map((k) => `${k} ${e.perClass[k].f1.toFixed(2)}`).join("  ");
            ctx.out(line("pentaclass, model and rules:", model));
            ctx.out(line("pentaclass, leading event: ", rules));
            ctx.out(`  source spans   ${formatScore(model.source)}`);
            ctx.out(`  target spans   ${formatScore(model.target)}`);
            const m = confliMeetingEvaluation(meetings.filter((r) => r.part === part));
            ctx.out(`  meeting participants (${m.sentences} sentences)  ${formatMeetingScore(m)}`);
            const w = confliMeetingEvaluation(wide.filter((r) => r.part === part));
            ctx.out(
              `  meeting participants, wider set (${w.sentences} sentences)  ${formatMeetingScore(w)}`,
            );
          }
        }
        if (o.essay !== undefined) {
          const c = await caseFor(ctx, o.case, o.db, false);
          const e = essayEvaluation(c, o.source, readWhole(o.essay));
          ctx.out(
            `Case ${c.id}, source ${o.source}: ${e.recovered} of ${e.participations.length} meeting participations recovered with their roles (${e.recall.toFixed(3)})`,
          );
          for (const h of e.hedges)
            ctx.out(`  ${h.relation}: case ${h.expected}, extracted ${h.extracted ?? "not found"}`);
        }
      },
    );
}
