import { describe, expect, it } from "vitest";
import { parallelCurvatures } from "./parallel-ties";

describe("parallelCurvatures", () => {
  it("leaves a lone tie straight and fans four ties between one pair over [-0.6, 0.6]", () => {
    const c = parallelCurvatures([
      { id: "contacts", source: "russia", target: "taliban" },
      { id: "shares", source: "russia", target: "taliban" },
      { id: "arms", source: "russia", target: "taliban" },
      { id: "uses", source: "russia", target: "taliban" },
      { id: "alone", source: "russia", target: "usa" },
    ]);
    expect(c.get("alone")).toBe(0);
    expect([c.get("contacts"), c.get("shares"), c.get("arms"), c.get("uses")]).toEqual([
      -0.6,
      -0.6 + 1.2 / 3,
      -0.6 + 2.4 / 3,
      0.6,
    ]);
  });

  it("flips the sign of a tie drawn the other way, so the two bend apart", () => {
    const c = parallelCurvatures([
      { id: "a", source: "x", target: "y" },
      { id: "b", source: "y", target: "x" },
    ]);
    // Two ties: spread 0.3; the second is drawn from y to x, so its sign flips.
    expect(c.get("a")).toBe(-0.3);
    expect(c.get("b")).toBe(-0.3);
  });
});
