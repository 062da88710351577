import type { ParagraphMemory, SentenceMention, SentencePlace } from "./actor-mentions";
import type { ActorKind } from "./extraction";
import type { Gazetteer } from "./gazetteer/gazetteer";
import type { Token } from "./sentence-tokens";

/**
 * The sectors of a side that event coders of the TABARI and PETRARCH family attach to a
 * country (CAMEO's GOV, MIL, COP, JUD, LEG, REB, OPP, RAD, CVL, REF, BUS, MED; Schrodt, CAMEO
 * manual 1.1b3, chapter 3). State sectors act for the state; the others are actors of their own.
 */
export type Sector =
  | "government"
  | "military"
  | "police"
  | "judiciary"
  | "legislature"
  | "rebels"
  | "opposition"
  | "radicals"
  | "protesters"
  | "civilians"
  | "refugees"
  | "business"
  | "media";

/** Sectors whose acts are the state's acts ("the army shelled", "police arrested"). */
export const stateSectors: ReadonlySet<Sector> = new Set([
  "government",
  "military",
  "police",
  "judiciary",
  "legislature",
]);

/** The non-state sectors, each an actor per state (`afg-rebels`), with its kind. */
export const sideSectors: Readonly<Record<string, ActorKind>> = {
  rebels: "armed_group",
  opposition: "body",
  radicals: "unknown",
  protesters: "unknown",
  civilians: "unknown",
  refugees: "unknown",
  business: "body",
  media: "body",
};

/** Common nouns that name a sector of some side, singular and plural. */
export const agentWords: Readonly<Record<string, Sector>> = {
  government: "government",
  governments: "government",
  authorities: "government",
  administration: "government",
  regime: "government",
  cabinet: "government",
  ministry: "government",
  junta: "government",
  army: "military",
  armies: "military",
  military: "military",
  troops: "military",
  soldiers: "military",
  soldier: "military",
  forces: "military",
  navy: "military",
  warplanes: "military",
  jets: "military",
  tanks: "military",
  artillery: "military",
  paratroopers: "military",
  police: "police",
  policemen: "police",
  gendarmes: "police",
  court: "judiciary",
  courts: "judiciary",
  judiciary: "judiciary",
  judge: "judiciary",
  judges: "judiciary",
  prosecutor: "judiciary",
  prosecutors: "judiciary",
  parliament: "legislature",
  legislature: "legislature",
  lawmakers: "legislature",
  legislators: "legislature",
  congress: "legislature",
  senate: "legislature",
  deputies: "legislature",
  parliamentarians: "legislature",
  rebels: "rebels",
  rebel: "rebels",
  insurgents: "rebels",
  insurgent: "rebels",
  militants: "rebels",
  militant: "rebels",
  guerrillas: "rebels",
  guerrilla: "rebels",
  gunmen: "rebels",
  militia: "rebels",
  militias: "rebels",
  militiamen: "rebels",
  separatists: "rebels",
  separatist: "rebels",
  opposition: "opposition",
  dissidents: "opposition",
  extremists: "radicals",
  extremist: "radicals",
  fundamentalists: "radicals",
  fundamentalist: "radicals",
  radicals: "radicals",
  hardliners: "radicals",
  protesters: "protesters",
  protestors: "protesters",
  demonstrators: "protesters",
  marchers: "protesters",
  strikers: "protesters",
  activists: "protesters",
  rioters: "protesters",
  civilians: "civilians",
  villagers: "civilians",
  residents: "civilians",
  students: "civilians",
  workers: "civilians",
  youths: "civilians",
  settlers: "civilians",
  citizens: "civilians",
  nationals: "civilians",
  prisoners: "civilians",
  prisoner: "civilians",
  detainees: "civilians",
  hostages: "civilians",
  immigrants: "refugees",
  migrants: "refugees",
  refugees: "refugees",
  refugee: "refugees",
  businessmen: "business",
  journalists: "media",
  reporters: "media",
};

/** Words that may stand before an agent word inside the same phrase ("riot police"). */
const agentModifiers = new Set([
  "security",
  "riot",
  "armed",
  "special",
  "border",
  "federal",
  "national",
  "interim",
  "military",
  "government",
  "rebel",
  "opposition",
  "paramilitary",
  "supreme",
  "high",
  "local",
  "provincial",
  "ruling",
  "hardline",
  "islamist",
  "armed",
]);

/** Nouns after an agent word that name its people or parts ("opposition groups"). */
const memberNouns = new Set([
  "group",
  "groups",
  "members",
  "leaders",
  "leader",
  "supporters",
  "parties",
  "factions",
  "figures",
  "units",
  "commanders",
  "officers",
  "officials",
  // "Pakistan's army chief", "the rebel commander", "the police spokesman"
  "chief",
  "chiefs",
  "commander",
  "head",
  "spokesman",
  "spokeswoman",
  "spokesperson",
]);

