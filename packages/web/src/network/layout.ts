/**
 * Node positions for the network view: ForceAtlas2 (Jacomy, Venturini, Heymann and Bastian,
 * "ForceAtlas2, a continuous graph layout algorithm", PLoS ONE 9(6), 2014) with settings inferred
 * from the graph's order, then Noverlap so that no two actors sit on one another; a phyllotaxis
 * spiral for large networks where the iterations cost too much.
 */
import { UndirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";

/** Positions by node id, in an arbitrary unit square-ish space. */
export type Positions = Map<string, { x: number; y: number }>;

/** Above this many actors the view keeps the spiral: the force layout would stall the page. */
const LAYOUT_LIMIT = 600;

/** Sunflower spiral positions: even density, deterministic, O(n). */
export function spiralLayout(ids: readonly string[]): Positions {
  const golden = Math.PI * (3 - Math.sqrt(5));
  const out: Positions = new Map();
  ids.forEach((id, i) => {
    const r = Math.sqrt(i + 0.5);
    out.set(id, { x: r * Math.cos(i * golden), y: r * Math.sin(i * golden) });
  });
  return out;
}

/**
 * ForceAtlas2 from the spiral (so the result is the same on every load), the repeated links of a
 * pair weighing more, then Noverlap with a radius of two fifths of the mean spacing. Unlinked actors
 * stay near the centre through FA2's gravity.
 */
export function forceLayout(
  ids: readonly string[],
  links: ReadonlyArray<readonly [string, string]>,
  iterations = 400,
): Positions {
  const start = spiralLayout(ids);
  if (ids.length > LAYOUT_LIMIT || ids.length < 2) return start;
  const g = new UndirectedGraph<{ x: number; y: number; size: number }, { weight: number }>();
  for (const id of ids) {
    const p = start.get(id) ?? { x: 0, y: 0 };
    g.addNode(id, { x: p.x, y: p.y, size: 1 });
  }
  for (const [a, b] of links) {
    if (a === b || !g.hasNode(a) || !g.hasNode(b)) continue;
    if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, "weight", (w) => (w ?? 0) + 1);
    else g.addEdge(a, b, { weight: 1 });
  }
  forceAtlas2.assign(g, {
    iterations,
    getEdgeWeight: "weight",
    // Hubs' neighbours are pushed out from the hub ("dissuade hubs") so that a busy actor's ties
    // can be told apart; a light gravity keeps unlinked actors on the page.
    settings: {
      ...forceAtlas2.inferSettings(g),
      gravity: 0.5,
      scalingRatio: 20,
      outboundAttractionDistribution: true,
    },
  });
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  g.forEachNode((_, a) => {
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
    minY = Math.min(minY, a.y);
    maxY = Math.max(maxY, a.y);
  });
  const spacing = Math.max(maxX - minX, maxY - minY, 1e-6) / Math.sqrt(ids.length);
  g.forEachNode((id) => g.setNodeAttribute(id, "size", spacing / 2.5));
  noverlap.assign(g, { maxIterations: 200, settings: { margin: spacing / 6, ratio: 1 } });
  const out: Positions = new Map();
  g.forEachNode((id, a) => {
    out.set(id, { x: a.x, y: a.y });
  });
  return out;
}
