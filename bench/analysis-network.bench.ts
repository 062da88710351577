// Betweenness on a synthetic network of 10,000 actors and 200,000 ties: Parley's Brandes on typed
// arrays against graphology-metrics, igraph (C) and NetworkX, on the same graph in the same run.
// Usage: node --import tsx bench/analysis-network.bench.ts [--with-graphology]
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { UndirectedGraph } from "graphology";
import graphologyBetweenness from "graphology-metrics/centrality/betweenness";
import { brandesDependencies } from "../packages/analysis/src/betweenness-centrality";
import { graphArraysFromEdges } from "../packages/analysis/src/graph-arrays";
import { seededRandom } from "../packages/analysis/src/seeded-random";
import { median } from "./stats";

const NODES = 10_000;
const TIES = 200_000;
const RUNS = 3;
// NetworkX would take most of an hour for every source; it runs from a sample of sources, and so
// does Parley once more on the very same sample.
const SAMPLE = 100;
const PYTHON = "/usr/bin/python3";

function time<T>(f: () => T): [number, T] {
  const t0 = performance.now();
  const value = f();
  return [(performance.now() - t0) / 1000, value];
}

// G(n, m): TIES distinct ties drawn uniformly with a fixed seed.
const random = seededRandom(2018);
const seen = new Set<number>();
const sources = new Int32Array(TIES);
const targets = new Int32Array(TIES);
for (let e = 0; e < TIES; ) {
  const a = Math.floor(random() * NODES);
  const b = Math.floor(random() * NODES);
  if (a === b) continue;
  const key = Math.min(a, b) * NODES + Math.max(a, b);
  if (seen.has(key)) continue;
  seen.add(key);
  sources[e] = a;
  targets[e] = b;
  e++;
}
const sample = Int32Array.from({ length: SAMPLE }, (_, i) => Math.floor((i * NODES) / SAMPLE));

const dir = mkdtempSync(join(tmpdir(), "parley-bench-"));
const edgeFile = join(dir, "edges.txt");
const lines: string[] = [];
for (let e = 0; e < TIES; e++) lines.push(`${sources[e]} ${targets[e]}`);
writeFileSync(edgeFile, `${lines.join("\n")}\n`);
const sampleFile = join(dir, "sample.txt");
writeFileSync(sampleFile, Array.from(sample).join("\n"));

// One Python process answers requests on stdin, so that each round times Parley, igraph and
// NetworkX back to back under the same load (this machine is shared and noisy).
const python = `
import json, sys, time
import igraph, networkx
edges, sample_file, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
pairs = [tuple(map(int, l.split())) for l in open(edges) if l.strip()]
sample = [int(l) for l in open(sample_file) if l.strip()]
g = igraph.Graph(n=n, edges=pairs, directed=False)
G = networkx.Graph(); G.add_nodes_from(range(n)); G.add_edges_from(pairs)
print(json.dumps({"versions": {"igraph": igraph.__version__, "networkx": networkx.__version__,
  "python": sys.version.split()[0]}}), flush=True)
for line in sys.stdin:
    what = line.strip()
    t = time.perf_counter()
    if what == "igraph":
        values = g.betweenness(directed=False)
    else:
        result = networkx.betweenness_centrality_subset(G, sample, list(G.nodes()), normalized=False)
        values = [result[i] for i in range(n)]
    print(json.dumps({"seconds": time.perf_counter() - t, "values": values}), flush=True)
`;

const child = spawn(PYTHON, ["-c", python, edgeFile, sampleFile, String(NODES)], {
  stdio: ["pipe", "pipe", "inherit"],
});
const replies = createInterface({ input: child.stdout as NodeJS.ReadableStream })[
  Symbol.asyncIterator
]();
async function reply<T>(): Promise<T> {
  const next = await replies.next();
  if (next.done) throw new Error("the Python side ended early");
  return JSON.parse(next.value as string) as T;
}
async function ask(what: "igraph" | "networkx"): Promise<{ seconds: number; values: number[] }> {
  child.stdin?.write(`${what}\n`);
  return reply();
}
const { versions } = await reply<{ versions: Record<string, string> }>();

