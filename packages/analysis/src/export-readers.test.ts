import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Case, symmetricRelationTypes } from "@parley/core";
import { loadCaseFolder } from "@parley/core/node";
import { afterAll, describe, expect, it } from "vitest";
import { actorNetwork } from "./actor-network";
import { gexf } from "./export-gexf";
import { graphml } from "./export-graphml";
import { exchangeCase } from "./fixtures/exchange-case";

// Debian's python3-networkx and python3-igraph live under /usr/bin/python3; a `python3` on PATH
// may be another interpreter without them.
const PYTHON = ["/usr/bin/python3", "python3"].find(
  (p) => spawnSync(p, ["-c", "import networkx, igraph"], { stdio: "ignore" }).status === 0,
);
if (PYTHON === undefined)
  console.log(
    "export readers: skipped, no python3 with networkx and igraph (python3-networkx python3-igraph)",
  );

const READ = `
import json, sys, networkx as nx, igraph as ig
out = {}
for name, g in (("networkx-gexf", nx.read_gexf(sys.argv[1])), ("networkx-graphml", nx.read_graphml(sys.argv[2]))):
    out[name] = {"directed": g.is_directed(), "nodes": g.number_of_nodes(),
                 "edges": sorted([u, v, d["tie"]] for u, v, d in g.edges(data=True))}
h = ig.Graph.Read_GraphML(sys.argv[2])
out["igraph-graphml"] = {"directed": h.is_directed(), "nodes": h.vcount(),
                         "edges": sorted([h.vs[e.source]["id"], h.vs[e.target]["id"], e["tie"]] for e in h.es)}
print(json.dumps(out))
`;

interface Read {
  directed: boolean;
  nodes: number;
  edges: [string, string, string][];
}

const dir = mkdtempSync(join(tmpdir(), "parley-readers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function readWithPython(c: Case): Record<string, Read> {
  const g = join(dir, `${c.id}.gexf`);
  const m = join(dir, `${c.id}.graphml`);
  writeFileSync(g, gexf(c, { date: "2024-01-02" }));
  writeFileSync(m, graphml(c));
  return JSON.parse(execFileSync(PYTHON as string, ["-c", READ, g, m], { encoding: "utf8" }));
}

const has = (r: Read, s: string, t: string, tie: string) =>
  r.edges.some(([a, b, x]) => a === s && b === t && x === tie);

describe.skipIf(PYTHON === undefined)("exports read by NetworkX and igraph", () => {
  it("the exchange fixture: 4 nodes, a symmetric tie both ways, an asymmetric one way", () => {
    const reads = readWithPython(exchangeCase());
    expect(Object.keys(reads)).toEqual(["networkx-gexf", "networkx-graphml", "igraph-graphml"]);
    for (const r of Object.values(reads)) {
      expect(r.directed).toBe(true);
      expect(r.nodes).toBe(4);
      // contacts (symmetric) and co-participation twice each, supports and opposes once.
      expect(r.edges).toEqual([
        ["russia", "afghan-government", "supports"],
        ["russia", "taliban", "co-participation"],
        ["russia", "taliban", "contacts"],
        ["taliban", "afghan-government", "opposes"],
        ["taliban", "russia", "co-participation"],
        ["taliban", "russia", "contacts"],
      ]);
    }
  });

  it("the Afghanistan case: every relation read, symmetric ones both ways", () => {
    const r = loadCaseFolder(fileURLToPath(new URL("../../../cases/afghanistan", import.meta.url)));
    if (!r.ok) throw r.error;
    const c = r.value;
    const net = actorNetwork(c);
    const symmetric = c.relations.filter((x) => symmetricRelationTypes.has(x.type));
    const asymmetric = c.relations.filter((x) => !symmetricRelationTypes.has(x.type));
    expect(symmetric.length).toBeGreaterThan(0);
    expect(asymmetric.length).toBeGreaterThan(0);
    let coTies = 0;
    net.forEachEdge((_k, t) => {
      if (t.events.length > 0) coTies++;
    });
    const expected = asymmetric.length + 2 * symmetric.length + 2 * coTies;
    const reads = readWithPython(c);
    const sym = symmetric[0];
    const asym = asymmetric.find(
      (x) =>
        !c.relations.some(
          (y) => y.type === x.type && y.source === x.target && y.target === x.source,
        ),
    );
    for (const [name, read] of Object.entries(reads)) {
      expect([name, read.directed, read.nodes, read.edges.length]).toEqual([
        name,
        true,
        net.order,
        expected,
      ]);
      if (sym === undefined || asym === undefined) throw new Error("fixture lacks a tie");
      expect(has(read, sym.source, sym.target, sym.type)).toBe(true);
      expect(has(read, sym.target, sym.source, sym.type)).toBe(true);
      expect(has(read, asym.source, asym.target, asym.type)).toBe(true);
      expect(has(read, asym.target, asym.source, asym.type)).toBe(false);
    }
  });
});
