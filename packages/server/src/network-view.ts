import {
  type ActorNetwork,
  actorNetwork,
  blocs,
  type CaseFilter,
  centralities,
  filterCase,
  structuralBalance,
  subjectSupport,
} from "@parley/analysis";
import { type Case, defaultRelationSign } from "@parley/core";

/**
 * The actor network of a case as the web app draws it: nodes with every centrality and their
 * Louvain bloc, one edge per relation with its type, sign and the firmest hedge it rests on,
 * the summed ties between actors (relations plus meetings attended together), the blocs and
 * structural balance.
 */
export function networkView(c: Case, filter: CaseFilter) {
  const k = filterCase(c, filter);
  const network: ActorNetwork = actorNetwork(k);
  const central = new Map(centralities(network).map((x) => [x.node, x]));
  const found = blocs(network);
  const nodes = network.mapNodes((id, a) => {
    const m = central.get(id);
    return {
      id,
      name: a.name,
      kind: a.kind,
      ...(a.bloc !== undefined ? { bloc: a.bloc } : {}),
      community: found.byActor[id] ?? null,
      degree: m?.degree ?? 0,
      weightedDegree: m?.weightedDegree ?? 0,
      betweenness: m?.betweenness ?? 0,
      closeness: m?.closeness ?? 0,
      eigenvector: m?.eigenvector ?? 0,
      pagerank: m?.pagerank ?? 0,
    };
  });
  const edges = k.relations.map((r) => {
    const support = subjectSupport(k, `relation:${r.id}`);
    return {
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      sign: r.sign ?? defaultRelationSign[r.type],
      strength: r.strength ?? 1,
      hedge: support.basis,
      claims: support.supporting.map((x) => x.id),
      denied: support.denying.map((x) => x.id),
    };
  });
  const ties = network.mapEdges((_key, t, source, target) => ({ source, target, ...t }));
  const balance = structuralBalance(network);
  return {
    nodes,
    edges,
    ties,
    blocs: found.blocs,
    modularity: found.modularity,
    balance: {
      signedTriads: balance.signedTriads,
      balanced: balance.balanced,
      balanceRatio: balance.balanceRatio,
    },
  };
}
