import { event, relation, testCase } from "@parley/core/test-support/case-builders";
import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { actorNetwork, tieKey } from "./actor-network";
import { betweennessCentrality, brandesDependencies } from "./betweenness-centrality";
import { blocs } from "./blocs";
import { brokerage, brokerageBetween } from "./brokerage";
import { centralities } from "./centralities";
import { graphArraysFromEdges } from "./graph-arrays";
import { structuralBalance } from "./structural-balance";

const actor = (id: string, kind: "state" | "government" | "armed_group" = "state") => ({
  id,
  name: id.toUpperCase(),
  kind,
});

// r: a patron with ties to both t and g; u: r's rival; p: t's backer; x: unconnected.
export const networkFixture = testCase({
  actors: [
    actor("r"),
    actor("t", "armed_group"),
    actor("g", "government"),
    actor("u"),
    actor("p"),
    actor("x"),
  ],
  relations: [
    relation("rt", "contacts", "r", "t"),
    relation("rg", "supports", "r", "g"),
    relation("rg2", "trains", "r", "g"),
    relation("tg", "opposes", "t", "g"),
    relation("ug", "supports", "u", "g", { strength: 0.5 }),
    relation("ut", "negotiates_with", "u", "t"),
    relation("ru", "rival_of", "r", "u"),
    relation("pt", "supports", "p", "t"),
    relation("pg", "contacts", "p", "g"),
  ],
  events: [
    event("m", "Meeting", {}, "r:host", "t:attendee", "p:attendee", "g:invited"),
    event("m2", "Planned meeting", { status: "planned" }, "r:host", "g:attendee"),
  ],
});

describe("actorNetwork", () => {
  const g = actorNetwork(networkFixture);
  it("sums relations and co-presence at held events into signed ties", () => {
    expect(g.order).toBe(6);
    expect(g.size).toBe(9);
    expect(g.getEdgeAttributes(tieKey("r", "t"))).toEqual({
      weight: 2,
      positive: 0,
      negative: 0,
      neutral: 2,
      sign: 0,
      relations: ["rt"],
      events: ["m"],
    });
    expect(g.getEdgeAttributes(tieKey("r", "g"))).toMatchObject({
      weight: 2,
      positive: 2,
      sign: 1,
    });
    expect(g.getEdgeAttributes(tieKey("t", "g"))).toMatchObject({
      weight: 1,
      negative: 1,
      sign: -1,
    });
    expect(g.getEdgeAttributes(tieKey("p", "t"))).toMatchObject({
      weight: 2,
      positive: 1,
      neutral: 1,
      sign: 1,
    });
    // g was only invited to m, and m2 was never held.
    expect(g.hasEdge(tieKey("r", "p"))).toBe(true);
    expect(g.getEdgeAttribute(tieKey("r", "g"), "events")).toEqual([]);
    expect(g.degree("x")).toBe(0);
  });

  it("drops ties whose claims the filter removes", () => {
    const withClaims = testCase({
      ...networkFixture,
      sources: [{ id: "s", title: "S" }],
      claims: [
        {
          id: "c1",
          subject: "relation:rt",
          note: "r talks to t",
          hedge: "alleged",
          evidence: { source: "s" },
        },
      ],
    });
    const h = actorNetwork(withClaims, { hedges: ["reported"] });
    expect(h.getEdgeAttributes(tieKey("r", "t"))).toMatchObject({
      neutral: 1,
      relations: [],
      events: ["m"],
    });
  });
});

