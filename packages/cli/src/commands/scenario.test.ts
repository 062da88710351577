import type { Case } from "@parley/core";
import { actor, issue, position, testCase } from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { runCommands } from "../test-support/run-commands";
import { registerScenarioCommands, scenarioChangesArg } from "./scenario";

const theCase: Case = testCase({
  id: "mini",
  title: "Mini",
  issues: [issue("talks", "Talks", "Kabul-led", "Moscow-led")],
  actors: [actor("russia", "Russia", "state"), actor("kabul", "Kabul", "government")],
  positions: [
    position("ru", "russia", "talks", 80, 0.5),
    position("kb", "kabul", "talks", 20, 0.5),
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

const runScenario = (args: string[]) =>
  runCommands(registerScenarioCommands, ["scenario", ...args], { loadCase: async () => theCase });

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
