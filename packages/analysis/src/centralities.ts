import type { AbstractGraph, Attributes } from "graphology-types";
import { brandesDependencies } from "./betweenness-centrality";
import { type GraphArrays, graphArrays } from "./graph-arrays";

/** Every centrality of one node. */
export interface NodeCentrality {
  node: string;
  /** Number of neighbours. */
  degree: number;
  /** Sum of tie weights. */
  weightedDegree: number;
  /** Freeman betweenness, normalised to 0..1 (see betweennessCentrality). */
  betweenness: number;
  /** Closeness with the Wasserman-Faust correction for disconnected graphs. */
  closeness: number;
  /** Eigenvector centrality on tie weights, unit Euclidean norm. */
  eigenvector: number;
  /** PageRank on tie weights, damping 0.85; sums to 1. */
  pagerank: number;
}

/** Options: the tie weight (default the `weight` attribute, else 1). */
export interface CentralityOptions<E extends Attributes> {
  weight?: (attributes: E) => number;
}

/**
 * Closeness of each node over unweighted shortest paths, corrected for disconnected graphs:
 * (r / (n-1)) * (r / sum of distances to the r nodes it reaches); 0 when it reaches none.
 * S. Wasserman and K. Faust, Social Network Analysis, Cambridge UP, 1994, p. 201.
 */
export function closenessOf(g: GraphArrays): Float64Array {
  const n = g.nodes.length;
  const out = new Float64Array(n);
  const dist = new Int32Array(n);
  const queue = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    dist.fill(-1);
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = s;
    let total = 0;
    while (head < tail) {
      const v = queue[head++] as number;
      for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
        const w = g.targets[e] as number;
        if (dist[w] === -1) {
          dist[w] = (dist[v] as number) + 1;
          total += dist[w] as number;
          queue[tail++] = w;
        }
      }
    }
    const reached = tail - 1;
    out[s] = reached > 0 && n > 1 ? (reached / (n - 1)) * (reached / total) : 0;
  }
  return out;
}

/**
 * Eigenvector centrality: the principal eigenvector of the weighted adjacency matrix, found by
 * power iteration on A + I (same eigenvector, no oscillation on bipartite graphs), scaled to unit
 * Euclidean norm. P. Bonacich, "Factoring and weighting approaches to status scores and clique
 * identification", J. Math. Sociol. 2(1), 1972.
 */
export function eigenvectorOf(
  g: GraphArrays,
  tolerance = 1e-12,
  maxIterations = 10_000,
): Float64Array {
  const n = g.nodes.length;
  let x = new Float64Array(n).fill(n > 0 ? 1 / Math.sqrt(n) : 0);
  for (let it = 0; it < maxIterations; it++) {
    const next = Float64Array.from(x);
    for (let v = 0; v < n; v++) {
      for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
        const w = g.targets[e] as number;
        next[w] = (next[w] as number) + (g.weights[e] as number) * (x[v] as number);
      }
    }
    let norm = 0;
    for (let v = 0; v < n; v++) norm += (next[v] as number) ** 2;
    norm = Math.sqrt(norm);
    let change = 0;
    for (let v = 0; v < n; v++) {
      next[v] = norm > 0 ? (next[v] as number) / norm : 0;
      change += Math.abs((next[v] as number) - (x[v] as number));
    }
    x = next;
    if (change < n * tolerance) break;
  }
  return x;
}

/**
 * PageRank with damping d = 0.85 on tie weights: each node passes its rank to its neighbours in
 * proportion to tie weight; nodes without ties spread theirs evenly. Sums to 1.
 * S. Brin and L. Page, "The anatomy of a large-scale hypertextual Web search engine", 1998.
 */
export function pagerankOf(
  g: GraphArrays,
  damping = 0.85,
  tolerance = 1e-12,
  maxIterations = 10_000,
): Float64Array {
  const n = g.nodes.length;
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++)
    for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++)
      strength[v] = (strength[v] as number) + (g.weights[e] as number);
  let x = new Float64Array(n).fill(n > 0 ? 1 / n : 0);
  for (let it = 0; it < maxIterations; it++) {
    let dangling = 0;
    for (let v = 0; v < n; v++) if (strength[v] === 0) dangling += x[v] as number;
    const next = new Float64Array(n).fill((1 - damping) / n + (damping * dangling) / n);
    for (let v = 0; v < n; v++) {
      if (strength[v] === 0) continue;
      const share = (damping * (x[v] as number)) / (strength[v] as number);
      for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++) {
        const w = g.targets[e] as number;
        next[w] = (next[w] as number) + share * (g.weights[e] as number);
      }
    }
    let change = 0;
    for (let v = 0; v < n; v++) change += Math.abs((next[v] as number) - (x[v] as number));
    x = next;
    if (change < n * tolerance) break;
  }
  return x;
}

/**
 * Degree, weighted degree, betweenness, closeness, eigenvector and PageRank of every node of an
 * undirected graph (paths count hops; eigenvector and PageRank use tie weights), ordered by
 * betweenness, then weighted degree, then node id.
 */
export function centralities<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: CentralityOptions<E> = {},
): NodeCentrality[] {
  const weight =
    options.weight ?? ((a: E) => (typeof a.weight === "number" ? (a.weight as number) : 1));
  const g = graphArrays(graph, { weight });
  const n = g.nodes.length;
  const between = brandesDependencies(g);
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const close = closenessOf(g);
  const eigen = eigenvectorOf(g);
  const rank = pagerankOf(g);
  const rows = g.nodes.map((node, v): NodeCentrality => {
    let weighted = 0;
    for (let e = g.offsets[v] as number; e < (g.offsets[v + 1] as number); e++)
      weighted += g.weights[e] as number;
    return {
      node,
      degree: (g.offsets[v + 1] as number) - (g.offsets[v] as number),
      weightedDegree: weighted,
      betweenness: (between[v] as number) * scale,
      closeness: close[v] as number,
      eigenvector: eigen[v] as number,
      pagerank: rank[v] as number,
    };
  });
  return rows.sort(
    (a, b) =>
      b.betweenness - a.betweenness ||
      b.weightedDegree - a.weightedDegree ||
      (a.node < b.node ? -1 : a.node > b.node ? 1 : 0),
  );
}
