import { type Actor, type FuzzyTime, type Relation, symmetricRelationTypes } from "@parley/core";

/**
 * The flat columns in which actors and relations travel in CSV node and edge lists and in Kumu
 * fields, and back: lists joined with `|` (a `|` or `\` inside an item escaped with `\`), a fuzzy
 * time as six columns (phrase, start, end, precision, qualifier, recurrence), empty for absent.
 */
export const actorColumns = [
  "id",
  "name",
  "kind",
  "aliases",
  "parent",
  "metonyms",
  "iso3",
  "wikidata",
  "cameo",
  "acled",
  "ucdp",
  "bloc",
  "description",
  ...timeColumns("valid"),
] as const;

/** Edge-list columns of a relation; `directed` and `weight` are derived and ignored on import. */
export const relationColumns = [
  "id",
  "source",
  "target",
  "type",
  "directed",
  "weight",
  "sign",
  "strength",
  "topic",
  "description",
  ...timeColumns("period"),
  ...timeColumns("recurrence"),
] as const;

/** The six columns of a fuzzy time named `prefix`. */
export function timeColumns<P extends string>(prefix: P) {
  return [
    prefix,
    `${prefix}_start`,
    `${prefix}_end`,
    `${prefix}_precision`,
    `${prefix}_qualifier`,
    `${prefix}_recurrence`,
  ] as const;
}

/** An actor as column values (all strings), keyed by column name. */
export function actorRecord(a: Actor): Record<string, string> {
  return {
    id: a.id,
    name: a.name,
    kind: a.kind,
    aliases: joinList(a.aliases),
    parent: a.parent ?? "",
    metonyms: joinList(a.metonyms),
    iso3: a.codes.iso3 ?? "",
    wikidata: a.codes.wikidata ?? "",
    cameo: a.codes.cameo ?? "",
    acled: a.codes.acled ?? "",
    ucdp: a.codes.ucdp ?? "",
    bloc: a.bloc ?? "",
    description: a.description ?? "",
    ...timeRecord("valid", a.valid),
  };
}

/** A relation as column values (all strings), keyed by column name. */
export function relationRecord(r: Relation): Record<string, string> {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    directed: symmetricRelationTypes.has(r.type) ? "false" : "true",
    weight: String(r.strength ?? 1),
    sign: r.sign === undefined ? "" : String(r.sign),
    strength: r.strength === undefined ? "" : String(r.strength),
    topic: r.topic ?? "",
    description: r.description ?? "",
    ...timeRecord("period", r.period),
    ...timeRecord("recurrence", r.recurrence),
  };
}

/** A fuzzy time as its six columns. */
export function timeRecord(prefix: string, t: FuzzyTime | undefined): Record<string, string> {
  return {
    [prefix]: t?.text ?? "",
    [`${prefix}_start`]: t?.start ?? "",
    [`${prefix}_end`]: t?.end ?? "",
    [`${prefix}_precision`]: t?.precision ?? "",
    [`${prefix}_qualifier`]: t?.qualifier ?? "",
    [`${prefix}_recurrence`]: t?.recurrence ?? "",
  };
}

/** Items joined with `|`, escaping `|` and `\` inside items. */
export function joinList(items: readonly string[]): string {
  return items.map((s) => s.replaceAll("\\", "\\\\").replaceAll("|", "\\|")).join("|");
}

/** The inverse of joinList; empty text is the empty list. */
export function splitList(text: string): string[] {
  if (text === "") return [];
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "\\" && i + 1 < text.length) {
      cur += text[++i];
    } else if (ch === "|") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