/** Titles of those who speak for a state; a name may follow ("President Bush"). */
export const stateTitles: readonly (readonly string[])[] = [
  ["deputy", "prime", "minister"],
  ["deputy", "foreign", "minister"],
  ["vice", "foreign", "minister"],
  ["deputy", "minister"],
  ["prime", "minister"],
  ["foreign", "minister"],
  ["defence", "minister"],
  ["defense", "minister"],
  ["interior", "minister"],
  ["foreign", "secretary"],
  ["secretary", "of", "state"],
  ["vice", "president"],
  ["crown", "prince"],
  ["president"],
  ["premier"],
  ["minister"],
  ["chancellor"],
  ["king"],
  ["queen"],
  ["emir"],
  ["sultan"],
  ["spokesman"],
  ["spokeswoman"],
  ["spokesperson"],
  ["ambassador"],
];

/** The actor id of a state's non-state sector (`afg-rebels`), from the state's id. */
export const sectorActorId = (state: string, sector: string): string => `${state}-${sector}`;

const isCap = (t: string): boolean => /^\p{Lu}/u.test(t);
const possessives = new Set(["its", "their", "his", "her", "our", "whose"]);
const determiners = new Set(["the", "a", "an", "some", "several", "many", "hundreds", "thousands"]);

/** Words of a meeting, whose sentence's place is where it was held. */
const meetingWords =
  /^(met|meet|meets|meeting|meetings|talks|negotiations|consultations|summit|conference|visit|visits|visited|visiting|hosted|hosts|gathered|convened)$/;

/**
 * The state a generic agent or a title belongs to, by the first rule that applies: a possessor
 * before it ("Kenya's police"); "of", "in" or "from" and a state right after it ("the army of
 * Sudan", "rebels in Chad"); the sentence's location ("... in Nairobi": a state or capital after
 * "in"), after, in a sentence telling of a meeting, the one state it names; the newest state of the paragraph's earlier sentences (the document's own context).
 * The one state a sentence names is not used: it is as often the other side ("Eritrean troops
 * killed civilians") as the agent's own.
 */
function countryOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  mentions: readonly SentenceMention[],
  places: readonly SentencePlace[],
  memory: ParagraphMemory,
  earlier: number,
  isState: (actor: string) => boolean,
  // a titled person is not located by the sentence's place: visitors are met there
  located = true,
  // at a meeting, an agent of no state named beside it is of the one state the sentence names
  // ("Thai officials held peace talks with southern rebels in Kuala Lumpur")
  meeting = false,
): { state: string; possessor?: SentenceMention } | null {
  // ("Libya's rival governments": an adjective or two may stand after the possessive)
  const possessor = mentions.find(
    (m) =>
      m.to < from &&
      from - m.to <= 3 &&
      tokens[m.to]?.lower === "'s" &&
      tokens.slice(m.to + 1, from).every((x) => x.pos === "ADJ") &&
      isState(m.actor),
  );
  if (possessor !== undefined) return { state: possessor.actor, possessor };
  const prep = tokens[to]?.lower ?? "";
  if (prep === "of" || (prep === "in" && !meeting) || prep === "from") {
    let k = to + 1;
    if (tokens[k]?.lower === "the") k++;
    const m = mentions.find((x) => x.from === k && isState(x.actor));
    if (m !== undefined) return { state: m.actor };
    const p = places.find((x) => x.from === k && x.actor !== undefined);
    if (p?.actor !== undefined) return { state: p.actor };
  }
  if (meeting) {
    const states = new Set(
      mentions.filter((m) => m.weak !== true && isState(m.actor)).map((m) => m.actor),
    );
    const [only] = states;
    if (states.size === 1 && only !== undefined) return { state: only };
  }
  if (located) {
    const at = mentions.find(
      (m) => tokens[m.from - 1]?.lower === "in" && isState(m.actor) && m.weak !== true,
    );
    if (at !== undefined) return { state: at.actor };
    const place = places.find((p) => p.actor !== undefined);
    if (place?.actor !== undefined) return { state: place.actor };
  }
  for (let k = earlier - 1; k >= 0; k--) {
    const m = memory[k];
    if (m !== undefined && (m.kind === "state" || m.kind === "government"))
      return { state: m.actor };
  }
  return null;
}

/**
 * Generic agents ("police", "the army", "rebels", "government forces", "protesters") and
 * titled people ("President Bush", "the foreign minister") of one sentence, resolved to the
 * state they belong to (see `countryOf`). State sectors become the state (or the case's
 * government); rebels, opposition, protesters, civilians, refugees, business and media become
 * the state's sector actor (`col-rebels`). Unresolved agents are left out. The new mentions are
 * weak: they count when they fill a slot of an event. Returns the mentions, in order.
 */
