import { type Case, defaultRelationSign, symmetricRelationTypes } from "@parley/core";
import { actorNetwork } from "./actor-network";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { xmlText } from "./export-xml";

const NODE_KEYS = [
  "name",
  "kind",
  "bloc",
  "parent",
  "iso3",
  "wikidata",
  "acled",
  "ucdp",
  "valid_start",
  "valid_end",
] as const;
const EDGE_KEYS = [
  ["tie", "string"],
  ["weight", "double"],
  ["sign", "int"],
  ["topic", "string"],
  ["period_start", "string"],
  ["period_end", "string"],
  ["mutual", "boolean"],
  ["events", "string"],
] as const;

/**
 * The actor network of a case as GraphML (Brandes et al., "GraphML Progress Report", Graph
 * Drawing 2001; graphml.graphdrawing.org) for yEd, Cytoscape, visone, NetworkX and igraph: nodes
 * are actors with their name, kind, bloc and codes as data. The graph is directed throughout
 * (`edgedefault="directed"`, no per-edge `directed`, which NetworkX refuses in a directed graph
 * and igraph ignores): a relation of a directed type is one edge; a symmetric relation and the
 * co-participation tie (weight the number of shared held events) are two edges, one each way,
 * with `mutual` true.
 */
export function graphml(c: Case, filter: CaseFilter = {}): string {
  const k = filterCase(c, filter);
  const net = actorNetwork(c, filter);
  const actors = caseIndex(k).actors;
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  for (const key of NODE_KEYS)
    out.push(`  <key id="${key}" for="node" attr.name="${key}" attr.type="string"/>`);
  for (const [key, type] of EDGE_KEYS)
    out.push(`  <key id="${key}" for="edge" attr.name="${key}" attr.type="${type}"/>`);
  out.push(`  <graph id="${xmlText(k.id)}" edgedefault="directed">`);
  for (const id of net.nodes()) {
    const a = actors.get(id);
    out.push(`    <node id="${xmlText(id)}">`);
    out.push(
      ...data({
        name: a?.name ?? id,
        kind: a?.kind ?? "unknown",
        bloc: a?.bloc,
        parent: a?.parent,
        iso3: a?.codes.iso3,
        wikidata: a?.codes.wikidata,
        acled: a?.codes.acled,
        ucdp: a?.codes.ucdp,
        valid_start: a?.valid?.start ?? undefined,
        valid_end: a?.valid?.end ?? undefined,
      }),
    );
    out.push("    </node>");
  }
  for (const r of k.relations) {
    if (!net.hasNode(r.source) || !net.hasNode(r.target)) continue;
    const mutual = symmetricRelationTypes.has(r.type);
    const ends: [string, string, string][] = [[`relation:${r.id}`, r.source, r.target]];
    if (mutual) ends.push([`relation:${r.id}:reverse`, r.target, r.source]);
    for (const [id, source, target] of ends) {
      out.push(
        `    <edge id="${xmlText(id)}" source="${xmlText(source)}" target="${xmlText(target)}">`,
      );
      out.push(
        ...data({
          tie: r.type,
          weight: String(r.strength ?? 1),
          sign: String(r.sign ?? defaultRelationSign[r.type]),
          topic: r.topic,
          period_start: r.period?.start ?? undefined,
          period_end: r.period?.end ?? undefined,
          mutual: String(mutual),
        }),
      );
      out.push("    </edge>");
    }
  }
  net.forEachEdge((_key, tie, source, target) => {
    if (tie.events.length === 0) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      out.push(
        `    <edge id="${xmlText(`co:${from}:${to}`)}" source="${xmlText(from)}" target="${xmlText(to)}">`,
      );
      out.push(
        ...data({
          tie: "co-participation",
          weight: String(tie.events.length),
          sign: "0",
          mutual: "true",
          events: tie.events.join(" "),
        }),
      );
      out.push("    </edge>");
    }
  });
  out.push("  </graph>");
  out.push("</graphml>");
  return `${out.join("\n")}\n`;
}

function data(values: Record<string, string | undefined>): string[] {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `      <data key="${k}">${xmlText(v ?? "")}</data>`);
}
