import { type ActorNetwork, brokerageSide } from "@parley/analysis";

/** One tie on a path: the two actors and the relations and held events behind it. */
export interface PathTie {
  a: string;
  b: string;
  relations: string[];
  events: string[];
}

/**
 * The shortest indirect paths between two sides of a network that brokerage counts (over
 * cooperative and neutral ties, direct ties between the sides set aside), as actor sequences,
 * at most `limit` of them, in order of their actor ids. Null when a side names nothing.
 */
export function shortestBrokerPaths(
  network: ActorNetwork,
  a: string,
  b: string,
  limit = 50,
): string[][] | null {
  const from = brokerageSide(network, a);
  const to = brokerageSide(network, b);
  if (!from || !to) return null;
  const A = new Set(from);
  const B = new Set(to);
  const usable = (x: string, y: string) => {
    if ((A.has(x) && B.has(y)) || (A.has(y) && B.has(x))) return false;
    const tie = network.getEdgeAttributes(network.edge(x, y) as string);
    return tie.sign >= 0 && tie.positive + tie.neutral > 0;
  };
  const bfs = (start: Set<string>) => {
    const dist = new Map<string, number>();
    const queue = [...start];
    for (const s of start) dist.set(s, 0);
    for (let h = 0; h < queue.length; h++) {
      const v = queue[h] as string;
      for (const w of network.neighbors(v)) {
        if (dist.has(w) || !usable(v, w)) continue;
        dist.set(w, (dist.get(v) as number) + 1);
        queue.push(w);
      }
    }
    return dist;
  };
  const da = bfs(A);
  const db = bfs(B);
  let d: number | undefined;
  for (const t of B) {
    const x = da.get(t);
    if (x !== undefined && (d === undefined || x < d)) d = x;
  }
  if (d === undefined) return [];
  const total = d;
  const paths: string[][] = [];
  const walk = (path: string[]) => {
    if (paths.length >= limit) return;
    const v = path.at(-1) as string;
    const i = path.length - 1;
    if (i === total) {
      if (B.has(v)) paths.push([...path]);
      return;
    }
    for (const w of [...network.neighbors(v)].sort()) {
      if (da.get(w) === i + 1 && db.get(w) === total - i - 1 && usable(v, w)) walk([...path, w]);
    }
  };
  for (const s of [...A].sort()) if (db.get(s) === total) walk([s]);
  return paths;
}

/** The ties along a path, each with the relations and held events behind it. */
export function pathTies(network: ActorNetwork, path: string[]): PathTie[] {
  return path.slice(1).map((b, i) => {
    const a = path[i] as string;
    const t = network.getEdgeAttributes(network.edge(a, b) as string);
    return { a, b, relations: t.relations, events: t.events };
  });
}
