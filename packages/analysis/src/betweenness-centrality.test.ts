import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { brandesDependencies } from "./betweenness-centrality";
import { type GraphArrays, graphArraysFromEdges } from "./graph-arrays";

/** Distances and shortest-path counts from every node, by plain BFS. */
function allPairs(g: GraphArrays): { d: number[][]; sigma: number[][] } {
  const n = g.nodes.length;
  const d: number[][] = [];
  const sigma: number[][] = [];
  for (let s = 0; s < n; s++) {
    const ds = new Array<number>(n).fill(-1);
    const ss = new Array<number>(n).fill(0);
    ds[s] = 0;
    ss[s] = 1;
    const queue = [s];
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h] as number;
      for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
        const w = g.targets[e] as number;
        if (ds[w] === -1) {
          ds[w] = (ds[v] as number) + 1;
          queue.push(w);
        }
        if (ds[w] === (ds[v] as number) + 1) ss[w] = (ss[w] as number) + (ss[v] as number);
      }
    }
    d.push(ds);
    sigma.push(ss);
  }
  return { d, sigma };
}

/** Betweenness from the definition: sum over ordered pairs of sigma_sv sigma_vt / sigma_st. */
function byDefinition(g: GraphArrays): number[] {
  const n = g.nodes.length;
  const { d, sigma } = allPairs(g);
  const out = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++)
    for (let t = 0; t < n; t++) {
      const dst = d[s]?.[t] as number;
      if (s === t || dst < 0) continue;
      for (let v = 0; v < n; v++) {
        if (v === s || v === t) continue;
        const dsv = d[s]?.[v] as number;
        const dvt = d[v]?.[t] as number;
        if (dsv >= 0 && dvt >= 0 && dsv + dvt === dst)
          out[v] =
            (out[v] as number) +
            ((sigma[s]?.[v] as number) * (sigma[v]?.[t] as number)) / (sigma[s]?.[t] as number);
      }
    }
  return out;
}

const graphs = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc
    .uniqueArray(
      fc
        .tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }))
        .filter(([a, b]) => a < b),
      { selector: ([a, b]) => a * 100 + b, maxLength: (n * (n - 1)) / 2 },
    )
    .map((edges) =>
      graphArraysFromEdges(
        n,
        Int32Array.from(edges.map((e) => e[0])),
        Int32Array.from(edges.map((e) => e[1])),
      ),
    ),
);

describe("brandesDependencies", () => {
  it("equals betweenness computed from its definition on random graphs", () => {
    fc.assert(
      fc.property(graphs, (g) => {
        const fast = brandesDependencies(g);
        const slow = byDefinition(g);
        slow.forEach((x, i) => {
          expect(fast[i]).toBeCloseTo(x, 9);
        });
      }),
      { numRuns: 300 },
    );
  });
});
