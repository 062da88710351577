import type { AbstractGraph, Attributes } from "graphology-types";
import { type GraphArrays, graphArrays } from "./graph-arrays";

/**
 * Brandes' accumulated dependencies over unweighted shortest paths: for each node v, the sum
 * over ordered pairs (s, t), s in `sources` (default all nodes), of sigma_st(v) / sigma_st.
 * On an undirected graph with all sources, halve it for Freeman's betweenness.
 * U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2), 2001.
 * Runs on typed arrays and finds predecessors by distance instead of storing lists.
 */
export function brandesDependencies(g: GraphArrays, sources?: ArrayLike<number>): Float64Array {
  const n = g.nodes.length;
  const { offsets, targets } = g;
  const result = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  const count = sources ? sources.length : n;
  for (let k = 0; k < count; k++) {
    const s = sources ? (sources[k] as number) : k;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    dist[s] = 0;
    sigma[s] = 1;
    while (head < tail) {
      const v = order[head++] as number;
      const next = (dist[v] as number) + 1;
      const sv = sigma[v] as number;
      const end = offsets[v + 1] as number;
      for (let e = offsets[v] as number; e < end; e++) {
        const w = targets[e] as number;
        const dw = dist[w] as number;
        if (dw < 0) {
          dist[w] = next;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw === next) {
          sigma[w] = (sigma[w] as number) + sv;
        }
      }
    }
    // Nodes in reverse order of distance; a predecessor of w is any neighbour one step closer.
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i] as number;
      const coefficient = (1 + (delta[w] as number)) / (sigma[w] as number);
      const before = (dist[w] as number) - 1;
      const end = offsets[w + 1] as number;
      for (let e = offsets[w] as number; e < end; e++) {
        const v = targets[e] as number;
        if (dist[v] === before)
          delta[v] = (delta[v] as number) + (sigma[v] as number) * coefficient;
      }
      result[w] = (result[w] as number) + (delta[w] as number);
    }
    for (let i = 0; i < tail; i++) {
      const v = order[i] as number;
      dist[v] = -1;
      sigma[v] = 0;
      delta[v] = 0;
    }
  }
  return result;
}

/**
 * Freeman's betweenness of each node of an undirected graph over unweighted shortest paths: the
 * share of shortest paths between other pairs that pass through it, summed over unordered pairs
 * and divided by (n-1)(n-2)/2 so that the centre of a star scores 1.
 * L. C. Freeman, "A set of measures of centrality based on betweenness", Sociometry 40(1), 1977;
 * computed with Brandes' algorithm (2001).
 */
export function betweennessCentrality<N extends Attributes, E extends Attributes>(
  graph: AbstractGraph<N, E>,
  options: { keep?: (attributes: E) => boolean } = {},
): Record<string, number> {
  const g = graphArrays(graph, options.keep ? { keep: options.keep } : {});
  const raw = brandesDependencies(g);
  const n = g.nodes.length;
  const scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 0;
  const out: Record<string, number> = {};
  // Ordered pairs count each path twice; (n-1)(n-2) is twice the number of unordered pairs.
  g.nodes.forEach((node, i) => {
    out[node] = (raw[i] as number) * scale;
  });
  return out;
}