describe("centralities", () => {
  const star = new UndirectedGraph();
  for (const n of ["c", "x", "y", "z"]) star.addNode(n);
  for (const n of ["x", "y", "z"]) star.addEdge("c", n);

  it("gives the hand-computed values on a star", () => {
    const rows = centralities(star);
    expect(rows.map((r) => r.node)).toEqual(["c", "x", "y", "z"]);
    const [c, x] = rows;
    expect(c?.degree).toBe(3);
    expect(c?.weightedDegree).toBe(3);
    expect(c?.betweenness).toBe(1);
    expect(x?.betweenness).toBe(0);
    expect(c?.closeness).toBe(1);
    expect(x?.closeness).toBeCloseTo(0.6, 12);
    expect(c?.eigenvector).toBeCloseTo(Math.SQRT1_2, 10);
    expect(x?.eigenvector).toBeCloseTo(1 / Math.sqrt(6), 10);
    // c = 0.15/4 + 0.85 * 3l, l = 0.15/4 + 0.85 c/3, c + 3l = 1.
    expect(c?.pagerank).toBeCloseTo(0.133125 / 0.2775, 10);
    expect(x?.pagerank).toBeCloseTo((1 - 0.133125 / 0.2775) / 3, 10);
  });

  it("corrects closeness for an unconnected node (Wasserman-Faust)", () => {
    const path = new UndirectedGraph();
    for (const n of ["a", "b", "c", "d", "e"]) path.addNode(n);
    path.addEdge("a", "b");
    path.addEdge("b", "c");
    path.addEdge("c", "d");
    const byNode = Object.fromEntries(centralities(path).map((r) => [r.node, r]));
    expect(byNode.a?.closeness).toBe(0.375);
    expect(byNode.b?.closeness).toBe(0.5625);
    expect(byNode.e?.closeness).toBe(0);
    expect(byNode.b?.betweenness).toBe(2 / 6);
    expect(betweennessCentrality(path)).toEqual({ a: 0, b: 1 / 3, c: 1 / 3, d: 0, e: 0 });
  });

  it("counts split shortest paths fractionally (Brandes)", () => {
    // A 4-cycle 0-1-2-3-0: pairs (0,2) and (1,3) each have two shortest paths.
    const cycle = graphArraysFromEdges(
      4,
      Int32Array.from([0, 1, 2, 3]),
      Int32Array.from([1, 2, 3, 0]),
    );
    expect([...brandesDependencies(cycle)]).toEqual([1, 1, 1, 1]);
    expect([...brandesDependencies(cycle, [0])]).toEqual([0, 0.5, 0, 0.5]);
  });
});

describe("brokerage", () => {
  it("shares the weighted shortest indirect paths between two actors", () => {
    const r = brokerage(networkFixture, "t", "g");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // t-r-g: 2*2 = 4, t-p-g: 2*1 = 2, t-u-g: 1*0.5 = 0.5; the hostile t-g tie carries nothing.
    expect(r.value.distance).toBe(2);
    expect(r.value.paths).toBe(6.5);
    expect(r.value.brokers).toEqual([
      { actor: "r", name: "R", share: 4 / 6.5, paths: 4 },
      { actor: "p", name: "P", share: 2 / 6.5, paths: 2 },
      { actor: "u", name: "U", share: 0.5 / 6.5, paths: 0.5 },
    ]);
  });

  it("works between sets and reports no path", () => {
    const g = actorNetwork(networkFixture);
    const r = brokerageBetween(g, ["t", "p"], ["g"]);
    // with p on t's side, p-g is a direct tie set aside: t-r-g (2*2), p-r-g (1*2), t-u-g (1*0.5).
    expect(r.brokers.map((b) => [b.actor, b.share])).toEqual([
      ["r", 6 / 6.5],
      ["u", 0.5 / 6.5],
    ]);
    expect(brokerageBetween(g, ["x"], ["g"])).toEqual({
      from: ["x"],
      to: ["g"],
      distance: null,
      paths: 0,
      brokers: [],
    });
  });

  it("refuses unknown and overlapping sides", () => {
    const unknown = brokerage(networkFixture, "nobody", "g");
    expect(unknown.ok ? null : unknown.error.code).toBe("not_found");
    const same = brokerage(networkFixture, "g", "g");
    expect(same.ok ? null : same.error.code).toBe("invalid_input");
  });
});

describe("structuralBalance", () => {
  it("finds two rivals courting the same party", () => {
    expect(structuralBalance(actorNetwork(networkFixture))).toEqual({
      signedTriads: 1,
      balanced: 0,
      unbalanced: [
        {
          actors: ["g", "r", "u"],
          kind: "rivals_courting_same_party",
          courted: "g",
          signs: [1, 1, -1],
        },
      ],
      balanceRatio: 0,
    });
  });
});

describe("blocs", () => {
  it("splits two cooperating triangles joined by one tie, the same way every run", () => {
    const k = testCase({
      actors: ["a", "b", "c", "d", "e", "f"].map((id) => actor(id)),
      relations: [
        ["a", "b"],
        ["a", "c"],
        ["b", "c"],
        ["d", "e"],
        ["d", "f"],
        ["e", "f"],
        ["c", "d"],
      ].map(([s, t]) => ({
        id: `${s}${t}`,
        type: "cooperates_with" as const,
        source: s as string,
        target: t as string,
      })),
    });
    const result = blocs(actorNetwork(k));
    expect(result.blocs).toEqual([
      { id: "bloc-1", members: ["a", "b", "c"] },
      { id: "bloc-2", members: ["d", "e", "f"] },
    ]);
    // Q = 2 * (3/7 - (7/14)^2) = 5/14.
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
    expect(result.byActor.e).toBe("bloc-2");
    expect(blocs(actorNetwork(k))).toEqual(result);
  });
});
