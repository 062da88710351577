import { readFileSync } from "node:fs";
import { ParleyError, type Result } from "@parley/core";
import {
  type ForecastInput,
  type ForecastModel,
  forecastInputFromCase,
  forecastModels,
  modelOutcomes,
  monteCarlo,
  oneIssueReport,
  parseKtabCsv,
  parseOneIssueCsv,
  scenarioInput,
  spatialRunReport,
} from "@parley/forecast";
import type { Command } from "commander";
import type { CliContext } from "../context";
import { table } from "../table";

interface ForecastFlags {
  issue?: string[];
  model?: string;
  runs?: string;
  seed?: string;
  scenario?: string;
  json?: boolean;
  csv?: string;
  ktabCsv?: string;
  threads?: string;
  db?: string;
}

function unwrap<T>(r: Result<T>): T {
  if (!r.ok) throw r.error;
  return r.value;
}

function readText(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    throw new ParleyError("io_error", `reading ${file}: ${(e as Error).message}`, {
      location: { file },
      cause: e,
    });
  }
}

function modelArg(v: string | undefined, fallback: ForecastModel): ForecastModel {
  if (v === undefined) return fallback;
  if ((forecastModels as readonly string[]).includes(v)) return v as ForecastModel;
  throw new ParleyError(
    "invalid_input",
    `forecast --model ${JSON.stringify(v)}: expected one of ${forecastModels.join(", ")}`,
  );
}

function intArg(flag: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v))
    throw new ParleyError(
      "invalid_input",
      `forecast ${flag} ${JSON.stringify(v)}: expected a whole number ≥ 0`,
    );
  return Number(v);
}

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "—");

/**
 * `parley forecast [case]`: where the negotiation lands under each model, with Monte Carlo
 * spread (`--runs`), a scenario (`--scenario`), or straight from a KTAB scenario (`--ktab-csv`)
 * or a one-issue table (`--csv`) without any store.
 */
