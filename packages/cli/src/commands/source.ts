import { readFileSync, writeFileSync } from "node:fs";
import {
  type Case,
  ParleyError,
  resolveSpan,
  sentenceAt,
  sentences,
  sourcesFromCsl,
  sourceToCsl,
} from "@parley/core";
import { attachTextAsSource, type Store } from "@parley/store";
import type { Command } from "commander";
import type { CliContext } from "../context";
import { claimLine } from "../describe";
import { type CaseOptions, caseOption } from "../filters";
import { table } from "../table";

type Opts = CaseOptions;

function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (cause) {
    throw new ParleyError("io_error", `Reading "${file}": cannot read the file`, { cause });
  }
  if (buf.includes(0))
    throw new ParleyError(
      "invalid_input",
      `Reading "${file}": it looks binary (it holds NUL bytes); expected UTF-8 text`,
    );
  const text = new TextDecoder("utf-8", { fatal: false }).decode(buf);
  if (text.includes("\uFFFD"))
    throw new ParleyError("invalid_input", `Reading "${file}": not valid UTF-8 text`);
  return text.replace(/^\uFEFF/, "");
}

/** `parley sources`, `parley source attach|show|export-csl|import-csl`, `parley search`. */
export function registerSourceCommands(program: Command, ctx: CliContext): void {
  caseOption(
    program
      .command("sources")
      .description("list a case's sources with their citation and whether their text is attached"),
  ).action(async (o: Opts) => {
    const c = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
    const store = await ctx.openStore(o.db);
    const rows = await Promise.all(
      c.sources.map(async (s) => ({
        ...s,
        claims: c.claims.filter((x) => x.evidence?.source === s.id).length,
        attached: (await attachedText(store, c.id, s.id)) !== undefined,
      })),
    );
    if (o.json) return ctx.out(JSON.stringify(rows, null, 2));
    ctx.out(
      table(
        ["id", "date", "reliability", "claims", "text", "title"],
        rows.map((s) => [
          s.id,
          s.date,
          s.reliability,
          s.claims,
          s.attached ? "attached" : "",
          s.title,
        ]),
      ),
    );
  });

  const source = program.command("source").description("attach, show, import and export sources");

  caseOption(
    source
      .command("attach <source> <file>")
      .description("attach your own copy of a source's text; its fingerprint is checked"),
  ).action(async (id: string, file: string, o: Opts) => {
    const c = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
    const store = await ctx.openStore(o.db);
    const text = readText(file);
    // the same use case as the server's: a source without a fingerprint takes the text's
    await attachTextAsSource(store, c.id, { id }, text, { create: false, who: "cli" });
    const { resolved, total } = resolveAll(c, id, text);
    ctx.out(
      `attached ${file} to ${id}: fingerprint matches; ${resolved} of ${total} evidence spans resolve to their sentence`,
    );
  });

  caseOption(
    source
      .command("show <source>")
      .description(
        "a source's citation and its claims, each with the sentence it rests on when the text is attached",
      ),
  ).action(async (id: string, o: Opts) => {
    const c = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
    const s = c.sources.find((x) => x.id === id);
    if (!s)
      throw new ParleyError(
        "not_found",
        `Showing source "${id}": case "${c.id}" has no such source`,
      );
    const store = await ctx.openStore(o.db);
    const text = await attachedText(store, c.id, id);
    const claims = c.claims.filter((x) => x.evidence?.source === id);
    const all = text === undefined ? [] : sentences(text);
    const items = claims.map((cl) => {
      const span =
        cl.evidence?.span && text !== undefined ? resolveSpan(text, cl.evidence.span) : undefined;
      const sentence = span ? sentenceAt(all, span.start) : undefined;
      return {
        claim: cl,
        span,
        sentence:
          sentence && text !== undefined ? text.slice(sentence.start, sentence.end) : undefined,
      };
    });
    if (o.json)
      return ctx.out(
        JSON.stringify(
          {
            source: s,
            attached: text !== undefined,
            claims: items.map((i) => ({
              claim: i.claim.id,
              span: i.span ?? null,
              sentence: i.sentence ?? null,
            })),
          },
          null,
          2,
        ),
      );
    const lines = [
      `${s.title} — ${s.authors.join(", ")}${s.container ? `, ${s.container}` : ""}${s.date ? `, ${s.date}` : ""}`,
      s.url ?? "",
      text === undefined
        ? "(text not attached: `parley source attach`)"
        : `(text attached, ${text.length} characters)`,
      "",
    ];
    for (const i of items) {
      lines.push(claimLine(c, i.claim));
      if (i.sentence) lines.push(`    » ${i.sentence}`);
    }
    ctx.out(lines.join("\n"));
  });

  caseOption(
    source.command("export-csl").description("print the case's sources as CSL-JSON (Zotero)"),
  )
    .option("--out <file>", "write to a file")
    .action(async (o: Opts & { out?: string }) => {
      const c = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
      const text = `${JSON.stringify(c.sources.map(sourceToCsl), null, 2)}\n`;
      if (o.out) writeFileSync(o.out, text);
      else ctx.out(text.trimEnd());
    });

  source
    .command("import-csl <file>")
    .description("check a CSL-JSON file (Zotero) and print the sources it holds as case YAML")
    .action((file: string) => {
      let json: unknown;
      try {
        json = JSON.parse(readText(file));
      } catch (cause) {
        if (cause instanceof ParleyError) throw cause;
        throw new ParleyError(
          "invalid_input",
          `Reading "${file}": not JSON (${(cause as Error).message})`,
        );
      }
      const r = sourcesFromCsl(json);
      if (!r.ok)
        throw new ParleyError(
          r.error.code,
          r.error.message.replace("Reading CSL-JSON", `Reading CSL-JSON "${file}"`),
          { problems: r.error.problems.map((p) => ({ ...p, file })) },
        );
      ctx.out(JSON.stringify({ sources: r.value }, null, 2));
    });

  caseOption(
    program
      .command("search <text...>")
      .description(
        'full-text search (words, "phrases", OR, -word) over the attached source texts and the claims\' quotes and notes',
      ),
  ).action(async (words: string[], o: Opts) => {
    const c = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
    const store = await ctx.openStore(o.db);
    const hits = await store.search(c.id, words.join(" "));
    if (o.json) return ctx.out(JSON.stringify(hits, null, 2));
    if (hits.length === 0) {
      return ctx.out(
        "no match in the attached texts or the claims' quotes and notes (attach a source's text with `parley source attach <source> <file>`; see `parley sources`)",
      );
    }
    ctx.out(
      table(
        ["source", "in", "snippet"],
        hits.map((h) => [
          h.source || "-",
          h.claim === undefined ? "text" : `${h.claim} (${h.field})`,
          h.snippet,
        ]),
      ),
    );
  });
}

/** A source's attached text, or undefined when none is attached. */
export async function attachedText(
  store: Store,
  caseId: string,
  sourceId: string,
): Promise<string | undefined> {
  try {
    return (await store.sourceText(caseId, sourceId)).text;
  } catch (e) {
    if (e instanceof ParleyError && e.code === "not_found") return undefined;
    throw e;
  }
}

/** How many of a source's evidence spans resolve in a text. */
export function resolveAll(
  c: Case,
  sourceId: string,
  text: string,
): { resolved: number; total: number } {
  const spans = c.claims.flatMap((x) =>
    x.evidence?.source === sourceId && x.evidence.span ? [x.evidence.span] : [],
  );
  return {
    resolved: spans.filter((s) => resolveSpan(text, s) !== undefined).length,
    total: spans.length,
  };
}
