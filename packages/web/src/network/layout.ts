/**
 * Node positions for the network view: a force-directed layout (Fruchterman and Reingold,
 * "Graph drawing by force-directed placement", Software: Practice and Experience 21, 1991) for
 * small networks, and a phyllotaxis spiral for large ones where O(n²) forces cost too much.
 */

/** Positions by node id, in an arbitrary unit square-ish space. */
export type Positions = Map<string, { x: number; y: number }>;

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
 * Fruchterman-Reingold: nodes repel with k²/d, linked nodes attract with d²/k, the step cools
 * linearly. Starts from the spiral so the result is the same on every load.
 */
export function forceLayout(
  ids: readonly string[],
  links: ReadonlyArray<readonly [string, string]>,
  iterations = 300,
): Positions {
  const n = ids.length;
  const pos = spiralLayout(ids);
  if (n > 600) return pos;
  const index = new Map(ids.map((id, i) => [id, i]));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  ids.forEach((id, i) => {
    const p = pos.get(id);
    xs[i] = p?.x ?? 0;
    ys[i] = p?.y ?? 0;
  });
  const edges: Array<[number, number]> = [];
  for (const [a, b] of links) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined && i !== j) edges.push([i, j]);
  }
  const area = n * 4;
  const k = Math.sqrt(area / Math.max(n, 1));
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = Math.sqrt(area) / 4;
  const cool = temperature / (iterations + 1);
  for (let it = 0; it < iterations; it++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        let ex = (xs[i] as number) - (xs[j] as number);
        let ey = (ys[i] as number) - (ys[j] as number);
        let d2 = ex * ex + ey * ey;
        if (d2 < 1e-6) {
          ex = 0.01 * (i - j);
          ey = 0.01;
          d2 = ex * ex + ey * ey;
        }
        const f = (k * k) / d2;
        dx[i] = (dx[i] as number) + ex * f;
        dy[i] = (dy[i] as number) + ey * f;
        dx[j] = (dx[j] as number) - ex * f;
        dy[j] = (dy[j] as number) - ey * f;
      }
    }
    for (const [i, j] of edges) {
      const ex = (xs[i] as number) - (xs[j] as number);
      const ey = (ys[i] as number) - (ys[j] as number);
      const d = Math.sqrt(ex * ex + ey * ey) || 0.01;
      const f = d / k;
      dx[i] = (dx[i] as number) - ex * f;
      dy[i] = (dy[i] as number) - ey * f;
      dx[j] = (dx[j] as number) + ex * f;
      dy[j] = (dy[j] as number) + ey * f;
    }
    for (let i = 0; i < n; i++) {
      // A weak pull to the centre keeps unlinked actors from drifting off.
      dx[i] = (dx[i] as number) - (xs[i] as number) * 0.4;
      dy[i] = (dy[i] as number) - (ys[i] as number) * 0.4;
      const d = Math.sqrt((dx[i] as number) ** 2 + (dy[i] as number) ** 2) || 1;
      const step = Math.min(d, temperature);
      xs[i] = (xs[i] as number) + ((dx[i] as number) / d) * step;
      ys[i] = (ys[i] as number) + ((dy[i] as number) / d) * step;
    }
    temperature -= cool;
  }
  const out: Positions = new Map();
  ids.forEach((id, i) => {
    out.set(id, { x: xs[i] as number, y: ys[i] as number });
  });
  return out;
}
