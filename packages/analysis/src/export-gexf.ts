import {
  type Case,
  defaultRelationSign,
  type FuzzyTime,
  symmetricRelationTypes,
} from "@parley/core";
import { actorNetwork } from "./actor-network";
import { type CaseFilter, filterCase } from "./case-filter";
import { caseIndex } from "./case-index";
import { xmlText } from "./export-xml";

/** Options of the GEXF export: the filter and the document's last-modified date (default today). */
export interface GexfOptions {
  filter?: CaseFilter;
  /** YYYY-MM-DD written as `lastmodifieddate`. */
  date?: string;
}

const NODE_ATTRIBUTES = [
  ["kind", "string"],
  ["bloc", "string"],
  ["parent", "string"],
  ["iso3", "string"],
  ["wikidata", "string"],
  ["acled", "string"],
  ["ucdp", "string"],
  ["valid", "string"],
] as const;

const EDGE_ATTRIBUTES = [
  ["tie", "string"],
  ["sign", "integer"],
  ["topic", "string"],
  ["period", "string"],
  ["mutual", "boolean"],
  ["events", "string"],
] as const;

/**
 * The actor network of a case as GEXF 1.2 (gexf.net, GEXF 1.2draft primer; the namespace Gephi,
 * NetworkX and graphology all read, where 1.3 is unknown to NetworkX before 3.5): one node per
 * actor with its kind, bloc and codes as attributes and its valid time as a spell. The graph is
 * directed throughout, because NetworkX (`read_gexf`) refuses an undirected edge in a directed
 * graph: a relation of a directed type is one edge; a symmetric relation (contacts, allied_with,
 * rival_of...) and the co-participation tie of actors present together at held events (weight the
 * number of events, one spell per event) are each two edges, one each way, marked `mutual`, so
 * Gephi, NetworkX and igraph agree on in- and out-degree. Weight is a relation's strength, spells
 * its period; spells make the graph dynamic in Gephi's timeline; open ends are left open.
 */
export function gexf(c: Case, options: GexfOptions = {}): string {
  const filter = options.filter ?? {};
  const k = filterCase(c, filter);
  const net = actorNetwork(c, filter);
  const events = caseIndex(k).events;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
  );
  out.push(`  <meta lastmodifieddate="${xmlText(date)}">`);
  out.push("    <creator>Parley</creator>");
  out.push(`    <description>${xmlText(k.title)}</description>`);
  out.push("  </meta>");
  out.push('  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
  out.push('    <attributes class="node" mode="static">');
  for (const [id, type] of NODE_ATTRIBUTES)
    out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  out.push("    </attributes>");
  out.push('    <attributes class="edge" mode="static">');
  for (const [id, type] of EDGE_ATTRIBUTES)
    out.push(`      <attribute id="${id}" title="${id}" type="${type}"/>`);
  out.push("    </attributes>");

  const nodeIds = net.nodes();
  out.push(`    <nodes count="${nodeIds.length}">`);
  const actors = caseIndex(k).actors;
  for (const id of nodeIds) {
    const a = actors.get(id);
    const label = a?.name ?? net.getNodeAttribute(id, "name");
    out.push(`      <node id="${xmlText(id)}" label="${xmlText(label)}">`);
    out.push(
      ...attvalues({
        kind: a?.kind ?? "unknown",
        bloc: a?.bloc,
        parent: a?.parent,
        iso3: a?.codes.iso3,
        wikidata: a?.codes.wikidata,
        acled: a?.codes.acled,
        ucdp: a?.codes.ucdp,
        valid: a?.valid?.text,
      }),
    );
    out.push(...spells([a?.valid]));
    out.push("      </node>");
  }
  out.push("    </nodes>");

  const edges: string[] = [];
  let count = 0;
  for (const r of k.relations) {
    if (!net.hasNode(r.source) || !net.hasNode(r.target)) continue;
    const mutual = symmetricRelationTypes.has(r.type);
    const ends: [string, string, string][] = [[`relation:${r.id}`, r.source, r.target]];
    if (mutual) ends.push([`relation:${r.id}:reverse`, r.target, r.source]);
    for (const [id, source, target] of ends) {
      count++;
      edges.push(
        `      <edge id="${xmlText(id)}" source="${xmlText(source)}" target="${xmlText(target)}" label="${xmlText(r.type)}" weight="${r.strength ?? 1}">`,
      );
      edges.push(
        ...attvalues({
          tie: r.type,
          sign: String(r.sign ?? defaultRelationSign[r.type]),
          topic: r.topic,
          period: r.period?.text,
          mutual: String(mutual),
        }),
      );
      edges.push(...spells([r.period]));
      edges.push("      </edge>");
    }
  }
  net.forEachEdge((_key, tie, source, target) => {
    if (tie.events.length === 0) return;
    const [a, b] = source < target ? [source, target] : [target, source];
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      count++;
      edges.push(
        `      <edge id="${xmlText(`co:${from}:${to}`)}" source="${xmlText(from)}" target="${xmlText(to)}" label="co-participation" weight="${tie.events.length}">`,
      );
      edges.push(
        ...attvalues({
          tie: "co-participation",
          sign: "0",
          mutual: "true",
          events: tie.events.join(" "),
        }),
      );
      edges.push(...spells(tie.events.map((e) => events.get(e)?.date)));
      edges.push("      </edge>");
    }
  });
  out.push(`    <edges count="${count}">`);
  out.push(...edges);
  out.push("    </edges>");
  out.push("  </graph>");
  out.push("</gexf>");
  return `${out.join("\n")}\n`;
}

function attvalues(values: Record<string, string | undefined>): string[] {
  const present = Object.entries(values).filter(([, v]) => v !== undefined && v !== "");
  if (present.length === 0) return [];
  return [
    "        <attvalues>",
    ...present.map(([k, v]) => `          <attvalue for="${k}" value="${xmlText(v ?? "")}"/>`),
    "        </attvalues>",
  ];
}

/** Spells for the times that have at least one bounded end, merged when identical. */
function spells(times: readonly (FuzzyTime | undefined)[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const t of times) {
    if (t === undefined || (t.start === null && t.end === null)) continue;
    const attrs = `${t.start === null ? "" : ` start="${t.start}"`}${t.end === null ? "" : ` end="${t.end}"`}`;
    if (seen.has(attrs)) continue;
    seen.add(attrs);
    lines.push(`          <spell${attrs}/>`);
  }
  if (lines.length === 0) return [];
  return ["        <spells>", ...lines, "        </spells>"];
}