export function genericAgentMentions(
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  places: readonly SentencePlace[],
  gazetteer: Gazetteer,
  memory: ParagraphMemory,
  earlier: number = memory.length,
): SentenceMention[] {
  const kindOf = (id: string): ActorKind | undefined => gazetteer.actors.get(id)?.kind;
  const isState = (id: string): boolean => kindOf(id) === "state" || kindOf(id) === "government";
  // the place of a sentence about a meeting is where the parties met, not whose they are
  // ("communist rebels met in Oslo")
  const meetingHere = tokens.some((t) => meetingWords.test(t.lower));
  const stateOf = (id: string): string => {
    // a case government stands for its state; its sector actors keep the state's id
    for (const [state, gov] of gazetteer.governments) if (gov === id) return state;
    return id;
  };
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (const m of mentions) for (let k = m.from; k < m.to; k++) covered[k] = true;
  const out: SentenceMention[] = [...mentions];
  const added: SentenceMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (covered[i]) {
      // a titled person the gazetteer does not know ("President Bush"): resolve the title
      const m = mentions.find((x) => x.from === i);
      if (m?.via === "new" && m.weak === true) {
        const title = titleAt(tokens, m.from) > m.from ? m.from : titleBefore(tokens, i);
        if (title !== null) {
          // "German Chancellor Angela Merkel": a state named right before the title is its own
          const named = out.find((x) => x.to === title && x !== m && isState(x.actor));
          // "European Council President Donald Tusk", "BJP president Amit Shah": the title of
          // an organisation named before it, not of a state
          const prev = tokens[title - 1];
          const ofBody =
            named === undefined &&
            prev !== undefined &&
            isCap(prev.text) &&
            (bodyWords.has(prev.lower) || out.some((x) => x.to === title && x.via !== "new"));
          const c = ofBody
            ? null
            : named !== undefined
              ? { state: named.actor, possessor: named }
              : countryOf(tokens, title, m.to, out, places, memory, earlier, isState, false);
          if (c !== null) {
            if (c.possessor !== undefined) out.splice(out.indexOf(c.possessor), 1);
            m.from = c.possessor?.from ?? title;
            m.actor = gazetteer.governments.get(stateOf(c.state)) ?? c.state;
            m.via = "person";
            delete m.proposed;
          }
        }
        i = m.to;
        continue;
      }
      i++;
      continue;
    }
    // "the spokesman", "the foreign minister" with no name after
    const titleEnd = titleAt(tokens, i);
    if (
      titleEnd > i &&
      ["the", "a", "its", "'s"].includes(tokens[i - 1]?.lower ?? "") &&
      !isCap(tokens[titleEnd]?.text ?? "")
    ) {
      const c = countryOf(tokens, i, titleEnd, out, places, memory, earlier, isState);
      if (c !== null) {
        const from = c.possessor?.from ?? (tokens[i - 1]?.lower === "'s" ? i : i - 1);
        const m: SentenceMention = {
          from,
          to: titleEnd,
          actor: gazetteer.governments.get(stateOf(c.state)) ?? c.state,
          via: "person",
          weak: true,
        };
        if (c.possessor !== undefined) out.splice(out.indexOf(c.possessor), 1);
        added.push(m);
        out.push(m);
        i = titleEnd;
        continue;
      }
    }
    const sector = agentWords[t.lower];
    if (
      sector === undefined ||
      // "joined forces with": an idiom, no one's forces
      (t.lower === "forces" && tokens[i - 1]?.lemma === "join") ||
      (t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "ADJ") ||
      (isCap(t.text) && i > 0 && tokens[i - 1]?.lower !== "the")
    ) {
      i++;
      continue;
    }
    // "France withdrew its troops": the subject's own people, not another actor
    if (possessives.has(tokens[i - 1]?.lower ?? "")) {
      i++;
      continue;
    }
    // the phrase: modifiers and agent words together ("government security forces")
    let from = i;
    while (from > 0 && agentModifiers.has(tokens[from - 1]?.lower ?? "") && !covered[from - 1])
      from--;
    let to = i + 1;
    while (
      to < tokens.length &&
      (agentWords[tokens[to]?.lower ?? ""] !== undefined ||
        agentModifiers.has(tokens[to]?.lower ?? "")) &&
      !covered[to]
    )
      to++;
    // the last agent word is the head ("rebel leaders" are rebels, "police officers" police)
    const words = tokens.slice(from, to).map((x) => x.lower);
    // "the withdrawal of foreign troops from Afghanistan": troops of no state the sentence names
    if (words[0] === "foreign" || tokens[from - 1]?.lower === "foreign") {
      i = to;
      continue;
    }
    const sectors = words.map((w) => agentWords[w]).filter((s): s is Sector => s !== undefined);
    // a side's sector wins over the state's ("rebel forces", "opposition lawmakers")
    const chosen =
      sectors.find((s) => !stateSectors.has(s)) ?? sectors[sectors.length - 1] ?? sector;
    // "opposition groups", "rebel leaders": people of the sector, the sector itself
    if (memberNouns.has(tokens[to]?.lower ?? "") && !covered[to]) to++;
    // "the ministry's statement", "court ruling": a noun used as a modifier is no actor
    if (tokens[to]?.pos === "NOUN" && agentWords[tokens[to]?.lower ?? ""] === undefined) {
      i = to;
      continue;
    }
    // "Houthi forces", "Al-Shabaab fighters", "African Union troops": the named actor's own
    // ("SPLA rebels", "LRA fighters": a new name in capitals is the armed side's own name)
    const owner = out.find(
      (m) =>
        m.to === from &&
        (m.weak !== true ||
          (m.via === "new" &&
            m.to - m.from === 1 &&
            /^\p{Lu}{2,6}$/u.test(tokens[m.from]?.text ?? "") &&
            chosen === "rebels")),
    );
    if (owner !== undefined) {
      if (owner.via === "new" && owner.weak === true && owner.proposed !== undefined) {
        owner.weak = false;
        owner.proposed = { ...owner.proposed, kind: "armed_group" };
      }
      if (isState(owner.actor) && !stateSectors.has(chosen)) {
        const sid = sectorActorId(stateOf(owner.actor), chosen);
        if (gazetteer.actors.has(sid)) owner.actor = gazetteer.sectorNames.get(sid) ?? sid;
      }
      owner.to = to;
      i = to;
      continue;
    }
    // "the militant group Hamas": a name right after the agent's words is who it is
    if (out.some((m) => m.from === to && m.weak !== true)) {
      i = to;
      continue;
    }
    // "Israeli helicopters and tanks": an agent joined to a side's agent is that side's
    const partner = ["and", ","].includes(tokens[from - 1]?.lower ?? "")
      ? out.find((m) => m.to === from - 1 && m.via === "demonym" && m.weak !== true)
      : undefined;
    const partnerState =
      partner === undefined
        ? undefined
        : isState(partner.actor)
          ? partner.actor
          : gazetteer.actors.get(partner.actor)?.code?.toLowerCase();
    const c =
      partnerState !== undefined && isState(partnerState)
        ? { state: partnerState }
        : countryOf(tokens, from, to, out, places, memory, earlier, isState, true, meetingHere);
    if (c === null) {
      i = to;
      continue;
    }
    const state = stateOf(c.state);
    const actor = stateSectors.has(chosen)
      ? (gazetteer.governments.get(state) ?? c.state)
      : (gazetteer.sectorNames.get(sectorActorId(state, chosen)) ?? sectorActorId(state, chosen));
    if (!stateSectors.has(chosen) && !gazetteer.actors.has(actor)) {
      i = to;
      continue;
    }
    let start = from;
    if (determiners.has(tokens[from - 1]?.lower ?? "")) start = from - 1;
    if (c.possessor !== undefined) {
      start = c.possessor.from;
      out.splice(out.indexOf(c.possessor), 1);
    }
    const m: SentenceMention = { from: start, to, actor, via: "coreference", weak: true };
    added.push(m);
    out.push(m);
    memory.push({ actor, kind: kindOf(actor) ?? "unknown" });
    i = to;
  }
  if (added.length === 0) return out;
  return out.sort((a, b) => a.from - b.from);
}

/** Last words of an organisation's name, whose titles are not a state's ("Council President"). */
const bodyWords = new Set([
  "council",
  "commission",
  "committee",
  "bank",
  "fund",
  "party",
  "union",
  "assembly",
  "parliament",
  "court",
  "agency",
  "organization",
  "organisation",
  "league",
  "forum",
  "movement",
  "front",
  "federation",
  "association",
  "institute",
  "alliance",
  "coalition",
  "board",
  "bureau",
  "authority",
  "company",
  "corporation",
]);

/** The index where a state title starts, if one ends right before token i ("President Bush"). */
function titleBefore(tokens: readonly Token[], i: number): number | null {
  for (const title of stateTitles) {
    const from = i - title.length;
    if (from < 0) continue;
    if (title.every((w, k) => tokens[from + k]?.lower === w)) return from;
  }
  return null;
}

/** The index after a state title starting at token i, or i when none starts there. */
function titleAt(tokens: readonly Token[], i: number): number {
  for (const title of stateTitles) {
    if (title.every((w, k) => tokens[i + k]?.lower === w)) return i + title.length;
  }
  return i;
}
