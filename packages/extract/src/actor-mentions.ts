import { slugOf } from "@parley/core";
import type { ActorKind } from "./extraction";
import type { Gazetteer, GazetteerPhrase } from "./gazetteer/gazetteer";
import { agentWords, genericAgentMentions, sectorActorId, stateSectors } from "./generic-agents";
import { compoundParticiples, officeWords } from "./lexicon";
import type { Token } from "./sentence-tokens";

/** A resolved mention in a sentence: token range [from, to), actor id, how it was found. */
export interface SentenceMention {
  from: number;
  to: number;
  actor: string;
  via: "name" | "metonym" | "demonym" | "person" | "coreference" | "new";
  /** For a proper name the gazetteer does not know: the name and a guessed kind. */
  proposed?: { name: string; kind: ActorKind; home?: string };
  /**
   * A demonym before an ordinary noun ("Israeli changes", "Iraqi towns"): an argument of an
   * event when it fills a slot, as event coders read it, but not a mention by itself.
   */
  weak?: boolean;
}

/** A place named in a sentence ("in Doha"), token range [from, to). */
export interface SentencePlace {
  from: number;
  to: number;
  name: string;
  /** The state whose capital the place is, for locating generic agents ("police in Nairobi"). */
  actor?: string;
}

/** Actors met so far in the paragraph, newest last; `person` when named by a person's name. */
export type ParagraphMemory = { actor: string; kind: ActorKind; person?: boolean }[];

const locative = new Set([
  "in",
  "at",
  "to",
  "from",
  "near",
  "outside",
  "into",
  "via",
  "toward",
  "towards",
  "across",
  "around",
  "inside",
  "through",
  "within",
  "between",
]);
/** Capital followed by these names a process, venue or document, not a government. */
const namedThing = new Set([
  // "the Taliban's Doha office": an office named by its city
  "office",
  "process",
  "format",
  "talks",
  "conference",
  "summit",
  "agreement",
  "accord",
  "accords",
  "declaration",
  "communique",
  "meeting",
  "meetings",
  "round",
  "protocol",
  "peace",
  "airport",
]);
/** A demonym's people as a whole ("the Afghan people"): its civilians. */
const peopleWords = new Set(["people", "population", "populations"]);

/**
 * Nouns that make a demonym an actor ("Afghan government", "Russian officials"), among them
 * every word for a side's own sector ("Iraqi youths", "Congolese refugees").
 */
