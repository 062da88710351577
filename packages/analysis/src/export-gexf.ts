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
  ["events", "liststring"],
] as const;

/**
 * The actor network of a case as GEXF 1.3 for Gephi (gexf.net, GEXF 1.3 primer): one node per
 * actor with its kind, bloc and codes as attributes and its valid time as a spell; one edge per
 * relation (directed, or undirected for symmetric types; weight its strength, spell its period);
 * one undirected `co-participation` edge per pair of actors present together at held events
 * (weight the number of events, one spell per event). Spells make the graph dynamic in Gephi's
 * timeline; open ends are left open.
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
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
  );
  out.push(`  <meta lastmodifieddate="${xmlText(date)}">`);
  out.push("    <creator>Parley</creator>");
  out.push(`    <description>${xmlText(k.title)}</description>`);
  out.push("  </meta>");
  out.push(
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">',
  );
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
    count++;
    const undirected = symmetricRelationTypes.has(r.type);
    edges.push(
      `      <edge id="${xmlText(`relation:${r.id}`)}" source="${xmlText(r.source)}" target="${xmlText(r.target)}" type="${undirected ? "undirected" : "directed"}" label="${xmlText(r.type)}" weight="${r.strength ?? 1}">`,
    );
    edges.push(
      ...attvalues({
        tie: r.type,
        sign: String(r.sign ?? defaultRelationSign[r.type]),
        topic: r.topic,
        period: r.period?.text,
      }),
    );
    edges.push(...spells([r.period]));
    edges.push("      </edge>");
  }
  net.forEachEdge((_key, tie, source, target) => {
    if (tie.events.length === 0) return;
    count++;
    const [a, b] = source < target ? [source, target] : [target, source];
    edges.push(
      `      <edge id="${xmlText(`co:${a}:${b}`)}" source="${xmlText(a)}" target="${xmlText(b)}" type="undirected" label="co-participation" weight="${tie.events.length}">`,
    );
    edges.push(...attvalues({ tie: "co-participation", sign: "0", events: tie.events.join("|") }));
    edges.push(...spells(tie.events.map((e) => events.get(e)?.date)));
    edges.push("      </edge>");
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