const arrays = graphArraysFromEdges(NODES, sources, targets);
const oursFull: number[] = [];
const oursSample: number[] = [];
const igraphFull: number[] = [];
const nxSample: number[] = [];
let igDiff = 0;
let nxDiff = 0;
let full: Float64Array = new Float64Array(0);
for (let r = 0; r < RUNS; r++) {
  const [t1, v1] = time(() => brandesDependencies(arrays));
  oursFull.push(t1);
  full = v1;
  const ig = await ask("igraph");
  igraphFull.push(ig.seconds);
  const [t2, v2] = time(() => brandesDependencies(arrays, sample));
  oursSample.push(t2);
  const nx = await ask("networkx");
  nxSample.push(nx.seconds);
  // Undirected betweenness counts unordered pairs: half of Brandes' ordered-pair dependencies.
  for (let i = 0; i < NODES; i++) {
    igDiff = Math.max(igDiff, Math.abs((ig.values[i] as number) - (v1[i] as number) / 2));
    nxDiff = Math.max(nxDiff, Math.abs((nx.values[i] as number) - (v2[i] as number) / 2));
  }
  console.error(
    `round ${r + 1}: Parley ${t1.toFixed(1)} s, igraph ${ig.seconds.toFixed(1)} s, Parley sample ${t2.toFixed(2)} s, NetworkX sample ${nx.seconds.toFixed(1)} s`,
  );
}
child.stdin?.end();

// graphology-metrics took 13 minutes in the recorded run: only on request.
let graphologyTime: number | null = null;
let graphologyDiff: number | null = null;
if (process.argv.includes("--with-graphology")) {
  const graph = new UndirectedGraph();
  for (let i = 0; i < NODES; i++) graph.addNode(String(i));
  for (let e = 0; e < TIES; e++) graph.addEdge(String(sources[e]), String(targets[e]));
  const [t, v] = time(() => graphologyBetweenness(graph, { normalized: false }));
  graphologyTime = t;
  graphologyDiff = 0;
  for (let i = 0; i < NODES; i++)
    graphologyDiff = Math.max(
      graphologyDiff,
      Math.abs((v[String(i)] as number) - (full[i] as number) / 2),
    );
}
rmSync(dir, { recursive: true, force: true });
const out = { versions };
const ratio = (xs: number[], ys: number[]) => median(xs.map((x, i) => x / (ys[i] as number)));

const ours = median(oursFull);
const igraph = median(igraphFull);
const oursS = median(oursSample);
const nxS = median(nxSample);
const nxFull = (nxS * NODES) / SAMPLE;
const fmt = (s: number) => `${s.toFixed(2)} s`;
console.log(
  `machine: ${cpus()[0]?.model} x${cpus().length}, node ${process.version}, python ${out.versions.python}`,
);
console.log(`date: ${new Date().toISOString().slice(0, 10)}`);
console.log(`graph: G(n, m) with n = ${NODES}, m = ${TIES}, seed 2018; medians of ${RUNS} runs`);
console.log(`| implementation | all sources | ${SAMPLE} sources | max abs difference |`);
console.log("| --- | --- | --- | --- |");
console.log(`| Parley (Brandes, typed arrays) | ${fmt(ours)} | ${fmt(oursS)} | reference |`);
console.log(
  `| igraph ${out.versions.igraph} (C) | ${fmt(igraph)} | - | ${igDiff.toExponential(1)} |`,
);
console.log(
  `| NetworkX ${out.versions.networkx} | ~${fmt(nxFull)} (extrapolated) | ${fmt(nxS)} | ${nxDiff.toExponential(1)} |`,
);
if (graphologyTime !== null)
  console.log(
    `| graphology-metrics (1 run) | ${fmt(graphologyTime)} | - | ${graphologyDiff?.toExponential(1)} |`,
  );
console.log(
  `Parley vs NetworkX on the same ${SAMPLE} sources: ${ratio(nxSample, oursSample).toFixed(0)}x faster (median of per-round ratios)`,
);
console.log(
  `Parley vs igraph, all sources: ${ratio(oursFull, igraphFull).toFixed(2)}x igraph's time (median of per-round ratios)`,
);
