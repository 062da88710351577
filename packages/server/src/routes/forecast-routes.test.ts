import { describe, expect, it } from "vitest";
import { json, testApp } from "../test-app";

const forecast = async (body: unknown, headers: Record<string, string> = {}) => {
  const { app } = await testApp();
  return app.request("/api/cases/small/forecast", json("POST", body, headers));
};

describe("forecast", () => {
  it("gives each model's outcome on the issue", async () => {
    const r = await forecast({ models: ["mean", "median"] });
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.actors).toEqual(["russia", "afghan-government"]);
    // Weights capability x salience: Russia 60 x 0.7 = 42, Kabul 40 x 0.9 = 36.
    // Mean (60*42 + 20*36) / 78 = 3240 / 78; median: Russia holds more than half the weight.
    expect(body.outcomes).toEqual([
      { model: "mean", issue: "taliban-role", value: 3240 / 78 },
      { model: "median", issue: "taliban-role", value: 60 },
    ]);
    expect(body.monteCarlo).toBeNull();
  });

  it("applies a scenario given whole", async () => {
    const r = await forecast({
      models: ["mean"],
      scenario: {
        id: "russia-turns",
        name: "Russia turns",
        changes: [{ kind: "move", actor: "russia", issue: "taliban-role", value: 20 }],
      },
    });
    expect((await r.json()).outcomes).toEqual([
      { model: "mean", issue: "taliban-role", value: 20 },
    ]);
  });

  it("runs a seeded Monte Carlo and streams its progress as NDJSON", async () => {
    const r = await forecast(
      { models: ["mean"], runs: 100, seed: 7 },
      { accept: "application/x-ndjson" },
    );
    const lines = (await r.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const last = lines[lines.length - 1];
    expect(last.type).toBe("result");
    expect(lines.slice(0, -1).every((l) => l.type === "progress")).toBe(true);
    expect(lines[lines.length - 2]).toMatchObject({ done: 100, total: 100 });
    expect(last.result.monteCarlo.runs).toBe(100);
    expect(last.result.monteCarlo.seed).toBe(7);
    // No ranges are given, so every run lands on the point forecast.
    expect(last.result.monteCarlo.distributions[0].iqr).toBe(0);
  });

  it("refuses bad bodies, unknown scenarios and unknown issues", async () => {
    const bad = await forecast({ runs: -1 });
    expect(await bad.json()).toMatchObject({ code: "invalid_input", path: "/runs" });
    const model = await forecast({ models: ["oracle"] });
    expect((await model.json()).path).toBe("/models/0");
    const scenario = await forecast({ scenario: "nope" });
    expect(scenario.status).toBe(404);
    const issue = await forecast({ issues: ["water"] });
    expect(issue.status).toBe(400);
    expect((await issue.json()).code).toBe("invalid_case");
  });

  it("forecasts under a scenario of the case named by id", async () => {
    const r = await forecast({ models: ["median"], scenario: "russia-turns" });
    expect((await r.json()).outcomes).toEqual([
      { model: "median", issue: "taliban-role", value: 20 },
    ]);
  });
});

describe("scenario comparison", () => {
  it("sets each scenario beside the baseline with the shift of each outcome", async () => {
    const { app } = await testApp();
    const body = await (
      await app.request("/api/cases/small/scenarios/compare?ids=russia-turns")
    ).json();
    expect(body.columns.map((c: { scenario: string }) => c.scenario)).toEqual([
      "baseline",
      "russia-turns",
    ]);
    expect(body.shifts["russia-turns"]["mean/taliban-role"]).toBeCloseTo(20 - 3240 / 78, 10);
    expect(body.shifts["russia-turns"]["median/taliban-role"]).toBe(-40);
    const unknown = await app.request("/api/cases/small/scenarios/compare?ids=nope");
    expect(unknown.status).toBe(404);
    const missing = await app.request("/api/cases/small/scenarios/compare");
    expect((await missing.json()).path).toBe("ids");
  });
});
