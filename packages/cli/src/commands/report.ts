import { report, reportFormats } from "@parley/analysis";
import { ParleyError } from "@parley/core";
import type { Command } from "commander";
import type { CliContext } from "../context";
import { type FilterOptions, filterFromOptions, withFilters } from "../filters";
import { emit } from "./exchange";

interface ReportFlags extends FilterOptions {
  case: string;
  format: string;
  out?: string;
  db?: string;
  date?: string;
}

/**
 * `parley report [--case <id>] [filters] [--format md|html|docx] [--out file]`: the brief of a
 * case (summary, attendance, contested claims, ACH, network, alignment, timeline), every statement
 * footnoted to its source. Markdown and HTML go to stdout or a file; DOCX needs `--out`.
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
    const filter = filterFromOptions(o);
    const c = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
    const body = await report(c, format, filter, o.date === undefined ? {} : { date: o.date });
    emit(ctx, body, o.out, `${format} brief of ${c.id}`);
  });
}
