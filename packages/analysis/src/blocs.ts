import { UndirectedGraph } from "graphology";
import louvain from "graphology-communities-louvain";
import type { ActorNetwork } from "./actor-network";
import { seededRandom } from "./seeded-random";

/** One bloc: a community of the cooperation network. */
export interface Bloc {
  /** `bloc-1` is the largest bloc. */
  id: string;
  members: string[];
}

/** The blocs of a network, their modularity, and each actor's bloc. */
export interface Blocs {
  blocs: Bloc[];
  /** Newman's modularity Q of the partition on the cooperation weights. */
  modularity: number;
  byActor: Record<string, string>;
}

/**
 * Blocs: communities found by the Louvain method on the cooperation network, in which a tie
 * weighs its positive plus neutral weight minus its negative weight and ties at or below zero
 * are left out (Louvain needs non-negative weights). The random order is seeded, so the answer is
 * the same every run. Ordered by size, then first member; actors without cooperative ties are
 * blocs of one. V. D. Blondel, J.-L. Guillaume, R. Lambiotte and E. Lefebvre, "Fast unfolding of
 * communities in large networks", J. Stat. Mech. P10008, 2008; modularity after M. E. J. Newman,
 * "Modularity and community structure in networks", PNAS 103(23), 2006.
 */
export function blocs(
  network: ActorNetwork,
  options: { seed?: number; resolution?: number } = {},
): Blocs {
  const cooperation = new UndirectedGraph<Record<string, never>, { weight: number }>();
  network.forEachNode((node) => {
    cooperation.addNode(node);
  });
  network.forEachEdge((_key, tie, a, b) => {
    const weight = tie.positive + tie.neutral - tie.negative;
    if (weight > 0) cooperation.addEdge(a, b, { weight });
  });
  const detailed = louvain.detailed(cooperation, {
    getEdgeWeight: "weight",
    rng: seededRandom(options.seed ?? 1),
    resolution: options.resolution ?? 1,
  });
  const groups = new Map<number, string[]>();
  for (const node of cooperation.nodes()) {
    const community = detailed.communities[node] as number;
    const list = groups.get(community);
    if (list) list.push(node);
    else groups.set(community, [node]);
  }
  const ordered = [...groups.values()]
    .map((members) => members.sort())
    .sort((a, b) => b.length - a.length || ((a[0] as string) < (b[0] as string) ? -1 : 1));
  const byActor: Record<string, string> = {};
  const result = ordered.map((members, i): Bloc => {
    const id = `bloc-${i + 1}`;
    for (const m of members) byActor[m] = id;
    return { id, members };
  });
  return {
    blocs: result,
    modularity: cooperation.size === 0 ? 0 : detailed.modularity,
    byActor,
  };
}