export const actorHeads = new Set([
  ...peopleWords,
  ...Object.entries(agentWords)
    .filter(([, sector]) => !stateSectors.has(sector))
    .map(([word]) => word),
  "government",
  "governments",
  "authorities",
  "officials",
  "official",
  "president",
  "minister",
  "ministry",
  "delegation",
  "envoy",
  "diplomats",
  "diplomat",
  "leaders",
  "leader",
  "leadership",
  "side",
  "army",
  "forces",
  "troops",
  "military",
  "navy",
  "police",
  "embassy",
  "administration",
  "parliament",
  "state",
  "regime",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "negotiators",
  "counterparts",
  "counterpart",
  "premier",
  "king",
  "prime",
  "foreign",
  "defence",
  "defense",
  "security",
  "intelligence",
  "junta",
  "cabinet",
  // people and units acting for a side, as event coders read them ("Israeli tanks fired")
  "ambassador",
  "positions",
  "units",
  "soldiers",
  "tanks",
  "warplanes",
  "jets",
  "aircraft",
  "helicopters",
  "artillery",
  "gunmen",
  "militants",
  "rebels",
  "insurgents",
  "fighters",
  "militias",
  "guerrillas",
  "commandos",
  "guards",
  "workers",
  "students",
  "protesters",
  "demonstrators",
  "doctors",
  "prisoners",
  "prisoner",
  "detainees",
  "hostages",
  "extremists",
  "fundamentalists",
  "radicals",
  "hardliners",
  "immigrants",
  "migrants",
  "opposition",
  "court",
  "judge",
  "judges",
  "prosecutors",
  "lawmakers",
  "legislators",
  "senate",
  "congress",
  "assembly",
  "ministers",
  "delegates",
  "representatives",
  "mediators",
  "mediator",
  "negotiator",
  "envoys",
  "emissary",
  "emissaries",
  "commander",
  "commanders",
  "chief",
  "adviser",
  "advisers",
  "cleric",
  "clerics",
  "observers",
  "peacekeepers",
  "refugees",
  "villagers",
  "settlers",
  "citizens",
  "nationals",
  "activists",
  "journalists",
  "businessmen",
  "farmers",
  "bulldozers",
  "airstrikes",
  "missiles",
  "drones",
  "gunboats",
  "warships",
  "agents",
  "spies",
  "commander",
  "commanders",
  "general",
  "generals",
  "chief",
]);
/** Nouns after which a demonym names a place, not a side ("the Afghan border"). */
const placeNouns = new Set([
  "border",
  "borders",
  "territory",
  "soil",
  "capital",
  "city",
  "town",
  "towns",
  "village",
  "villages",
  "province",
  "region",
  "airspace",
  "waters",
  "coast",
  "side",
  "frontier",
  "enclave",
  "conflict",
  "war",
  "crisis",
  "question",
  "issue",
  "problem",
  "people",
  "population",
  "economy",
]);
/** "the group" and its kin, with the kinds of actor each may stand for. */
const anaphors: Record<string, readonly ActorKind[]> = {
  group: ["armed_group", "terrorist_group"],
  movement: ["armed_group", "terrorist_group"],
  militants: ["armed_group", "terrorist_group"],
  insurgents: ["armed_group", "terrorist_group"],
  rebels: ["armed_group", "terrorist_group"],
  militia: ["armed_group"],
  organisation: ["international_org", "terrorist_group"],
  organization: ["international_org", "terrorist_group"],
  alliance: ["international_org", "coalition"],
  bloc: ["international_org", "coalition"],
  coalition: ["coalition"],
  government: ["government", "state"],
};
/** Head words that mark an unknown capitalised name as an organisation. */
const orgHeads: Record<string, ActorKind> = {
  front: "armed_group",
  army: "armed_group",
  movement: "armed_group",
  brigade: "armed_group",
  brigades: "armed_group",
  forces: "armed_group",
  militia: "armed_group",
  battalion: "armed_group",
  group: "armed_group",
  network: "armed_group",
  party: "body",
  council: "body",
  committee: "body",
  commission: "body",
  ministry: "body",
  office: "body",
  assembly: "body",
  parliament: "body",
  congress: "body",
  union: "international_org",
  organisation: "international_org",
  organization: "international_org",
  alliance: "coalition",
  coalition: "coalition",
  mission: "body",
  cooperation: "international_org",
  forum: "international_org",
  community: "international_org",
  league: "international_org",
  agency: "body",
  court: "body",
  authority: "body",
  association: "body",
  federation: "body",
  tigers: "armed_group",
  chamber: "body",
  company: "body",
  corporation: "body",
  institute: "body",
  foundation: "body",
  society: "body",
};
const notNames = new Set([
  // forms of address ("His Highness", "H.E.")
  "highness",
  "majesty",
  "excellency",
  "h.e.",
  "h.e",
  // a monarch's numeral ("King Abdullah II")
  "ii",
  "iii",
  "iv",
  "vi",
  "vii",
  "viii",
  // currencies, diseases and measures written in capitals ("USD1 million", "COVID-19")
  "usd",
  "eur",
  "gbp",
  "jpy",
  "cny",
  "rmb",
  "chf",
  "inr",
  "aud",
  "cad",
  "sdr",
  "covid",
  "covid-19",
  "sars",
  "hiv",
  "aids",
  "gdp",
  "oda",
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "but",
  "and",
  "however",
  "after",
  "since",
  "when",
  "while",
  "this",
  "that",
  "these",
  "those",
  "it",
  "its",
  "they",
  "their",
  "some",
  "his",
  "her",
  "for",
  "as",
  "if",
  "with",
  "by",
  "of",
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "president",
  "minister",
  "prime",
  "foreign",
  "general",
  "gen.",
  "ambassador",
  "envoy",
]);

