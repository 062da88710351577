import { type Case, symmetricRelationTypes } from "@parley/core";
import { type CaseFilter, filterCase } from "./case-filter";
import { actorRecord, relationRecord, splitList } from "./export-columns";

/** A Kumu blueprint: elements and connections with their fields. */
export interface KumuBlueprint {
  elements: Record<string, string | string[] | number>[];
  connections: Record<string, string | string[] | number>[];
}

const LIST_FIELDS = new Set(["aliases", "metonyms"]);

/**
 * The actors and relations of a case as a Kumu JSON blueprint (docs.kumu.io, "JSON /
 * Blueprints"): one element per actor (`id`, `label`, `type` = kind, `description`, `tags` = bloc,
 * and every other field), one connection per relation (`from`/`to` = actor ids, `type` = relation
 * type, `direction` directed or mutual). Empty fields are left out. Reads back with importKumu.
 */
export function kumuJson(c: Case, filter: CaseFilter = {}): KumuBlueprint {
  const k = filterCase(c, filter);
  const elements = k.actors.map((a) => {
    const { id, name, kind, description, ...rest } = actorRecord(a);
    const el: Record<string, string | string[] | number> = {
      id: id ?? a.id,
      label: name ?? a.name,
      type: kind ?? a.kind,
    };
    if (description) el.description = description;
    if (a.bloc !== undefined) el.tags = [a.bloc];
    for (const [key, value] of Object.entries(rest)) {
      if (value === "") continue;
      el[key] = LIST_FIELDS.has(key) ? splitList(value) : value;
    }
    return el;
  });
  const connections = k.relations.map((r) => {
    const { id, source, target, type, directed, weight, description, ...rest } = relationRecord(r);
    const conn: Record<string, string | string[] | number> = {
      id: id ?? r.id,
      from: source ?? r.source,
      to: target ?? r.target,
      type: type ?? r.type,
      direction: symmetricRelationTypes.has(r.type) ? "mutual" : "directed",
    };
    if (description) conn.description = description;
    for (const [key, value] of Object.entries(rest)) {
      if (value === "") continue;
      conn[key] = key === "sign" || key === "strength" ? Number(value) : value;
    }
    return conn;
  });
  return { elements, connections };
}
