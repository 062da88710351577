import type { AbstractGraph, Attributes } from "graphology-types";

/**
 * A graph in compressed sparse row form: node `i`'s neighbours are
 * `targets[offsets[i] .. offsets[i+1])`, with the matching `weights`. Undirected ties appear in
 * both directions. What the fast algorithms run on.
 */
export interface GraphArrays {
  nodes: string[];
  index: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
}

/** Options for graphArrays: which ties to keep and how much each weighs (default 1). */
export interface GraphArraysOptions<E extends Attributes> {
  keep?: (attributes: E) => boolean;
  weight?: (attributes: E) => number;
}

/** The CSR form of a graphology graph (see GraphArrays); directed edges stay one-way. */
export function graphArrays<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: GraphArraysOptions<E> = {},
): GraphArrays {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((n, i) => [n, i]));
  const n = nodes.length;
  const degree = new Int32Array(n + 1);
  const edges: [number, number, number, boolean][] = [];
  graph.forEachEdge((_key, attributes, source, target, _sa, _ta, undirected) => {
    if (options.keep && !options.keep(attributes)) return;
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    const w = options.weight ? options.weight(attributes) : 1;
    edges.push([s, t, w, undirected]);
    degree[s] = (degree[s] as number) + 1;
    if (undirected && s !== t) degree[t] = (degree[t] as number) + 1;
  });
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + (degree[i] as number);
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  const put = (s: number, t: number, w: number) => {
    const at = fill[s] as number;
    targets[at] = t;
    weights[at] = w;
    fill[s] = at + 1;
  };
  for (const [s, t, w, undirected] of edges) {
    put(s, t, w);
    if (undirected && s !== t) put(t, s, w);
  }
  return { nodes, index, offsets, targets, weights };
}

/** CSR arrays from an undirected edge list over nodes 0..n-1 (for synthetic graphs and tests). */
export function graphArraysFromEdges(
  n: number,
  sources: Int32Array,
  targets: Int32Array,
): GraphArrays {
  const degree = new Int32Array(n);
  for (let e = 0; e < sources.length; e++) {
    degree[sources[e] as number] = (degree[sources[e] as number] as number) + 1;
    degree[targets[e] as number] = (degree[targets[e] as number] as number) + 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i] as number) + (degree[i] as number);
  const fill = offsets.slice(0, n);
  const out = new Int32Array(offsets[n] as number);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e] as number;
    const t = targets[e] as number;
    out[fill[s] as number] = t;
    fill[s] = (fill[s] as number) + 1;
    out[fill[t] as number] = s;
    fill[t] = (fill[t] as number) + 1;
  }
  const nodes = Array.from({ length: n }, (_, i) => String(i));
  return {
    nodes,
    index: new Map(nodes.map((x, i) => [x, i])),
    offsets,
    targets: out,
    weights: new Float64Array(out.length).fill(1),
  };
}
