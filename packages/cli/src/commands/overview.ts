import { describeFilter } from "@parley/analysis";
import { type Case, compareFuzzyTime, roles } from "@parley/core";
import type { Command } from "commander";
import type { CliContext } from "../context";
import { actorName, claimLine, timeLabel } from "../describe";
import { type FilterOptions, loadView, withFilters } from "../filters";
import { subjectLabel } from "../labels";
import { contestedGroups } from "./explore";

/** The case at a glance, as text: actors, processes with their meetings and attendance, contested claims. */
export function overviewText(c: Case): string {
  const lines: string[] = [];
  lines.push(`${c.title} (${c.id})${c.period ? ` — ${timeLabel(c.period)}` : ""}`);
  if (c.summary) lines.push(c.summary.trim());
  lines.push(
    "",
    `${c.actors.length} actors · ${c.processes.length} processes · ${c.events.length} events · ${c.relations.length} relations · ${c.claims.length} claims · ${c.judgments.length} judgments · ${c.sources.length} sources`,
  );
  lines.push("", "ACTORS");
  const kinds = [...new Set(c.actors.map((a) => a.kind))];
  for (const k of kinds)
    lines.push(
      `  ${k}: ${c.actors
        .filter((a) => a.kind === k)
        .map((a) => a.name)
        .join(", ")}`,
    );
  lines.push("", "PROCESSES AND MEETINGS");
  for (const p of c.processes) {
    lines.push(
      `  ${p.name}${p.convenors.length ? ` — convened by ${p.convenors.map((a) => actorName(c, a)).join(", ")}` : ""}${p.period ? ` (${timeLabel(p.period)})` : ""}`,
    );
    const meetings = c.events
      .filter((e) => e.process === p.id)
      .sort((a, b) => (a.date && b.date ? compareFuzzyTime(a.date, b.date) : 0));
    for (const e of meetings) {
      lines.push(`    ${timeLabel(e.date).padEnd(12)} ${e.title} [${e.status}]`);
      for (const role of roles) {
        const who = e.participants.filter((x) => x.role === role).map((x) => actorName(c, x.actor));
        if (who.length) lines.push(`      ${role.replace("_", " ")}: ${who.join(", ")}`);
      }
    }
  }
  const others = c.events.filter((e) => !e.process);
  if (others.length) {
    lines.push("  Other meetings and events");
    for (const e of [...others].sort((a, b) =>
      a.date && b.date ? compareFuzzyTime(a.date, b.date) : 0,
    )) {
      lines.push(
        `    ${timeLabel(e.date).padEnd(12)} ${e.title} — ${e.participants.map((x) => `${actorName(c, x.actor)} (${x.role})`).join(", ")}`,
      );
    }
  }
  const contested = contestedGroups(c, c.claims);
  lines.push("", `CONTESTED CLAIMS (${contested.length})`);
  for (const g of contested) {
    lines.push(`  ${subjectLabel(c, g.subject)}`);
    for (const cl of g.claims) lines.push(`    + ${claimLine(c, cl)}`);
    for (const cl of g.against) lines.push(`    − ${claimLine(c, cl)}`);
  }
  const hedged = c.claims.filter((x) => x.hedge === "alleged" || x.hedge === "speculated");
  lines.push("", `ALLEGED OR SPECULATED (${hedged.length})`);
  for (const cl of hedged) lines.push(`  ${claimLine(c, cl)}`);
  return lines.join("\n");
}

/** `parley overview` (the case at a glance in the terminal), under the common filters. */
export function registerOverviewCommand(program: Command, ctx: CliContext): void {
  withFilters(
    program
      .command("overview")
      .description(
        "the case at a glance: actors, processes with meetings and attendance, contested claims",
      )
      .option("-c, --case <id>", "case id", "afghanistan")
      .option("--db <path>", "store: SQLite file or postgres:// URL"),
  ).action(async (o: FilterOptions & { case: string; db?: string }) => {
    const { view, filter } = await loadView(ctx, o);
    const lines = describeFilter(filter);
    ctx.out(`${lines.length > 0 ? `${lines.join("; ")}\n\n` : ""}${overviewText(view)}`);
  });
}
