import { type ActorKind, classifiedKinds } from "../extraction";
import { agentWords, sectorActorId, sideSectors, stateSectors } from "../generic-agents";
import { groupRows, organisationRows, personRows, placeRows } from "./organisations";
import { stateRows } from "./states";

/** An actor as a case file supplies it; its id and aliases take precedence over the gazetteer. */
export interface CaseActor {
  id: string;
  name: string;
  kind: string;
  aliases?: readonly string[];
  /** Place names that stand for the actor in diplomatic sentences ("Kabul"): places after "in". */
  metonyms?: readonly string[];
}

/** How a phrase names its actor, which decides when it counts as a mention. */
export type PhraseVia = "name" | "capital" | "demonym" | "person" | "place";

/** One phrase of the gazetteer, tokenised the way the sentence tokens are compared. */
export interface GazetteerPhrase {
  tokens: string[];
  /** Tokens as written, to enforce capitals and acronyms. */
  written: string[];
  actor: string;
  via: PhraseVia;
}

export interface GazetteerActor {
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-3 of the state, or of a group's home state; "IGO" for organisations. */
  code: string | null;
}

/** Actors and the phrases that name them, indexed by first token for longest-match lookup. */
export interface Gazetteer {
  actors: Map<string, GazetteerActor>;
  phrases: Map<string, GazetteerPhrase[]>;
  /** State id to the id of its government, where a case names one. */
  governments: Map<string, string>;
  /**
   * A state's sector actor (`syr-opposition`) to the actor the gazetteer already knows by the
   * same words ("Syrian opposition": `syrian-opposition`; "Sudanese army": `saf`).
   */
  sectorNames: Map<string, string>;
}

