import { type Case, err, ok, ParleyError, type Result } from "@parley/core";
import { type ActorNetwork, actorNetwork } from "./actor-network";
import { blocs } from "./blocs";
import type { CaseFilter } from "./case-filter";

/** One intermediary between two sides and how much of the traffic it carries. */
export interface Broker {
  actor: string;
  name: string;
  /** Share of the weighted shortest paths between the sides that pass through it (0..1). */
  share: number;
  /** Weighted number of those paths through it. */
  paths: number;
}

/** Who stands between two actors or blocs. */
export interface Brokerage {
  from: string[];
  to: string[];
  /** Length of the shortest indirect path between the sides, null when there is none. */
  distance: number | null;
  /** Weighted number of shortest indirect paths. */
  paths: number;
  /** Intermediaries by share, largest first (ties by id). */
  brokers: Broker[];
}

function multiSourcePaths(
  network: ActorNetwork,
  from: ReadonlySet<string>,
  usable: (a: string, b: string) => number,
): { dist: Map<string, number>; sigma: Map<string, number> } {
  const dist = new Map<string, number>();
  const sigma = new Map<string, number>();
  const queue: string[] = [];
  for (const s of from) {
    dist.set(s, 0);
    sigma.set(s, 1);
    queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as string;
    const next = (dist.get(v) as number) + 1;
    for (const w of network.neighbors(v)) {
      const weight = usable(v, w);
      if (weight <= 0) continue;
      const dw = dist.get(w);
      if (dw === undefined) {
        dist.set(w, next);
        sigma.set(w, (sigma.get(v) as number) * weight);
        queue.push(w);
      } else if (dw === next) {
        sigma.set(w, (sigma.get(w) as number) + (sigma.get(v) as number) * weight);
      }
    }
  }
  return { dist, sigma };
}

/**
 * Brokerage between two sets of actors in a network: each intermediary's share of the shortest
 * indirect paths between them (Freeman's pair dependency, extended to sets). Paths run over
 * cooperative and neutral ties only (hostile ties carry no traffic); direct ties between the
 * sides are set aside, since a broker is who stands between; a tie of weight w counts as w
 * parallel channels, so a path counts the product of its tie weights.
 * L. C. Freeman, "Centrality in social networks: conceptual clarification", Social Networks 1,
 * 1979; the idea of brokers between groups after R. V. Gould and R. M. Fernandez, "Structures of
 * mediation", Sociological Methodology 19, 1989.
 */
export function brokerageBetween(
  network: ActorNetwork,
  from: readonly string[],
  to: readonly string[],
): Brokerage {
  const a = new Set(from);
  const b = new Set(to);
  const usable = (x: string, y: string): number => {
    if ((a.has(x) && b.has(y)) || (a.has(y) && b.has(x))) return 0;
    const tie = network.getEdgeAttributes(network.edge(x, y) as string);
    return tie.sign < 0 ? 0 : tie.positive + tie.neutral;
  };
  const forward = multiSourcePaths(network, a, usable);
  const backward = multiSourcePaths(network, b, usable);
  let distance: number | null = null;
  for (const t of b) {
    const d = forward.dist.get(t);
    if (d !== undefined && (distance === null || d < distance)) distance = d;
  }
  const result: Brokerage = {
    from: [...a].sort(),
    to: [...b].sort(),
    distance,
    paths: 0,
    brokers: [],
  };
  if (distance === null) return result;
  for (const t of b)
    if (forward.dist.get(t) === distance) result.paths += forward.sigma.get(t) as number;
  for (const [v, d] of forward.dist) {
    if (a.has(v) || b.has(v)) continue;
    const back = backward.dist.get(v);
    if (back === undefined || d + back !== distance) continue;
    const through = (forward.sigma.get(v) as number) * (backward.sigma.get(v) as number);
    result.brokers.push({
      actor: v,
      name: network.getNodeAttribute(v, "name"),
      share: through / result.paths,
      paths: through,
    });
  }
  result.brokers.sort((x, y) => y.share - x.share || (x.actor < y.actor ? -1 : 1));
  return result;
}

/**
 * Resolves a side of a brokerage question: an actor id, else the actors with that `bloc` label,
 * else a Louvain bloc id (`bloc-1`).
 */
export function brokerageSide(network: ActorNetwork, name: string): string[] | null {
  if (network.hasNode(name)) return [name];
  const labelled = network.filterNodes((_n, attrs) => attrs.bloc === name).sort();
  if (labelled.length > 0) return labelled;
  return blocs(network).blocs.find((x) => x.id === name)?.members ?? null;
}

/**
 * Who stands on the paths between two actors or blocs of a case, and how much (see
 * brokerageBetween). Fails with `not_found` when a side names no actor or bloc, and with
 * `invalid_input` when the sides share a member.
 */
export function brokerage(
  c: Case,
  a: string,
  b: string,
  filter: CaseFilter = {},
): Result<Brokerage> {
  const network = actorNetwork(c, filter);
  const from = brokerageSide(network, a);
  const to = brokerageSide(network, b);
  for (const [side, name] of [
    [from, a],
    [to, b],
  ] as const) {
    if (side === null)
      return err(
        new ParleyError(
          "not_found",
          `brokerage: "${name}" is neither an actor id, a bloc label nor a bloc id (bloc-1, bloc-2...) of case "${c.id}"`,
        ),
      );
  }
  const shared = (from as string[]).filter((x) => (to as string[]).includes(x));
  if (shared.length > 0)
    return err(
      new ParleyError(
        "invalid_input",
        `brokerage: "${a}" and "${b}" share ${shared.map((x) => `"${x}"`).join(", ")}; expected two disjoint sides`,
      ),
    );
  return ok(brokerageBetween(network, from as string[], to as string[]));
}
