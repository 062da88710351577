import {
  type BriefOptions,
  type BriefSectionId,
  briefSectionIds,
  report,
  reportFormats,
} from "@parley/analysis";
import { ParleyError } from "@parley/core";
import type { Command } from "commander";
import { requireValue } from "../case-values";
import type { CliContext } from "../context";
import { type FilterOptions, loadView, withFilters } from "../filters";
import { emit } from "./exchange";

interface ReportFlags extends FilterOptions {
  case: string;
  format: string;
  out?: string;
  db?: string;
  date?: string;
  sections?: string;
  maxWords?: string;
}

/**
 * `parley report [--case <id>] [filters] [--format md|html|docx] [--out file] [--sections list]
 * [--max-words n]`: the brief of a case (summary, attendance, contested claims, ACH, network,
 * alignment, timeline, or the sections chosen), every statement footnoted to its source. Markdown and HTML go to stdout or a file; DOCX needs `--out`.
 */
export function registerReportCommands(program: Command, ctx: CliContext): void {
  withFilters(
    program
      .command("report")
      .description(
        "the brief of a case, footnoted to its sources: Markdown, self-contained HTML or DOCX",
      )
      .option("-c, --case <id>", "case id", "afghanistan")
      .option("-f, --format <format>", reportFormats.join(", "), "md")
      .option("-o, --out <file>", "write to this file instead of stdout")
      .option("--date <YYYY-MM-DD>", "date printed on the brief (default today)")
      .option(
        "--sections <list>",
        `sections to write, in this order, comma-separated: ${briefSectionIds.join(",")}`,
      )
      .option(
        "--max-words <n>",
        "cut the text to at most n words, by whole sentences and blocks (footnotes not counted)",
      )
      .option("--db <path>", "store: SQLite file or postgres:// URL"),
  ).action(async (o: ReportFlags) => {
    if (!(reportFormats as readonly string[]).includes(o.format)) {
      throw new ParleyError(
        "invalid_input",
        `report --format "${o.format}": expected one of ${reportFormats.join(", ")}`,
      );
    }
    const format = o.format as (typeof reportFormats)[number];
    if (format === "docx" && o.out === undefined) {
      throw new ParleyError(
        "invalid_input",
        "report --format docx: a Word file is binary; expected --out <file.docx>",
      );
    }
    if (o.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.date)) {
      throw new ParleyError("invalid_input", `report --date "${o.date}": expected YYYY-MM-DD`);
    }
    const options: BriefOptions = {};
    if (o.date !== undefined) options.date = o.date;
    if (o.sections !== undefined) {
      const ids = o.sections
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      if (ids.length === 0)
        throw new ParleyError(
          "invalid_input",
          `Option --sections "${o.sections}": expected a comma-separated list of ${briefSectionIds.join(", ")}`,
        );
      const vocabulary = briefSectionIds.map((id) => ({ id }));
      options.sections = ids.map(
        (id) => requireValue("--sections", "section", id, vocabulary) as BriefSectionId,
      );
    }
    if (o.maxWords !== undefined) {
      const n = Number(o.maxWords);
      if (!/^\d+$/.test(o.maxWords) || n < 1)
        throw new ParleyError(
          "invalid_input",
          `Option --max-words "${o.maxWords}": expected a whole number of words, 1 or more`,
        );
      options.maxWords = n;
    }
    const { c, filter } = await loadView(ctx, o);
    const body = await report(c, format, filter, options);
    emit(ctx, body, o.out, `${format} brief of ${c.id}`);
  });
}