const isCap = (t: string): boolean => /^\p{Lu}/u.test(t);

/** The words of tokens `from` to `to` (exclusive) as written, joined by spaces. */
const spanText = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((x) => x.text)
    .join(" ");

function matches(p: GazetteerPhrase, tokens: readonly Token[], i: number): boolean {
  for (let k = 0; k < p.tokens.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.lower !== p.tokens[k]) return false;
    const w = p.written[k] ?? "";
    // Acronyms must match exactly ("US" is not "us"); capitalised words must be capitalised.
    if (
      w.length > 1 &&
      w === w.toUpperCase() &&
      /\p{L}/u.test(w) &&
      t.text.replace(/[’‘]/g, "'") !== w
    )
      return false;
    if (isCap(w) && !isCap(t.text)) return false;
  }
  return true;
}

const viaRank = { name: 0, person: 1, capital: 2, demonym: 3, place: 4 } as const;

function slug(name: string): string {
  return slugOf(name);
}

/** Whether a word for talks stands right before `k` (past "held", "were" ...). */
function talksBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
    const w = tokens[j]?.lower ?? "";
    if (/^(talks|negotiations|meeting|meetings|consultations|dialogue|summit)$/.test(w))
      return true;
    if (!/^(were|was|are|is|held|direct|the|peace|new|of|round|first)$/.test(w)) return false;
  }
  return false;
}

/**
 * Actor mentions and places in one sentence. Gazetteer phrases match longest first; a capital
 * is a government (metonymy) unless a locative preposition or a process name ("Kabul Process")
 * makes it a place; a demonym is an actor only before a governing noun; "the group" and its kin
 * resolve to the newest fitting actor of the paragraph; capitalised names ending in an
 * organisation word ("... Liberation Front") are proposed as new actors.
 */
