import { type Case, caseSchema } from "@parley/core";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import type { CliContext } from "../context";
import { registerScenarioCommands, scenarioChangesArg } from "./scenario";

const theCase: Case = caseSchema.parse({
  id: "mini",
  title: "Mini",
  issues: [
    {
      id: "talks",
      name: "Talks",
      scale: { min: 0, max: 100, low: "Kabul-led", high: "Moscow-led" },
    },
  ],
  actors: [
    { id: "russia", name: "Russia", kind: "state" },
    { id: "kabul", name: "Kabul", kind: "government" },
  ],
  positions: [
    { id: "ru", actor: "russia", issue: "talks", value: 80, salience: 0.5 },
    { id: "kb", actor: "kabul", issue: "talks", value: 20, salience: 0.5 },
  ],
  capabilities: [
    { id: "ru-c", actor: "russia", value: 50 },
    { id: "kb-c", actor: "kabul", value: 50 },
  ],
  scenarios: [
    {
      id: "ru-moves",
      name: "Russia moves",
      changes: [{ kind: "move", actor: "russia", issue: "talks", value: 40 }],
    },
  ],
});

async function runScenario(args: string[]): Promise<string[]> {
  const out: string[] = [];
  const ctx = {
    out: (t: string) => out.push(t),
    err: (t: string) => out.push(t),
    loadCase: async () => theCase,
    openStore: () => Promise.reject(new Error("no store in this test")),
    progress: () => ({ update() {}, stop() {} }),
  } as unknown as CliContext;
  const program = new Command("parley").exitOverride();
  registerScenarioCommands(program, ctx);
  await program.parseAsync(["scenario", ...args], { from: "user" });
  return out;
}

describe("parley scenario", () => {
  it("list", async () => {
    const out = await runScenario(["list", "mini"]);
    expect(out[0]).toContain("ru-moves  Russia moves  move");
  });
  it("compare --json: the baseline and the scenario with the shift", async () => {
    const [line] = await runScenario(["compare", "mini", "--model", "mean", "--json"]);
    const r = JSON.parse(line as string);
    expect(r.columns.map((c: { outcomes: { value: number }[] }) => c.outcomes[0]?.value)).toEqual([
      50, 30,
    ]);
    expect(r.shifts["ru-moves"]).toEqual({ "mean/talks": -20 });
  });
  it("--change JSON is checked against the case model's schema", () => {
    expect(scenarioChangesArg(['{"kind":"leave","actor":"usa"}'])).toEqual([
      { kind: "leave", actor: "usa" },
    ]);
    expect(() => scenarioChangesArg(['{"kind":"move","actor":"usa"}'])).toThrow(
      /scenario new --change #1: /,
    );
    expect(() => scenarioChangesArg(["{kind"])).toThrow(/not JSON/);
  });
});
