import { describe, expect, it } from "vitest";
import { labelBoxes, separateLabels } from "./layout";

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

describe("labelBoxes", () => {
  const pos = new Map([
    ["a", { x: 0, y: 0 }],
    ["b", { x: 10, y: 5 }],
  ]);
  it("sizes a label in layout units for the drawing the layout is fitted into", () => {
    // 10 units across 100 px and 5 down 50 px: 0.1 unit a pixel; the largest node's radius
    // (18 px) before the node, 4 px and the label's 90 px after it, 16 px high.
    const box = labelBoxes(pos, new Map([["a", 90]]), { width: 100, height: 50 }).get("a");
    expect(box?.left).toBeCloseTo(1.8, 12);
    expect(box?.right).toBeCloseTo(11.2, 12);
    expect(box?.height).toBeCloseTo(1.6, 12);
  });
  it("gives smaller boxes in a larger drawing, the tighter axis deciding", () => {
    // 10 / 400 = 0.025 across, 5 / 100 = 0.05 down: 0.05 a pixel
    const box = labelBoxes(pos, new Map([["a", 90]]), { width: 400, height: 100 }).get("a");
    expect(box?.right).toBeCloseTo(5.6, 12);
    expect(box?.height).toBeCloseTo(0.8, 12);
  });
});
