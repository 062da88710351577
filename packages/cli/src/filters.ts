import { type CaseFilter, filterCase } from "@parley/analysis";
import {
  type Case,
  type Credibility,
  type Hedge,
  isoPartialDateSchema,
  ParleyError,
  type Reliability,
  reliabilities,
} from "@parley/core";
import type { Command } from "commander";
import { checker, vocabulary } from "./case-values";
import type { CliContext } from "./context";

/** The options of every command that reads a case. */
export interface CaseOptions {
  case: string;
  db?: string;
  json?: boolean;
}

/** Adds `--case`, `--db` and `--json`. */
export function caseOption(cmd: Command): Command {
  return cmd
    .option("-c, --case <id>", "case id", "afghanistan")
    .option("--db <path>", "store: SQLite file or postgres:// URL")
    .option("--json", "print JSON");
}

/** Adds the filters every listing and analysis takes. */
export function withFilters(cmd: Command): Command {
  return cmd
    .option("--from <date>", "keep what overlaps this date or later (YYYY, YYYY-MM, YYYY-MM-DD)")
    .option("--to <date>", "keep what overlaps this date or earlier")
    .option("--as-of <date>", "keep only what was known on this date")
    .option(
      "--min-reliability <A-F>",
      "weakest source reliability kept (A best, F cannot be judged)",
    )
    .option(
      "--min-credibility <1-6>",
      "weakest information credibility kept (1 best, 6 cannot be judged)",
    )
    .option(
      "--hedges <list>",
      "hedges that count, comma-separated: reported,alleged,speculated,analyst",
    )
    .option("--sources <list>", "source ids whose claims count, comma-separated");
}

export interface FilterOptions {
  from?: string;
  to?: string;
  asOf?: string;
  minReliability?: string;
  minCredibility?: string;
  hedges?: string;
  sources?: string;
}

function date(flag: string, v: string): string {
  if (!isoPartialDateSchema.safeParse(v).success) {
    throw new ParleyError(
      "invalid_input",
      `Option ${flag} "${v}": expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD`,
    );
  }
  return v;
}

/** Turns the filter options into a `CaseFilter`, refusing bad values with a clear error. */
export function filterFromOptions(o: FilterOptions): CaseFilter {
  const f: CaseFilter = {};
  if (o.from !== undefined || o.to !== undefined) {
    f.window = {};
    if (o.from !== undefined) f.window.from = date("--from", o.from);
    if (o.to !== undefined) f.window.to = date("--to", o.to);
  }
  if (o.asOf !== undefined) f.asOf = date("--as-of", o.asOf);
  if (o.minReliability !== undefined) {
    const r = o.minReliability.toUpperCase();
    if (!(reliabilities as readonly string[]).includes(r)) {
      throw new ParleyError(
        "invalid_input",
        `Option --min-reliability "${o.minReliability}": expected one of A, B, C, D, E, F`,
      );
    }
    f.minReliability = r as Reliability;
  }
  if (o.minCredibility !== undefined) {
    const n = Number(o.minCredibility);
    if (!Number.isInteger(n) || n < 1 || n > 6) {
      throw new ParleyError(
        "invalid_input",
        `Option --min-credibility "${o.minCredibility}": expected a whole number from 1 to 6`,
      );
    }
    f.minCredibility = n as Credibility;
  }
  if (o.hedges !== undefined) {
    const list = o.hedges
      .split(",")
      .map((h) => h.trim())
      .filter(Boolean);
    for (const h of list) vocabulary.hedge("--hedges", h);
    f.hedges = list as Hedge[];
  }
  if (o.sources !== undefined)
    f.sources = o.sources
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  return f;
}

/**
 * The case of a command and its filtered view: the filter options checked (sources against the
 * case, with the nearest id suggested), and a checker for the command's own options.
 */
export async function loadView(ctx: CliContext, o: FilterOptions & CaseOptions) {
  const filter = filterFromOptions(o);
  const c: Case = await ctx.loadCase(o.case, o.db === undefined ? undefined : { db: o.db });
  const check = checker(c);
  for (const s of filter.sources ?? []) check.source("--sources", s);
  return { c, filter, view: filterCase(c, filter), check };
}