export function registerForecastCommands(program: Command, ctx: CliContext): void {
  program
    .command("forecast [case]")
    .description(
      "forecast negotiated outcomes: weighted mean, weighted median, Nash, expected utility, spatial model",
    )
    .option("--issue <id...>", "only these issues")
    .option("--model <model>", `one model: ${forecastModels.join(", ")}`)
    .option(
      "--runs <n>",
      "Monte Carlo runs over the input ranges (every model; eu and smp run their dynamics in each run)",
    )
    .option("--seed <n>", "seed of the Monte Carlo runs", "1")
    .option("--threads <n>", "worker threads (default: all cores for large runs)")
    .option("--scenario <id>", "apply one of the case's scenarios first")
    .option("--csv <file>", "read a one-issue table actor,capability,position,salience")
    .option("--ktab-csv <file>", "read a KTAB SMP scenario CSV")
    .option("--json", "print JSON")
    .option("--db <path>", "store path or postgres URL")
    .action(async (caseId: string | undefined, flags: ForecastFlags) => {
      if (flags.ktabCsv !== undefined) {
        const s = unwrap(parseKtabCsv(readText(flags.ktabCsv), flags.ktabCsv));
        const model = modelArg(flags.model, "smp");
        if (model === "smp") {
          const r = spatialRunReport(s);
          if (flags.json) ctx.out(JSON.stringify(r));
          else
            ctx.out(
              `${r.scenario}: ${r.turns} turns\n${table(
                ["actor", ...r.dimensions],
                Object.entries(r.final).map(([name, p]) => [name, ...p.map(fmt)]),
              )}`,
            );
          return;
        }
        printOutcomes(ctx, s, [model], flags.json === true);
        return;
      }
      if (flags.csv !== undefined) {
        const input = unwrap(parseOneIssueCsv(readText(flags.csv), { file: flags.csv }));
        const r = oneIssueReport(input, modelArg(flags.model, "eu"));
        if (flags.json) ctx.out(JSON.stringify(r));
        else {
          ctx.out(`${r.model}: forecast ${fmt(r.forecast)}`);
          ctx.out(
            table(
              ["round", "forecast", "weighted mean", "moves"],
              r.rounds.map((x) => [x.round, fmt(x.forecast), fmt(x.mean), x.moves.length]),
            ),
          );
          ctx.out(
            table(
              ["model", "forecast"],
              Object.entries(r.models).map(([m, v]) => [m, fmt(v)]),
            ),
          );
        }
        return;
      }
      if (caseId === undefined)
        throw new ParleyError(
          "invalid_input",
          "forecast: expected a case id, or --csv <file>, or --ktab-csv <file>",
        );
      const c = await ctx.loadCase(caseId, flags.db === undefined ? undefined : { db: flags.db });
      let input = unwrap(
        forecastInputFromCase(c, flags.issue === undefined ? {} : { issues: flags.issue }),
      );
      if (flags.scenario !== undefined) {
        const s = c.scenarios.find((x) => x.id === flags.scenario);
        if (s === undefined)
          throw new ParleyError(
            "not_found",
            `forecast --scenario ${JSON.stringify(flags.scenario)}: case "${c.id}" has scenarios ${c.scenarios.map((x) => x.id).join(", ") || "(none)"}`,
          );
        input = unwrap(scenarioInput(input, s));
      }
      const models = flags.model === undefined ? forecastModels : [modelArg(flags.model, "mean")];
      const runs = intArg("--runs", flags.runs, 0);
      if (runs === 0) {
        printOutcomes(ctx, input, models, flags.json === true);
        return;
      }
      const bar = ctx.progress("Monte Carlo", runs);
      const threads =
        flags.threads === undefined ? undefined : intArg("--threads", flags.threads, 1);
      const mc = await monteCarlo(input, {
        runs,
        seed: intArg("--seed", flags.seed, 1),
        models: [...models],
        ...(threads === undefined ? {} : { threads }),
        onProgress: (done) => bar.update(done),
      });
      bar.stop();
      if (flags.json) {
        ctx.out(JSON.stringify(mc));
        return;
      }
      ctx.out(
        table(
          ["model", "issue", "point", "median", "IQR", "q1..q3"],
          mc.distributions.map((d) => [
            d.model,
            d.issue,
            fmt(d.point),
            fmt(d.median),
            fmt(d.iqr),
            `${fmt(d.q1)}..${fmt(d.q3)}`,
          ]),
        ),
      );
      for (const d of mc.distributions) {
        ctx.out(`\n${d.model} on ${d.issue}: inputs and the share of the spread they carry`);
        ctx.out(
          table(
            ["actor", "position", "salience", "capability", "basis", "spread share"],
            d.inputs.map((i) => [
              i.name,
              i.positionRange === undefined
                ? fmt(i.position)
                : `${fmt(i.position)} (${i.positionRange[0]}..${i.positionRange[1]})`,
              fmt(i.salience),
              fmt(i.capability),
              i.provenance === undefined
                ? ""
                : i.provenance.kind === "source"
                  ? `source: ${i.provenance.claim}`
                  : "analyst",
              `${(100 * i.spreadShare).toFixed(1)}%`,
            ]),
          ),
        );
      }
    });
}

function printOutcomes(
  ctx: CliContext,
  input: ForecastInput,
  models: readonly ForecastModel[],
  json: boolean,
): void {
  const outcomes = modelOutcomes(input, models);
  if (json) {
    ctx.out(JSON.stringify({ outcomes }));
    return;
  }
  const issues = input.issues;
  ctx.out(
    table(
      ["model", ...issues.map((i) => i.name)],
      models.map((m) => [
        m,
        ...issues.map((i) =>
          fmt(outcomes.find((o) => o.model === m && o.issue === i.id)?.value ?? Number.NaN),
        ),
      ]),
    ),
  );
}
