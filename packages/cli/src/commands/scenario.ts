import { ParleyError, scenarioChangeSchema, scenarioSchema, slugSchema } from "@parley/core";
import {
  type ForecastModel,
  forecastInputFromCase,
  forecastModels,
  forumComparison,
  scenarioComparison,
} from "@parley/forecast";
import type { Command } from "commander";
import type { CliContext } from "../context";
import { table } from "../table";

const fmt = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : "—");

/** Parses `--change` JSON texts into scenario changes, naming the one that fails and why. */
export function scenarioChangesArg(texts: readonly string[]) {
  return texts.map((t, i) => {
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (e) {
      throw new ParleyError(
        "invalid_input",
        `scenario new --change #${i + 1}: not JSON (${(e as Error).message}); expected e.g. {"kind":"move","actor":"russia","issue":"talks","value":60}`,
      );
    }
    const r = scenarioChangeSchema.safeParse(v);
    if (!r.success)
      throw new ParleyError(
        "invalid_input",
        `scenario new --change #${i + 1}: ${r.error.issues.map((x) => `${x.path.join(".") || "/"}: ${x.message}`).join("; ")}`,
      );
    return r.data;
  });
}

/** `parley scenario new|list|compare`: named sets of changes to a case, compared side by side. */
export function registerScenarioCommands(program: Command, ctx: CliContext): void {
  const cmd = program
    .command("scenario")
    .description("create, list and compare scenarios of a case");
  const dbOpt = (db?: string) => (db === undefined ? undefined : { db });

  cmd
    .command("list <case>")
    .option("--json", "print JSON")
    .option("--db <path>", "store path or postgres URL")
    .description("the case's scenarios and their changes")
    .action(async (caseId: string, flags: { json?: boolean; db?: string }) => {
      const c = await ctx.loadCase(caseId, dbOpt(flags.db));
      if (flags.json) ctx.out(JSON.stringify(c.scenarios));
      else
        ctx.out(
          table(
            ["id", "name", "changes"],
            c.scenarios.map((s) => [s.id, s.name, s.changes.map((x) => x.kind).join(", ")]),
          ),
        );
    });

  cmd
    .command("new <case> <id>")
    .requiredOption("--name <name>", "the scenario's name")
    .option("--description <text>", "what the scenario supposes")
    .option("--change <json...>", 'a change as JSON, e.g. {"kind":"leave","actor":"usa"}', [])
    .option("--db <path>", "store path or postgres URL")
    .description("add a scenario to a case in the store")
    .action(
      async (
        caseId: string,
        id: string,
        flags: { name: string; description?: string; change: string[]; db?: string },
      ) => {
        const slug = slugSchema.safeParse(id);
        if (!slug.success)
          throw new ParleyError(
            "invalid_input",
            `scenario new ${JSON.stringify(id)}: expected a lower-case slug (a-z, 0-9, -)`,
          );
        const c = await ctx.loadCase(caseId, dbOpt(flags.db));
        if (c.scenarios.some((s) => s.id === id))
          throw new ParleyError(
            "conflict",
            `scenario new: case "${caseId}" already has a scenario "${id}"`,
          );
        const scenario = scenarioSchema.parse({
          id,
          name: flags.name,
          ...(flags.description === undefined ? {} : { description: flags.description }),
          changes: scenarioChangesArg(flags.change),
        });
        const store = await ctx.openStore(flags.db);
        await store.importCase(
          { ...c, scenarios: [...c.scenarios, scenario] },
          { replace: true, who: "cli" },
        );
        ctx.out(`${caseId}: added scenario ${id} with ${scenario.changes.length} change(s)`);
      },
    );

  cmd
    .command("compare <case> [ids...]")
    .option("--model <model...>", `models: ${forecastModels.join(", ")}`)
    .option(
      "--forums",
      "also compare the case's forums held apart against one process with all parties",
    )
    .option("--runs <n>", "Monte Carlo runs for the forum comparison", "2000")
    .option("--json", "print JSON")
    .option("--db <path>", "store path or postgres URL")
    .description("the case as it stands and under each scenario, side by side")
    .action(
      async (
        caseId: string,
        ids: string[],
        flags: { model?: string[]; forums?: boolean; runs: string; json?: boolean; db?: string },
      ) => {
        const c = await ctx.loadCase(caseId, dbOpt(flags.db));
        const bad = (flags.model ?? []).filter(
          (m) => !(forecastModels as readonly string[]).includes(m),
        );
        if (bad.length > 0)
          throw new ParleyError(
            "invalid_input",
            `scenario compare --model ${bad.join(", ")}: expected ${forecastModels.join(", ")}`,
          );
        const models = (flags.model as ForecastModel[] | undefined) ?? forecastModels;
        const picked =
          ids.length === 0
            ? c.scenarios
            : ids.map((id) => {
                const s = c.scenarios.find((x) => x.id === id);
                if (s === undefined)
                  throw new ParleyError(
                    "not_found",
                    `scenario compare: case "${caseId}" has no scenario "${id}"`,
                  );
                return s;
              });
        const inputR = forecastInputFromCase(c);
        if (!inputR.ok) throw inputR.error;
        const r = scenarioComparison(inputR.value, picked, models);
        if (!r.ok) throw r.error;
        const forums =
          flags.forums && (inputR.value.forums?.length ?? 0) >= 2
            ? await forumComparison(inputR.value, inputR.value.forums ?? [], {
                runs: Number(flags.runs) || 2000,
              })
            : undefined;
        if (flags.json) {
          ctx.out(JSON.stringify({ ...r.value, ...(forums === undefined ? {} : { forums }) }));
          return;
        }
        const cols = r.value.columns;
        const keys = (cols[0]?.outcomes ?? []).map((o) => `${o.model}/${o.issue}`);
        ctx.out(
          table(
            ["model/issue", ...cols.map((x) => x.name)],
            keys.map((k, i) => [
              k,
              ...cols.map((x, j) => {
                const v = x.outcomes[i]?.value ?? Number.NaN;
                const shift = j === 0 ? undefined : r.value.shifts[x.scenario]?.[k];
                return shift === undefined
                  ? fmt(v)
                  : `${fmt(v)} (${shift >= 0 ? "+" : ""}${fmt(shift)})`;
              }),
            ]),
          ),
        );
        if (forums !== undefined) {
          ctx.out("\nForums apart against one process with all parties");
          ctx.out(
            table(
              ["model", "issue", "apart (median, IQR)", "together", "gap", "spread shrinks"],
              forums.map((f) => [
                f.model,
                f.issue,
                f.apart.map((a) => `${a.forum} ${fmt(a.median)} ±${fmt(a.iqr)}`).join("; "),
                `${fmt(f.together.median)} ±${fmt(f.together.iqr)}`,
                fmt(f.gapBetweenForums),
                `${(100 * f.spreadReduction).toFixed(0)}%`,
              ]),
            ),
          );
        }
      },
    );
}
