import type { Case } from "@parley/core";
import { actor, issue, position, testCase } from "@parley/core/test-support/case-builders";
import { describe, expect, it } from "vitest";
import { forecastInputFromCase } from "./forecast-input-from-case";

const mk = (extra: Record<string, unknown>): Case =>
  testCase({
    id: "af",
    title: "Afghanistan",
    issues: [issue("talks", "Format of talks", "Kabul-led", "Moscow-led")],
    actors: [actor("russia", "Russia", "state"), actor("kabul", "Afghan government", "government")],
    ...extra,
  });

describe("forecastInputFromCase", () => {
  it("reads positions, capabilities, ranges and provenance", () => {
    const c = mk({
      positions: [
        position("ru-talks", "russia", "talks", 80, 0.6, { range: [70, 90] }),
        position("kb-talks", "kabul", "talks", 20, 0.9),
      ],
      capabilities: [
        { id: "ru-cap", actor: "russia", value: 60 },
        { id: "kb-cap", actor: "kabul", value: 30 },
        { id: "kb-cap-talks", actor: "kabul", issue: "talks", value: 40 },
      ],
      claims: [
        { id: "c1", subject: "position:kb-talks", note: "Kabul wants to lead", hedge: "analyst" },
      ],
    });
    const r = forecastInputFromCase(c);
    if (!r.ok) throw r.error;
    expect(
      r.value.actors.map((a) => [
        a.id,
        a.capability,
        a.issueCapabilities?.[0],
        a.positions[0],
        a.saliences[0],
      ]),
    ).toEqual([
      ["russia", 60, undefined, 80, 0.6],
      ["kabul", 30, 40, 20, 0.9],
    ]);
    expect(r.value.actors[0]?.ranges).toEqual({ positions: [[70, 90]] });
    expect(r.value.actors[1]?.provenance?.positions?.[0]).toEqual({
      kind: "analyst",
      note: "Kabul wants to lead",
    });
  });
  it("names the actor and the issue when a capability is missing or a salience is out of range", () => {
    const c = mk({
      positions: [
        { id: "ru-talks", actor: "russia", issue: "talks", value: 80, salience: 0.6 },
        { id: "kb-talks", actor: "kabul", issue: "talks", value: 20, salience: 0.9 },
      ],
      capabilities: [{ id: "ru-cap", actor: "russia", value: 60 }],
    });
    (c.positions[0] as { salience: number }).salience = 1.4;
    const r = forecastInputFromCase(c);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("invalid_case");
    expect(r.error.problems.map((p) => p.message)).toEqual([
      'the salience of actor "russia" on issue "talks" is 1.4; expected 0..1',
      'actor "kabul" has no capability for issue "talks"; expected a capability for the case or for that issue',
    ]);
    expect(r.error.problems[0]?.pointer).toBe("/positions/0/salience");
  });
});