export function sentenceMentions(
  tokens: readonly Token[],
  gazetteer: Gazetteer,
  memory: ParagraphMemory,
): { mentions: SentenceMention[]; places: SentencePlace[] } {
  const mentions: SentenceMention[] = [];
  const earlier = memory.length;
  const places: SentencePlace[] = [];
  const kindOf = (id: string): ActorKind => gazetteer.actors.get(id)?.kind ?? "unknown";
  const governmentOf = (id: string): string => gazetteer.governments.get(id) ?? id;
  const remember = (actor: string, person = false): void => {
    memory.push({ actor, kind: kindOf(actor), ...(person ? { person } : {}) });
    if (memory.length > 32) memory.shift();
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    let best: GazetteerPhrase | undefined;
    for (const p of gazetteer.phrases.get(t.lower) ?? []) {
      if (!matches(p, tokens, i)) continue;
      // "Petro Kovalenko" is not Gustavo Petro: a one-word name of a person that another name
      // follows is someone else's first name
      if (
        p.via === "person" &&
        p.tokens.length === 1 &&
        isCap(tokens[i + 1]?.text ?? "") &&
        tokens[i + 1]?.pos === "PROPN"
      )
        continue;
      if (
        best === undefined ||
        p.tokens.length > best.tokens.length ||
        (p.tokens.length === best.tokens.length && viaRank[p.via] < viaRank[best.via])
      )
        best = p;
    }
    if (best !== undefined) {
      const to = i + best.tokens.length;
      const before = tokens[i - 1]?.lower ?? "";
      const after = tokens[to]?.lower ?? "";
      if (best.via === "place") {
        places.push({
          from: i,
          to,
          name: spanText(tokens, i, to),
          ...(best.actor === "" ? {} : { actor: best.actor }),
        });
      } else if (best.via === "capital") {
        if (namedThing.has(after)) {
          // "the Kabul Process", "the Moscow format": a name, neither actor nor venue
        } else if (
          // ("talks between Kabul and the Taliban": the parties of talks are governments)
          (locative.has(before) && !(before === "between" && talksBefore(tokens, i - 1))) ||
          ((before === "," || before === "and") && places.some((p) => p.to >= i - 2)) ||
          (isCap(tokens[to]?.text ?? "") && !/^['’]s$/.test(tokens[to]?.text ?? ""))
        ) {
          places.push({
            from: i,
            to,
            name: spanText(tokens, i, to),
            actor: best.actor,
          });
        } else {
          const actor = governmentOf(best.actor);
          mentions.push({ from: i, to, actor, via: "metonym" });
          remember(actor);
        }
      } else if (best.via === "demonym") {
        let head = to;
        // one modifier may stand between ("Afghan security forces", "Russian foreign ministry")
        if (
          !actorHeads.has(tokens[head]?.lower ?? "") &&
          actorHeads.has(tokens[head + 1]?.lower ?? "")
        )
          head++;
        if (actorHeads.has(tokens[head]?.lower ?? "")) {
          while (actorHeads.has(tokens[head + 1]?.lower ?? "")) head++;
          // "Afghan President Ashraf Ghani": take the title and the name that follows together.
          let end = head + 1;
          while (
            end < tokens.length &&
            ((isCap(tokens[end]?.text ?? "") && tokens[end]?.pos === "PROPN") ||
              // "Nana Akufo-Addo": a dashed surname
              (end > head + 1 &&
                tokens[end]?.text === "-" &&
                tokens[end]?.start === tokens[end - 1]?.end &&
                isCap(tokens[end + 1]?.text ?? "")))
          )
            end++;
          // "Afghan rebels", "Palestinian protesters": the side's own sector, not the state
          // ("the Palestinian people", "the Afghan population": the side's civilians)
          const side = tokens
            .slice(to, head + 1)
            .map((x) => (peopleWords.has(x.lower) ? "civilians" : agentWords[x.lower]))
            .find((s) => s !== undefined && !stateSectors.has(s));
          const sid = side === undefined ? undefined : sectorActorId(best.actor, side);
          const sideActor = sid === undefined ? undefined : (gazetteer.sectorNames.get(sid) ?? sid);
          const actor =
            sideActor !== undefined && gazetteer.actors.has(sideActor)
              ? sideActor
              : governmentOf(best.actor);
          mentions.push({ from: i, to: end, actor, via: "demonym" });
          // ("Kenyan President William Ruto ... He met": a titled name is a person to refer to)
          remember(actor, end > head + 1);
          i = end;
          continue;
        }
        if (
          !placeNouns.has(tokens[to]?.lower ?? "") &&
          !placeNouns.has(tokens[to + 1]?.lower ?? "")
        )
          mentions.push({
            from: i,
            to,
            actor: governmentOf(best.actor),
            via: "demonym",
            weak: true,
          });
      } else {
        const actor = best.via === "person" ? governmentOf(best.actor) : best.actor;
        // "the U.S. Department of State", "Russian Foreign Ministry": one mention of one actor.
        const prev = mentions[mentions.length - 1];
        if (prev !== undefined && prev.actor === actor && prev.to === i) {
          prev.to = to;
        } else {
          mentions.push({ from: i, to, actor, via: best.via === "person" ? "person" : "name" });
        }
        remember(actor, best.via === "person");
      }
      i = to;
      continue;
    }
    // "the group", "the movement": the newest fitting actor of the paragraph.
    // "The two leaders discussed Ukraine", "both sides agreed": the paragraph's two newest
    // actors named before this sentence, when they are two
    const pairAt =
      (t.lower === "both" && pairNouns.has(tokens[i + 1]?.lower ?? "")) ||
      (t.lower === "the" &&
        tokens[i + 1]?.lower === "two" &&
        pairNouns.has(tokens[i + 2]?.lower ?? ""));
    if (pairAt) {
      const to = t.lower === "both" ? i + 2 : i + 3;
      const pair: ParagraphMemory = [];
      for (let k = earlier - 1; k >= 0 && pair.length < 2; k--) {
        const m = memory[k];
        if (m !== undefined && !pair.some((p) => p.actor === m.actor)) pair.push(m);
      }
      if (pair.length === 2) {
        for (const m of pair.reverse())
          mentions.push({ from: i, to, actor: m.actor, via: "coreference" });
        i = to;
        continue;
      }
    }
    const fits = anaphors[t.lower];
    // "the Organization of African Unity" opens a name
    const opensName =
      isCap(t.text) &&
      (isCap(tokens[i + 1]?.text ?? "") ||
        (tokens[i + 1]?.lower === "of" && isCap(tokens[i + 2]?.text ?? "")));
    if (
      fits !== undefined &&
      !opensName &&
      (tokens[i - 1]?.lower === "the" || tokens[i - 1]?.lower === "this")
    ) {
      for (let k = memory.length - 1; k >= 0; k--) {
        const m = memory[k];
        if (m !== undefined && fits.includes(m.kind)) {
          mentions.push({ from: i - 1, to: i + 1, actor: m.actor, via: "coreference" });
          break;
        }
      }
      i++;
      continue;
    }
    // "Ana Lopes (R) meets ...": a photo caption's position in parentheses is no name
    if (tokens[i - 1]?.text === "(" && tokens[i + 1]?.text === ")" && /^\p{Lu}$/u.test(t.text)) {
      i++;
      continue;
    }
    // "Chief negotiator Saeb Erakat": a title word opening a sentence before a common noun
    if (
      i === 0 &&
      titles.has(t.lower) &&
      /^\p{Ll}/u.test(tokens[1]?.text ?? "") &&
      tokens[1]?.pos === "NOUN"
    ) {
      i++;
      continue;
    }
    // "Secretary of State Madeleine Albright", "Minister of Foreign Affairs": the words of an
    // office after "of" belong to the title, not to a name
    if (
      (tokens[i - 1]?.lower === "of" || tokens[i - 1]?.lower === "for") &&
      titles.has(tokens[i - 2]?.lower ?? "") &&
      officeComplements.has(t.lower)
    ) {
      i++;
      while (
        i < tokens.length &&
        isCap(tokens[i]?.text ?? "") &&
        officeComplements.has(tokens[i]?.lower ?? "")
      )
        i++;
      continue;
    }
    // "UN-led talks", "Kabul-based": a compound adjective written as one word is no new name;
    // a known name before its dash is that actor, as coders read it ("UN-brokered ceasefire")
    const dash = t.text.search(/[-–][^-–]*$/);
    const compound =
      dash > 0 && compoundParticiples.test(t.lower.slice(dash + 1)) ? t.text.slice(0, dash) : null;
    // (split by the tokenizer: "Ogoni - led")
    if (
      isCap(t.text) &&
      tokens[i + 1]?.text === "-" &&
      compoundParticiples.test(tokens[i + 2]?.lower ?? "")
    ) {
      i += 3;
      continue;
    }
    if (compound !== null) {
      const prefix = compound.toLowerCase();
      const known = (gazetteer.phrases.get(prefix) ?? []).find(
        (p) => p.tokens.length === 1 && p.via !== "place" && p.via !== "capital",
      );
      if (known !== undefined) {
        const actor = known.via === "demonym" ? governmentOf(known.actor) : known.actor;
        mentions.push({ from: i, to: i + 1, actor, via: "name" });
        remember(actor);
      }
      i++;
      continue;
    }
    // "the Heads of State (of Government)": an office, not a name
    if (
      /^(state|government)$/.test(t.lower) &&
      tokens[i - 1]?.lower === "of" &&
      /^heads?$/.test(tokens[i - 2]?.lower ?? "")
    ) {
      i++;
      continue;
    }
    // An unknown capitalised name ending in an organisation word is proposed as a new actor.
    if (
      isCap(t.text) &&
      !notNames.has(t.lower) &&
      (i > 0 || (t.pos === "PROPN" && agentWords[t.lower] === undefined))
    ) {
      let end = i;
      while (
        end < tokens.length &&
        (isCap(tokens[end]?.text ?? "") ||
          ((tokens[end]?.lower === "of" ||
            tokens[end]?.lower === "for" ||
            tokens[end]?.lower === "-") &&
            isCap(tokens[end + 1]?.text ?? "")) ||
          // "Azzam al-Ahmad", "Tamim bin Hamad": a particle inside a person's name
          (end > i &&
            nameParticles.has(tokens[end]?.text ?? "") &&
            (isCap(tokens[end + 1]?.text ?? "") ||
              (tokens[end + 1]?.text === "-" && isCap(tokens[end + 2]?.text ?? "")))) ||
          // "the Pakistan People's Party": the possessive of a party's name
          (end > i &&
            /^['’]s$/.test(tokens[end]?.text ?? "") &&
            tokens[end - 1]?.lower === "people" &&
            isCap(tokens[end + 1]?.text ?? "")) ||
          // "Moon Jae-in", "Lee Nak-yon": a lower-case syllable joined by a dash, unspaced
          (end > i &&
            tokens[end]?.text === "-" &&
            tokens[end]?.start === tokens[end - 1]?.end &&
            tokens[end + 1]?.start === tokens[end]?.end &&
            /^\p{Ll}{2,4}$/u.test(tokens[end + 1]?.text ?? "")) ||
          (end > i + 1 &&
            tokens[end - 1]?.text === "-" &&
            tokens[end]?.start === tokens[end - 1]?.end &&
            /^\p{Ll}{2,4}$/u.test(tokens[end]?.text ?? "") &&
            isCap(tokens[end - 2]?.text ?? "")))
      ) {
        // a known name inside the run ends it ("Amit Shah" is no start of "Shah Mahmood ..."),
        // but not a demonym after "of" ("the Organization of African Unity")
        if (
          end > i &&
          (gazetteer.phrases.get(tokens[end]?.lower ?? "") ?? []).some(
            (p) =>
              matches(p, tokens, end) && !(p.via === "demonym" && tokens[end - 1]?.lower === "of"),
          )
        )
          break;
        end++;
      }
      // "Ana Lopes of Ghana": a known name that cut the run leaves its "of" outside the name
      // (a name of two words at least: "State of Colorado" leaves no name "State")
      if (end > i + 2 && ["of", "for"].includes(tokens[end - 1]?.lower ?? "")) end--;
      const last = tokens[end - 1]?.lower ?? "";
      // "the ECOWAS Commission", "the African Union Commission": an organisation's body named
      // by one word after the organisation is the organisation
      const owner = mentions[mentions.length - 1];
      if (
        end === i + 1 &&
        orgHeads[last] !== undefined &&
        owner !== undefined &&
        owner.to === i &&
        owner.via === "name" &&
        kindOf(owner.actor) === "international_org"
      ) {
        owner.to = end;
        i = end;
        continue;
      }
      let kind = orgHeads[last];
      // "the National Union of Teachers", "the Chamber of Commerce": the organisation word
      // before "of" names what it is
      for (let k = end - 3; kind === undefined && k >= i; k--)
        if (tokens[k + 1]?.lower === "of") kind = orgHeads[tokens[k]?.lower ?? ""];
      const treaty = tokens
        .slice(end, end + 4)
        .some((x) => /^(Treaty|Agreement|Accord|Convention)$/.test(x.text));
      // "Hizbollah (Party of God)": a name in parentheses after an actor's glosses it
      if (
        kind !== undefined &&
        tokens[i - 1]?.text === "(" &&
        tokens[end]?.text === ")" &&
        mentions.some((m) => m.to === i - 1)
      ) {
        i = end;
        continue;
      }
      if (kind !== undefined && end - i >= 2 && !treaty) {
        const name = spanText(tokens, i, end)
          .replace(/ - /g, "-")
          .replace(/ (['’]s)\b/g, "$1");
        const actor = slug(name);
        mentions.push({ from: i, to: end, actor, via: "new", proposed: { name, kind } });
        memory.push({ actor, kind });
        i = end;
        continue;
      }
      // An unknown name after a locative preposition is a place ("in Chantilly", "in the
      // Sahel"), and so is one ending in a word for a geographic feature ("the Red Sea").
      // ("talks between Khan and Modi": after a meeting's "between" come its parties)
      const parties =
        tokens[i - 1]?.lower === "between" &&
        tokens
          .slice(Math.max(0, i - 6), i - 1)
          .some((x) => /^(talks|meetings?|negotiations|summit|dialogue|held|place)$/.test(x.lower));
      if (
        (geographicHeads.has(last) && end - i <= 4) ||
        (((locative.has(tokens[i - 1]?.lower ?? "") && !parties) ||
          (tokens[i - 1]?.lower === "the" && locative.has(tokens[i - 2]?.lower ?? ""))) &&
          t.pos === "PROPN" &&
          end - i <= 3)
      ) {
        places.push({
          from: i,
          to: end,
          name: spanText(tokens, i, end),
        });
        i = end;
        continue;
      }
      // "the border village of Panmunjom", "the city of Aleppo": a place named after its kind
      if (
        tokens[i - 1]?.lower === "of" &&
        settlementNouns.has(tokens[i - 2]?.lower ?? "") &&
        end - i <= 3
      ) {
        places.push({ from: i, to: end, name: spanText(tokens, i, end) });
        i = end;
        continue;
      }
      // Any other proper name is a candidate actor: proposed when it fills a slot of an event
      // ("President Bush threatened ...", "Amnesty International accused ...").
      // "Talks resumed", "Diplomats met": a capitalised plural opening the sentence is a
      // common noun the tagger took for a name
      const commonPlural =
        tokens.slice(0, i).every((x) => x.pos === "PUNCT") &&
        end === i + 1 &&
        /[a-z]s$/.test(t.text);
      // "Deputy Attorney General Rod Rosenstein", "Trade Council Chairman Ken Obi": a run too
      // long for a name is a title and the name after its last title word
      let from = i;
      // particles and hyphens do not count towards a name's length
      const words = (a: number, b: number): number =>
        tokens.slice(a, b).filter((x) => x.text !== "-" && !nameParticles.has(x.text)).length;
      if (words(i, end) > 4) {
        for (let k = end - 3; k >= i; k--)
          if (nameTitles.has(tokens[k]?.lower ?? "")) {
            from = k + 1;
            break;
          }
      }
      // "Secretary-General Ana Lopes", "Defence Secretary Ken Obi", "Senator Ana Lopes": the
      // title opening a run is no part of the name when a name of two words at least follows
      // it; an honorific alone stays ("Chief Ana Lopes", "Sheikh Hasina")
      const titleAt = (k: number): boolean =>
        titles.has(tokens[k]?.lower ?? "") ||
        titleModifiers.has(tokens[k]?.lower ?? "") ||
        tokens[k]?.text === "-";
      let lead = from;
      while (lead < end && titleAt(lead)) lead++;
      const lastTitle = tokens[lead - 1]?.lower ?? "";
      if (
        lead > from &&
        titles.has(lastTitle) &&
        (lead - from >= 2 || !honorifics.has(lastTitle)) &&
        words(lead, end) >= 2
      )
        from = lead;
      // "Secretary-General" before a known name: a title alone is no name
      if (lead === end && titles.has(lastTitle)) {
        i = end;
        continue;
      }
      // "Foreign Minister Sergey Lavrov": a given name spelt otherwise between a title and a
      // known person's surname is that person's, not a new name
      if (
        (lead > i || titles.has(tokens[i - 1]?.lower ?? "")) &&
        words(lead, end) === 1 &&
        (gazetteer.phrases.get(tokens[end]?.lower ?? "") ?? []).some(
          (p) => p.via === "person" && matches(p, tokens, end),
        )
      ) {
        i = end;
        continue;
      }
      if (
        !commonPlural &&
        words(from, end) <= 4 &&
        tokens.slice(from, end).every(
          (x, k) =>
            x.pos === "PROPN" ||
            // a capitalised word the tagger read as a noun before a name ("Moon Jae-in")
            (k === 0 && from > 0 && isCap(x.text) && tokens[from + 1]?.pos === "PROPN") ||
            // the lower-case syllable of a dashed given name ("Jae-in")
            (/^\p{Ll}{2,4}$/u.test(x.text) && tokens[from + k - 1]?.text === "-") ||
            x.text === "-" ||
            nameParticles.has(x.text) ||
            // an acronym whatever its tag ("the NUT leadership")
            /^\p{Lu}{2,6}$/u.test(x.text),
        )
      ) {
        const name = spanText(tokens, from, end).replace(/ - /g, "-");
        const kind: ActorKind =
          from > i || titles.has(tokens[i - 1]?.lower ?? "") ? "person" : "unknown";
        mentions.push({
          from,
          to: end,
          actor: slug(name),
          via: "new",
          proposed: { name, kind },
          weak: true,
        });
        i = end;
        continue;
      }
    }
    i++;
  }
  return {
    mentions: genericAgentMentions(tokens, mentions, places, gazetteer, memory, earlier),
    places,
  };
}

/** Last words of a capitalised name that make it a place, never an actor ("the Red Sea"). */
const geographicHeads = new Set([
  "sea",
  "gulf",
  "ocean",
  "strip",
  "bank",
  "river",
  "valley",
  "heights",
  "peninsula",
  "island",
  "islands",
  "mountains",
  "desert",
  "canal",
  "bay",
  "coast",
  "lake",
  "region",
  "province",
  "district",
  "strait",
  "straits",
]);

/** Nouns of a settlement or an area whose name follows "of" ("the town of Kidal"). */
const settlementNouns = new Set([
  "city",
  "town",
  "village",
  "province",
  "region",
  "district",
  "state",
  "island",
  "enclave",
  "capital",
  "port",
]);

/** Lower-case particles inside a person's name ("al-Ahmad", "bin Hamad", "van der Berg"). */
const nameParticles = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "abu",
  "de",
  "da",
  "van",
  "von",
  "der",
]);

/** Portfolios named before a title ("Treasury Secretary", "Health Minister"). */
const portfolios = [
  "treasury",
  "commerce",
  "justice",
  "energy",
  "health",
  "education",
  "agriculture",
  "transport",
  "labour",
  "labor",
  "intelligence",
];

/** Words of a title inside a long capitalised run ("Deputy Attorney General ...", "Secretary of State ..."). */
const nameTitles = new Set([
  ...officeWords,
  "former",
  "trade",
  "representative",
  "affairs",
  "security",
  ...portfolios,
]);

/** Nouns of two parties together ("the two sides", "both leaders"). */
const pairNouns = new Set([
  "sides",
  "leaders",
  "countries",
  "nations",
  "parties",
  "presidents",
  "governments",
  "delegations",
  "ministers",
  "states",
  "neighbours",
  "neighbors",
]);

/** Words before a title inside it ("Defence Secretary", "Deputy Prime Minister"). */
const titleModifiers = new Set([
  ...portfolios,
  "defence",
  "defense",
  "foreign",
  "interior",
  "prime",
  "deputy",
  "vice",
  "finance",
  "home",
  "state",
  "trade",
  "national",
  "security",
  "former",
  "acting",
  "special",
  "chief",
  "senior",
]);

/** Titles that are also part of a person's name ("Chief Ana Lopes", "Sheikh Hasina"). */
const honorifics = new Set(["chief", "sheikh", "mullah", "king", "queen", "prince"]);

/** Words of an office's portfolio after "of" ("Secretary of State", "Minister of Foreign Affairs"). */
const officeComplements = new Set([
  "state",
  "staff",
  "defence",
  "defense",
  "foreign",
  "affairs",
  "interior",
  "justice",
  "finance",
  "information",
  "home",
  "trade",
  "commerce",
  "energy",
  "health",
  "education",
  "agriculture",
  "economy",
  "planning",
  "security",
]);

/** Words before a person's name. */
const titles = new Set([
  "president",
  "minister",
  "mr.",
  "mrs.",
  "ms.",
  "dr.",
  "general",
  "gen.",
  "leader",
  "secretary",
  "spokesman",
  "spokeswoman",
  "envoy",
  "ambassador",
  "king",
  "queen",
  "prince",
  "chancellor",
  "premier",
  "commander",
  "chief",
  "senator",
  "governor",
  "mayor",
  "sheikh",
  "mullah",
  "colonel",
  "mediator",
  "negotiator",
  "adviser",
  "advisor",
  "emissary",
  "diplomat",
]);
