import { fileURLToPath } from "node:url";
import { ParleyError } from "@parley/core";
import { loadCaseFolder } from "@parley/core/node";
import { forecastInputFromCase, monteCarlo } from "@parley/forecast";
import { describe, expect, it } from "vitest";
import { runCommands } from "../test-support/run-commands";
import { registerForecastCommands } from "./forecast";

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../forecast/src/fixtures/${name}`, import.meta.url));

const runForecast = (args: string[]) =>
  runCommands(registerForecastCommands, ["forecast", ...args]);

describe("parley forecast without a store", () => {
  it("--ktab-csv --model smp --json prints turns, final positions by actor name and history", async () => {
    const [line] = await runForecast([
      "--ktab-csv",
      fixture("dummyData_3Dim.csv"),
      "--model",
      "smp",
      "--json",
    ]);
    const r = JSON.parse(line as string);
    expect(r.turns).toBe(10);
    expect(r.final["SActor-00"].map((x: number) => Number(x.toFixed(1)))).toEqual([
      78.6, 31.8, 74.1,
    ]);
    expect(r.history["SActor-00"]).toHaveLength(11);
    expect(r.history["SActor-00"][0].map((x: number) => Number(x.toFixed(9)))).toEqual([
      75.79, 6.37, 70.45,
    ]);
  });

  it("--csv --json prints the expected utility forecast and its rounds", async () => {
    const [line] = await runForecast(["--csv", fixture("ec-car-emissions-1994.csv"), "--json"]);
    const r = JSON.parse(line as string);
    expect(r.model).toBe("eu");
    // The Scholz et al. reconstruction's rounds (see docs/forecast.md).
    expect(Number(r.forecast.toFixed(4))).toBe(9.6711);
    expect(r.rounds.map((x: { forecast: number }) => Number(x.forecast.toFixed(4)))).toEqual([
      7, 8.4159, 9.6109, 9.962, 9.962, 9.962, 7.472, 8.8246, 9.6711,
    ]);
    expect(Number(r.models.mean.toFixed(4))).toBe(7.39);
  });

  it("--csv with another model, as text", async () => {
    const out = await runForecast([
      "--csv",
      fixture("ec-car-emissions-1994.csv"),
      "--model",
      "median",
    ]);
    expect(out[0]).toBe("median: forecast 7.00");
  });

  it("refuses an unknown model and a missing file with a ParleyError", async () => {
    await expect(
      runForecast(["--csv", fixture("ec-car-emissions-1994.csv"), "--model", "oracle"]),
    ).rejects.toThrow('forecast --model "oracle": expected one of mean, median, nash, eu, smp');
    await expect(runForecast(["--csv", "/nonexistent.csv"])).rejects.toBeInstanceOf(ParleyError);
  });
});

describe("parley forecast on a case", () => {
  const loaded = loadCaseFolder(
    fileURLToPath(new URL("../../../../cases/afghanistan", import.meta.url)),
  );
  if (!loaded.ok) throw loaded.error;
  const theCase = loaded.value;

  it("--runs with the spatial model runs its dynamics in every run, as monteCarlo does", async () => {
    const args = ["afghanistan", "--model", "smp", "--runs", "12", "--seed", "3", "--threads", "1"];
    const out = await runCommands(registerForecastCommands, ["forecast", ...args, "--json"], {
      loadCase: async () => theCase,
    });
    const r = JSON.parse(out[0] as string);
    const input = forecastInputFromCase(theCase);
    if (!input.ok) throw input.error;
    const direct = await monteCarlo(input.value, {
      runs: 12,
      seed: 3,
      models: ["smp"],
      threads: 1,
    });
    expect(r.distributions.map((d: { model: string; issue: string }) => d.issue)).toEqual(
      theCase.issues.map((i) => i.id),
    );
    expect(r.distributions.map((d: { median: number }) => d.median)).toEqual(
      direct.distributions.map((d) => d.median),
    );
  });
});
