import { describe, expect, it } from "vitest";
import type { ForecastInput } from "./forecast-input";
import { forumComparison } from "./forum-comparison";
import { scenarioComparison } from "./scenario-comparison";
import { scenarioInput } from "./scenario-input";

const base: ForecastInput = {
  issues: [{ id: "talks", name: "Format of talks", scale: { min: 0, max: 100 } }],
  actors: [
    { id: "russia", name: "Russia", capability: 4, positions: [20], saliences: [0.5] },
    { id: "kabul", name: "Kabul", capability: 2, positions: [80], saliences: [1] },
    { id: "usa", name: "USA", capability: 4, positions: [60], saliences: [0.5] },
  ],
  forums: [
    { id: "moscow", name: "Moscow format", participants: ["russia", "kabul"] },
    { id: "kabul-process", name: "Kabul Process", participants: ["kabul", "usa"] },
  ],
};

describe("scenarioInput", () => {
  it("applies moves, capability factors, leaving and joining", () => {
    const r = scenarioInput(base, {
      id: "s",
      name: "s",
      changes: [
        { kind: "move", actor: "russia", issue: "talks", value: 50 },
        { kind: "capability", actor: "usa", factor: 0.5 },
        { kind: "leave", actor: "kabul" },
        {
          kind: "join",
          actor: "china",
          capability: 3,
          positions: [{ issue: "talks", value: 40, salience: 0.2 }],
        },
      ],
    });
    if (!r.ok) throw r.error;
    expect(r.value.actors.map((a) => [a.id, a.capability, a.positions[0], a.saliences[0]])).toEqual(
      [
        ["russia", 4, 50, 0.5],
        ["usa", 2, 60, 0.5],
        ["china", 3, 40, 0.2],
      ],
    );
    expect(r.value.forums?.map((f) => f.participants)).toEqual([["russia"], ["usa"]]);
    expect(base.actors[0]?.positions[0]).toBe(20);
  });
  it("merges forums into one process with the pooled participants", () => {
    const r = scenarioInput(base, {
      id: "m",
      name: "m",
      changes: [{ kind: "forums", processes: ["moscow", "kabul-process"], merged: true }],
    });
    if (!r.ok) throw r.error;
    expect(r.value.forums).toEqual([
      {
        id: "moscow",
        name: "Moscow format + Kabul Process",
        participants: ["russia", "kabul", "usa"],
      },
    ]);
  });
  it("refuses an unknown actor, naming the change", () => {
    const r = scenarioInput(base, {
      id: "x",
      name: "x",
      changes: [{ kind: "leave", actor: "iran" }],
    });
    expect(r.ok ? "" : r.error.message).toBe(
      'applying scenario "x" at /changes/0 (leave): no actor "iran" in the case',
    );
  });
});

describe("scenarioComparison", () => {
  it("puts the baseline and each scenario side by side with the shifts", () => {
    const r = scenarioComparison(
      base,
      [
        {
          id: "move",
          name: "Russia moves",
          changes: [{ kind: "move", actor: "russia", issue: "talks", value: 60 }],
        },
      ],
      ["mean", "median"],
    );
    if (!r.ok) throw r.error;
    // Weights 2, 2, 2: mean (20 + 80 + 60)/3 = 53.33 → (60 + 80 + 60)/3 = 66.67; median 60 → 60.
    expect(r.value.columns[0]?.outcomes.map((o) => Number(o.value.toFixed(4)))).toEqual([
      53.3333, 60,
    ]);
    expect(r.value.shifts.move).toEqual({
      "mean/talks": expect.closeTo(40 / 3, 9),
      "median/talks": 0,
    });
    // Forum by forum: Moscow (Russia 20, Kabul 80, weights 2 and 2) and Kabul Process (80, 60).
    expect(r.value.columns[0]?.forums.map((f) => [f.forum, f.outcomes[0]?.value])).toEqual([
      ["moscow", 50],
      ["kabul-process", 70],
    ]);
  });
});

describe("forumComparison", () => {
  it("without uncertainty: the forums land 20 apart and the joint process between them", async () => {
    const c = await forumComparison(base, base.forums ?? [], { runs: 10, models: ["mean"] });
    expect(c).toHaveLength(1);
    expect(c[0]?.apart.map((a) => a.median)).toEqual([50, 70]);
    expect(c[0]?.together.median).toBeCloseTo(160 / 3, 9);
    expect(c[0]?.gapBetweenForums).toBe(20);
    expect(c[0]?.distanceToJoint).toBeCloseTo(70 - 160 / 3, 9);
  });
  it("with an uncertain Kabul position the spread shrinks when everyone sits at one table", async () => {
    const unsure: ForecastInput = {
      ...base,
      actors: base.actors.map((a) =>
        a.id === "kabul" ? { ...a, ranges: { positions: [[60, 100]] } } : a,
      ),
    };
    const c = await forumComparison(unsure, base.forums ?? [], {
      runs: 4000,
      seed: 5,
      models: ["mean"],
    });
    // Kabul carries half the weight in each forum but a third in one process: IQR shrinks by ~1/3.
    expect(c[0]?.spreadReduction).toBeGreaterThan(0.28);
    expect(c[0]?.spreadReduction).toBeLessThan(0.39);
  });
});
