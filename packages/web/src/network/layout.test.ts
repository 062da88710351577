import { describe, expect, it } from "vitest";
import { separateLabels } from "./layout";

const box = (right: number) => ({ left: 1, right, height: 2 });

describe("separateLabels", () => {
  it("pushes two overlapping labels apart along the axis where they overlap less", () => {
    // a's label spans x -1..9, y -1..1; b's x 3..7, y -0.5..1.5: overlap x 4, y 1.5, so y moves.
    const out = separateLabels(
      new Map([
        ["a", { x: 0, y: 0 }],
        ["b", { x: 4, y: 0.5 }],
      ]),
      new Map([
        ["a", box(9)],
        ["b", box(3)],
      ]),
    );
    expect(out.get("a")).toEqual({ x: 0, y: -0.75 });
    expect(out.get("b")).toEqual({ x: 4, y: 1.25 });
  });

  it("moves sideways when the boxes overlap less across than up and down", () => {
    // a spans x -1..1, b x 0.5..2.5 (overlap 0.5); both y -1..1 (overlap 2).
    const out = separateLabels(
      new Map([
        ["a", { x: 0, y: 0 }],
        ["b", { x: 1.5, y: 0 }],
      ]),
      new Map([
        ["a", box(1)],
        ["b", box(1)],
      ]),
    );
    expect(out.get("a")).toEqual({ x: -0.25, y: 0 });
    expect(out.get("b")).toEqual({ x: 1.75, y: 0 });
  });

  it("leaves apart labels and nodes without a box where they are", () => {
    const pos = new Map([
      ["a", { x: 0, y: 0 }],
      ["b", { x: 0, y: 5 }],
      ["c", { x: 0, y: 0.5 }],
    ]);
    const out = separateLabels(
      pos,
      new Map([
        ["a", box(9)],
        ["b", box(9)],
      ]),
    );
    expect(out).toEqual(pos);
    expect(out.get("a")).not.toBe(pos.get("a"));
  });
});
