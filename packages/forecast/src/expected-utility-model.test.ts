import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedUtilityModel } from "./expected-utility-model";
import { issueActors } from "./forecast-input";
import { parseOneIssueCsv } from "./one-issue-csv";
import { sharedForecastFile } from "./test-support/shared-data";

const pair = [
  { id: "a", name: "A", position: 0, capability: 1, salience: 1 },
  { id: "b", name: "B", position: 10, capability: 3, salience: 0.5 },
];
const scale = { min: 0, max: 10 };

describe("expectedUtilityModel, worked by hand", () => {
  it("risk-neutral: B's median, but A's stronger resolve wins the conflict and B moves to 0", () => {
    // μ = 10 (weights 1 and 1.5); P^A = 10/(10 + 15) = 0.4; with r = 1, U_s = 2, U_f = −2, U_sq = 0:
    // E^A = 0.5(0.4·2 − 0.6·2) + 0.5·2 = 0.8 and E^B = 1·(0.6·2 − 0.4·2) = 0.4: conflict, B gives way.
    const r = expectedUtilityModel(pair, scale, { risk: "neutral" });
    expect(r.rounds[0]?.median).toBe(10);
    expect(r.rounds[0]?.mean).toBe(6);
    expect(r.rounds[0]?.moves).toEqual([
      {
        actor: 1,
        from: 10,
        to: 0,
        by: 0,
        kind: "conflict",
        proposerEU: expect.closeTo(0.8, 12),
        moverEU: expect.closeTo(0.4, 12),
      },
    ]);
    expect(r.rounds.map((x) => x.positions)).toEqual([
      [0, 10],
      [0, 0],
    ]);
    expect(r.forecast).toBe(0);
  });

  it("with risk exponents (eqs. 32–34) A compromises toward B by |E^A/E^B|", () => {
    // Sec_A = E^B = 0.4, Sec_B = E^A = 0.8 → R_A = −1, R_B = 1 → r_A = 2, r_B = 0.5.
    // E^A = 0.5(−0.4) + 0.5·2 − (2 − 4·0.25) = −0.2; E^B = 0.4 − (2 − 2√2) = 2√2 − 1.6.
    const r = expectedUtilityModel(pair, scale);
    expect(r.rounds[0]?.risk[0]).toBeCloseTo(2, 12);
    expect(r.rounds[0]?.risk[1]).toBeCloseTo(0.5, 12);
    const m = r.rounds[0]?.moves[0];
    expect(m?.kind).toBe("compromise");
    expect(m?.by).toBe(1);
    expect(m?.proposerEU).toBeCloseTo(2 * Math.SQRT2 - 1.6, 12);
    expect(m?.moverEU).toBeCloseTo(-0.2, 12);
    expect(m?.to).toBeCloseTo(2 / (2 * Math.SQRT2 - 1.6), 12);
  });
});

describe("expectedUtilityModel on the EC car-emission case (Bueno de Mesquita 1994)", () => {
  const parsed = parseOneIssueCsv(sharedForecastFile("ec-car-emissions-1994.csv"), {
    file: "ec-car-emissions-1994.csv",
  });
  if (!parsed.ok) throw parsed.error;
  const ec = parsed.value;
  const actors = issueActors(ec, 0);
  const s = ec.issues[0]?.scale as { min: number; max: number };

  it("reads 10 actors on the 4..10 scale with saliences as shares", () => {
    expect(s).toEqual({ min: 4, max: 10 });
    expect(actors.map((a) => a.salience)).toEqual([0.4, 0.8, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1, 0.7]);
  });

  it("default choices: medians 7, 10, 10, 10 by round (published 8.35..9.05; reconstruction 8.4 then 9.9; actual 8.833)", () => {
    const r = expectedUtilityModel(actors, s);
    expect(r.rounds.map((x) => x.median)).toEqual([7, 10, 10, 10]);
    expect(r.rounds.map((x) => Number(x.mean.toFixed(4)))).toEqual([7.39, 8.7238, 7.421, 10]);
    expect(r.forecast).toBe(10);
  });

  it("Q = 0.5 and risk neutrality are selectable and change the path", () => {
    expect(
      expectedUtilityModel(actors, s, { q: 0.5 })
        .rounds.slice(0, 5)
        .map((x) => Number(x.median.toFixed(4))),
    ).toEqual([7, 10, 4, 4, 9.6842]);
    expect(Number(expectedUtilityModel(actors, s, { risk: "neutral" }).forecast.toFixed(4))).toBe(
      4.5262,
    );
    expect(expectedUtilityModel(actors, s, { offerSelection: "smallest-move" }).forecast).toBe(7);
  });
});

describe("expectedUtilityModel invariants", () => {
  const arb = fc.array(
    fc.record({
      position: fc.integer({ min: 0, max: 100 }),
      capability: fc.integer({ min: 1, max: 50 }),
      salience: fc.integer({ min: 1, max: 10 }).map((v) => v / 10),
    }),
    { minLength: 2, maxLength: 7 },
  );
  const mk = (xs: { position: number; capability: number; salience: number }[]) =>
    xs.map((x, i) => ({ id: `a${i}`, name: `a${i}`, ...x }));
  const opts = { maxRounds: 4 };
  it("every round's median stays inside the range of positions", () => {
    fc.assert(
      fc.property(arb, (xs) => {
        const r = expectedUtilityModel(mk(xs), { min: 0, max: 100 }, opts);
        const ps = xs.map((x) => x.position);
        for (const rd of r.rounds) {
          expect(rd.median).toBeGreaterThanOrEqual(Math.min(...ps) - 1e-9);
          expect(rd.median).toBeLessThanOrEqual(Math.max(...ps) + 1e-9);
        }
      }),
      { numRuns: 60 },
    );
  });
  it("moving every position and the scale by d moves the forecast by d", () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: -1000, max: 1000 }), (xs, d) => {
        const a = expectedUtilityModel(mk(xs), { min: 0, max: 100 }, opts).forecast;
        const b = expectedUtilityModel(
          mk(xs.map((x) => ({ ...x, position: x.position + d }))),
          { min: d, max: 100 + d },
          opts,
        ).forecast;
        expect(b).toBeCloseTo(a + d, 6);
      }),
      { numRuns: 60 },
    );
  });
  it("an actor with zero salience changes nothing", () => {
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 100 }), (xs, p) => {
        const a = expectedUtilityModel(mk(xs), { min: 0, max: 100 }, opts);
        const b = expectedUtilityModel(
          mk([...xs, { position: p, capability: 10, salience: 0 }]),
          { min: 0, max: 100 },
          opts,
        );
        expect(b.rounds.map((x) => x.median)).toEqual(a.rounds.map((x) => x.median));
      }),
      { numRuns: 60 },
    );
  });
});
