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
  ["events", "string"],
] as const;

/**
 * The actor network of a case as GraphML (Brandes et al., "GraphML Progress Report", Graph
 * Drawing 2001; graphml.graphdrawing.org) for yEd, Cytoscape and visone: nodes are actors with
 * their name, kind, bloc and codes as data; edges are relations (directed unless the type is
 * symmetric) and undirected co-participation ties weighted by the number of shared held events.
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
    const directed = !symmetricRelationTypes.has(r.type);
    out.push(
      `    <edge id="${xmlText(`relation:${r.id}`)}" source="${xmlText(r.source)}" target="${xmlText(r.target)}"${directed ? "" : ' directed="false"'}>`,
    );
    out.push(
      ...data({
        tie: r.type,
        weight: String(r.strength ?? 1),
        sign: String(r.sign ?? defaultRelationSign[r.type]),
        topic: r.topic,
        period_start: r.period?.start ?? undefined,
        period_end: r.period?.end ?? undefined,
      }),
    );
    out.push("    </edge>");
  }
  net.forEachEdge((_key, tie, source, target) => {
    if (tie.events.length === 0) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    out.push(
      `    <edge id="${xmlText(`co:${a}:${b}`)}" source="${xmlText(a)}" target="${xmlText(b)}" directed="false">`,
    );
    out.push(
      ...data({
        tie: "co-participation",
        weight: String(tie.events.length),
        sign: "0",
        events: tie.events.join(" "),
      }),
    );
    out.push("    </edge>");
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