/** Splits a phrase into the comparison tokens used for sentence tokens: lower case, hyphens apart. */
export function phraseTokens(phrase: string): string[] {
  return phrase
    .replace(/[’‘]/g, "'")
    .split(/\s+|(?=-)|(?<=-)|(?='s\b)/)
    .filter((t) => t.length > 0)
    .map((t) => t.toLowerCase());
}

function writtenTokens(phrase: string): string[] {
  return phrase
    .replace(/[’‘]/g, "'")
    .split(/\s+|(?=-)|(?<=-)|(?='s\b)/)
    .filter((t) => t.length > 0);
}

const list = (field: string | undefined): string[] =>
  (field ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0);

function addPhrase(g: Gazetteer, phrase: string, actor: string, via: PhraseVia): void {
  const tokens = phraseTokens(phrase);
  const first = tokens[0];
  if (first === undefined) return;
  const bucket = g.phrases.get(first) ?? [];
  // A case alias replaces the gazetteer's reading of the same phrase.
  // The same phrase written otherwise for the same actor ("al-Qaeda", "Al-Qaeda") is kept too.
  const written = writtenTokens(phrase);
  const key = tokens.join(" ");
  const same = bucket.findIndex(
    (p) =>
      p.tokens.join(" ") === key &&
      p.via === via &&
      (p.actor !== actor || p.written.join(" ") === written.join(" ")),
  );
  const entry = { tokens, written, actor, via };
  if (same >= 0) bucket[same] = entry;
  else bucket.push(entry);
  g.phrases.set(first, bucket);
}

let builtIn: Gazetteer | undefined;

/**
 * The gazetteer that ships with Parley: UN member states (alpha-3 ids in lower case, names,
 * capitals, demonyms), international organisations, armed groups, people and places.
 */
export function builtInGazetteer(): Gazetteer {
  if (builtIn !== undefined) return builtIn;
  const g: Gazetteer = {
    actors: new Map(),
    phrases: new Map(),
    governments: new Map(),
    sectorNames: new Map(),
  };
  for (const row of stateRows) {
    const [code = "", name = "", capital = "", demonyms, aliases] = row.split("|");
    const id = code.toLowerCase();
    g.actors.set(id, { id, name, kind: "state", code });
    addPhrase(g, name, id, "name");
    for (const a of list(aliases)) addPhrase(g, a, id, "name");
    if (capital) addPhrase(g, capital, id, "capital");
    // the state's non-state sectors, actors of their own ("Afghan rebels": afg-rebels)
    const people = list(demonyms)[0] ?? name;
    for (const [sector, kind] of Object.entries(sideSectors)) {
      const sid = sectorActorId(id, sector);
      g.actors.set(sid, { id: sid, name: `${people} ${sector}`, kind, code });
    }
    for (const d of list(demonyms)) {
      addPhrase(g, d, id, "demonym");
      // "the Palestinians", "Afghans", "Iraqis": the people of a state, coded as the state
      if (!/(ese|sh|ch|ss|s|z)$/.test(d)) addPhrase(g, `${d}s`, id, "name");
    }
  }
  for (const row of organisationRows) {
    const [id = "", name = "", kind = "", aliases] = row.split("|");
    g.actors.set(id, { id, name, kind: kind as ActorKind, code: "IGO" });
    addPhrase(g, name, id, "name");
    for (const a of list(aliases)) addPhrase(g, a, id, "name");
  }
  for (const row of groupRows) {
    const [id = "", name = "", kind = "", aliases, home = ""] = row.split("|");
    g.actors.set(id, { id, name, kind: kind as ActorKind, code: home || null });
    addPhrase(g, name, id, "name");
    for (const a of list(aliases)) addPhrase(g, a, id, "name");
  }
  for (const row of personRows) {
    const [name = "", actor = "", aliases] = row.split("|");
    addPhrase(g, name, actor, "person");
    for (const a of list(aliases)) addPhrase(g, a, actor, "person");
  }
  // "Syrian opposition" and "Sudanese army" name groups of their own: the sector is that group.
  for (const row of stateRows) {
    const [code = "", , , demonyms] = row.split("|");
    const id = code.toLowerCase();
    for (const d of list(demonyms)) {
      for (const [word, sector] of Object.entries(agentWords)) {
        const hit = g.phrases
          .get(phraseTokens(d)[0] ?? "")
          ?.find(
            (p) =>
              p.via === "name" && p.tokens.join(" ") === phraseTokens(`${d} ${word}`).join(" "),
          );
        if (hit !== undefined && !stateSectors.has(sector))
          g.sectorNames.set(sectorActorId(id, sector), hit.actor);
      }
    }
  }
  const capitals = new Set(stateRows.map((r) => r.split("|")[2]?.toLowerCase()));
  // a place carries the state it lies in: it locates agents and, after a hostile or visit
  // verb, stands for its state as recipient ("fired at targets in Jericho", "arrived in Amman")
  for (const row of placeRows) {
    const [place = "", code = ""] = row.split("|");
    if (!capitals.has(place.toLowerCase())) addPhrase(g, place, code.toLowerCase(), "place");
  }
  builtIn = g;
  return g;
}

const norm = (s: string): string => s.replace(/[’‘]/g, "'").toLowerCase().trim();

/**
 * The built-in gazetteer with a case's actors laid over it: a case actor whose name or alias
 * names a gazetteer actor takes over its id (so "Moscow" and "Russian" become the case's
 * `russia`), and a case government whose name carries a state's name or demonym receives that
 * state's metonyms ("Kabul") and its officials ("Ghani").
 */
export function gazetteerWithCase(caseActors: readonly CaseActor[]): Gazetteer {
  const base = builtInGazetteer();
  if (caseActors.length === 0) return base;
  const g: Gazetteer = {
    actors: new Map(base.actors),
    phrases: new Map([...base.phrases].map(([k, v]) => [k, [...v]])),
    governments: new Map(),
    sectorNames: base.sectorNames,
  };
  // Which gazetteer id each phrase names, to recognise case actors that are gazetteer actors.
  const named = new Map<string, string>();
  for (const bucket of base.phrases.values()) {
    for (const p of bucket) if (p.via === "name") named.set(p.tokens.join(" "), p.actor);
  }
  const rename = new Map<string, string>();
  for (const a of caseActors) {
    for (const n of [a.name, ...(a.aliases ?? [])]) {
      const hit = named.get(phraseTokens(n).join(" "));
      if (hit !== undefined && !rename.has(hit)) rename.set(hit, a.id);
    }
  }
  for (const a of caseActors) {
    if (a.kind !== "government") continue;
    const words = phraseTokens(`${a.name} ${(a.aliases ?? []).join(" ")}`);
    for (const [id, actor] of base.actors) {
      if (actor.kind !== "state") continue;
      const names = [actor.name, ...demonymsOf(base, id)].map(norm);
      if (names.some((n) => words.includes(n))) {
        if (!g.governments.has(id)) g.governments.set(id, a.id);
      }
    }
  }
  for (const [key, bucket] of g.phrases) {
    g.phrases.set(
      key,
      bucket.map((p) => ({ ...p, actor: rename.get(p.actor) ?? p.actor })),
    );
  }
  const governments = new Map<string, string>();
  for (const [state, gov] of g.governments) governments.set(rename.get(state) ?? state, gov);
  g.governments = governments;
  for (const [from, to] of rename) {
    const actor = g.actors.get(from);
    if (actor !== undefined) {
      g.actors.delete(from);
      g.actors.set(to, { ...actor, id: to });
    }
  }
  for (const a of caseActors) {
    const kind = classifiedKinds.has(a.kind) ? (a.kind as ActorKind) : "unknown";
    const previous = g.actors.get(a.id);
    g.actors.set(a.id, { id: a.id, name: a.name, kind, code: previous?.code ?? null });
    // A person the case keeps as an actor stays that actor (delegations name their heads).
    const target = a.id;
    const via = kind === "person" ? "person" : "name";
    addPhrase(g, a.name, target, via);
    for (const alias of a.aliases ?? []) {
      // an alias that is also a metonym is read as one ("in Kabul" is a place)
      if (!(a.metonyms ?? []).includes(alias)) addPhrase(g, alias, target, via);
    }
    for (const m of a.metonyms ?? []) addPhrase(g, m, a.id, "capital");
  }
  return g;
}

function demonymsOf(g: Gazetteer, id: string): string[] {
  const out: string[] = [];
  for (const bucket of g.phrases.values()) {
    for (const p of bucket) if (p.actor === id && p.via === "demonym") out.push(p.tokens.join(" "));
  }
  return out;
}
