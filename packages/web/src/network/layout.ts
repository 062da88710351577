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
  labelWidths?: ReadonlyMap<string, number>,
  drawn: Drawing = DRAWN,
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
  return labelWidths ? separateLabels(out, labelBoxes(out, labelWidths, drawn)) : out;
}

/** The size in pixels of the drawing sigma fits the layout into. */
export interface Drawing {
  width: number;
  height: number;
}

/** The drawing assumed when none is given: about the network panel at 1440x900. */
const DRAWN: Drawing = { width: 900, height: 560 };

/** The radius of the smallest and of the largest node the view draws, in pixels. */
export const NODE_RADIUS = { min: 4, max: 18 } as const;

/**
 * Label boxes in layout units for labels `labelWidths` pixels wide, as sigma draws them once it
 * fits the layout into the drawing: the largest node's radius before it (a node's size follows
 * the centrality chosen after the layout), the label 4 px after the node, 16 px high.
 */
export function labelBoxes(
  pos: Positions,
  labelWidths: ReadonlyMap<string, number>,
  drawn: Drawing = DRAWN,
): Map<string, LabelBox> {
  const xs = [...pos.values()].map((p) => p.x);
  const ys = [...pos.values()].map((p) => p.y);
  const unit = Math.max(
    (Math.max(...xs) - Math.min(...xs)) / drawn.width,
    (Math.max(...ys) - Math.min(...ys)) / drawn.height,
    1e-9,
  );
  const boxes = new Map<string, LabelBox>();
  for (const [id, w] of labelWidths) {
    if (pos.has(id)) {
      const r = NODE_RADIUS.max;
      boxes.set(id, { left: r * unit, right: (r + 4 + w) * unit, height: 16 * unit });
    }
  }
  return boxes;
}

/** A node's label box relative to the node: it starts `left` before it and reaches `right` after. */
export interface LabelBox {
  left: number;
  right: number;
  height: number;
}

/**
 * Moves nodes apart until no two label boxes overlap (sigma draws a label to the right of its
 * node): each overlapping pair is pushed apart, half each, along the axis where they overlap
 * less, for at most `rounds` passes over the pairs. Positions and boxes are in one unit; a pair
 * on exactly one spot is split vertically, the later id below. Returns new positions.
 */
export function separateLabels(
  pos: Positions,
  boxes: ReadonlyMap<string, LabelBox>,
  rounds = 200,
): Positions {
  const ids = [...pos.keys()].filter((id) => boxes.has(id)).sort();
  const out: Positions = new Map([...pos].map(([id, p]) => [id, { ...p }]));
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const a = out.get(ids[i] as string) as { x: number; y: number };
        const b = out.get(ids[j] as string) as { x: number; y: number };
        const ba = boxes.get(ids[i] as string) as LabelBox;
        const bb = boxes.get(ids[j] as string) as LabelBox;
        const overlapX =
          Math.min(a.x + ba.right, b.x + bb.right) - Math.max(a.x - ba.left, b.x - bb.left);
        const overlapY =
          Math.min(a.y + ba.height / 2, b.y + bb.height / 2) -
          Math.max(a.y - ba.height / 2, b.y - bb.height / 2);
        if (overlapX <= 0 || overlapY <= 0) continue;
        moved = true;
        if (overlapY <= overlapX) {
          const d = overlapY / 2;
          const up = a.y < b.y || (a.y === b.y && a.x <= b.x);
          a.y += up ? -d : d;
          b.y += up ? d : -d;
        } else {
          const d = overlapX / 2;
          const left = a.x - ba.left < b.x - bb.left;
          a.x += left ? -d : d;
          b.x += left ? d : -d;
        }
      }
    }
    if (!moved) break;
  }
  return out;
}
