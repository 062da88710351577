import {
  type ActorKind,
  type Case,
  defaultRelationSign,
  type RelationType,
  type Role,
} from "@parley/core";
import { UndirectedGraph } from "graphology";
import { type CaseFilter, filterCase } from "./case-filter";

/** A node of the actor network: one actor. */
export interface ActorNode {
  name: string;
  kind: ActorKind | "unknown";
  /** The analyst's bloc label, when the case gives one. */
  bloc?: string;
}

/** A tie of the actor network: everything that links two actors, summed. */
export interface ActorTie {
  /** Total weight: positive + negative + neutral. */
  weight: number;
  /** Weight of cooperative ties (relations with sign +1). */
  positive: number;
  /** Weight of hostile ties (relations with sign -1). */
  negative: number;
  /** Weight of neutral ties (sign 0 relations, co-participation in held events). */
  neutral: number;
  /** +1 when positive outweighs negative, -1 when negative outweighs positive, else 0. */
  sign: -1 | 0 | 1;
  /** Ids of the relations behind the tie. */
  relations: string[];
  /** Ids of the held events both actors took part in. */
  events: string[];
}

export type ActorNetwork = UndirectedGraph<ActorNode, ActorTie>;

/** Roles in which an actor is present at an event; invitations and exclusions are not presence. */
export const presentRoles: ReadonlySet<Role> = new Set([
  "host",
  "convenor",
  "attendee",
  "observer",
  "mediator",
  "signatory",
  "witness",
]);

/** The key of the tie between two actors, independent of their order. */
export function tieKey(a: string, b: string): string {
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}

function emptyTie(): ActorTie {
  return { weight: 0, positive: 0, negative: 0, neutral: 0, sign: 0, relations: [], events: [] };
}

/**
 * The actor network of a case under a filter: one node per actor, one undirected tie per pair of
 * actors linked by relations or by being present together at held events. A relation adds its
 * strength (default 1) to the positive, negative or neutral weight by its sign (its own, else its
 * type's default: supports +, opposes -); each held event two actors attend together adds 1 to
 * the neutral weight. The tie's sign is the sign of positive minus negative weight (a signed
 * graph after Cartwright and Harary, "Structural balance", Psychological Review 63, 1956).
 */
export function actorNetwork(c: Case, filter: CaseFilter = {}): ActorNetwork {
  const k = filterCase(c, filter);
  const g: ActorNetwork = new UndirectedGraph<ActorNode, ActorTie>();
  for (const a of k.actors) {
    const node: ActorNode = { name: a.name, kind: a.kind };
    if (a.bloc !== undefined) node.bloc = a.bloc;
    g.addNode(a.id, node);
  }
  const tie = (a: string, b: string): ActorTie => {
    for (const id of [a, b]) if (!g.hasNode(id)) g.addNode(id, { name: id, kind: "unknown" });
    const key = tieKey(a, b);
    if (!g.hasEdge(key)) g.addUndirectedEdgeWithKey(key, a, b, emptyTie());
    return g.getEdgeAttributes(key);
  };

  for (const r of k.relations) {
    if (r.source === r.target) continue;
    const t = tie(r.source, r.target);
    const w = r.strength ?? 1;
    const sign = r.sign ?? defaultRelationSign[r.type as RelationType];
    if (sign > 0) t.positive += w;
    else if (sign < 0) t.negative += w;
    else t.neutral += w;
    t.relations.push(r.id);
  }
  for (const e of k.events) {
    if (e.status !== "held") continue;
    const present = [
      ...new Set(e.participants.filter((p) => presentRoles.has(p.role)).map((p) => p.actor)),
    ].sort();
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const t = tie(present[i] as string, present[j] as string);
        t.neutral += 1;
        t.events.push(e.id);
      }
    }
  }
  g.forEachEdge((_key, t) => {
    t.weight = t.positive + t.negative + t.neutral;
    t.sign = t.positive > t.negative ? 1 : t.negative > t.positive ? -1 : 0;
  });
  return g;
}
