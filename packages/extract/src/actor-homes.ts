import type { SentenceMention, SentencePlace } from "./actor-mentions";
import type { Gazetteer } from "./gazetteer/gazetteer";
import type { Token } from "./sentence-tokens";

/**
 * The home state of each proposed new actor of a sentence, as event coders give an actor they do
 * not know the country of its context: by the first rule that applies,
 * 1. a state, demonym or possessor right before the name, past titles and descriptions
 *    ("Niger's ambassador Brah Mohamane", "Israeli right-winger Ariel Sharon");
 * 2. "in" or "of" and a state or a place of one right after it, past a few common nouns
 *    ("the largest Protestant extremist organization in Northern Ireland");
 * 3. the one state the sentence names, by its actors and places ("President Laurent Gbagbo
 *    extended the curfew in Abidjan"); none when it names several.
 * Writes `proposed.home` (the code, ISO 3166 alpha-3) on the mentions it can place.
 */
export function placeProposedActors(
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  places: readonly SentencePlace[],
  gazetteer: Gazetteer,
): void {
  const codeOf = (actor: string): string | null => {
    const c = gazetteer.actors.get(actor)?.code ?? null;
    return c === "IGO" ? null : c;
  };
  let sentenceStates: Set<string> | undefined;
  for (const m of mentions) {
    if (m.proposed === undefined || m.proposed.home !== undefined) continue;
    const home =
      homeBefore(tokens, mentions, m, codeOf) ?? homeAfter(tokens, mentions, places, m, codeOf);
    if (home !== null) {
      m.proposed.home = home;
      continue;
    }
    if (sentenceStates === undefined) {
      sentenceStates = new Set();
      for (const x of mentions) {
        const c = x.proposed === undefined ? codeOf(x.actor) : null;
        if (c !== null) sentenceStates.add(c);
      }
      for (const p of places) {
        const c = p.actor === undefined ? null : codeOf(p.actor);
        if (c !== null) sentenceStates.add(c);
      }
    }
    if (sentenceStates.size === 1) m.proposed.home = [...sentenceStates][0] as string;
  }
}

/** Words that may stand between a state and the name it qualifies: titles, descriptions. */
function describes(t: Token): boolean {
  if (t.lower === "-" || t.lower === "'s" || t.lower === "’s") return true;
  return (t.pos === "NOUN" || t.pos === "ADJ") && t.text === t.lower;
}

function homeBefore(
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  m: SentenceMention,
  codeOf: (actor: string) => string | null,
): string | null {
  let k = m.from - 1;
  let steps = 0;
  while (k >= 0 && steps < 4 && describes(tokens[k] as Token)) {
    if (mentions.some((x) => x.to === k + 1 && x !== m)) break;
    k--;
    steps++;
  }
  const before = mentions.find((x) => x.to === k + 1 && x !== m);
  if (before === undefined || before.proposed !== undefined) return null;
  // "Niger's ambassador", "Israeli right-winger", "Nicaragua's Sandinista government"
  const possessive = /^['’]s$/.test(tokens[before.to]?.text ?? "");
  if (!possessive && before.via !== "demonym" && steps === 0) return null;
  return codeOf(before.actor);
}

function homeAfter(
  tokens: readonly Token[],
  mentions: readonly SentenceMention[],
  places: readonly SentencePlace[],
  m: SentenceMention,
  codeOf: (actor: string) => string | null,
): string | null {
  let k = m.to;
  let steps = 0;
  while (k < tokens.length && steps < 3 && describes(tokens[k] as Token)) {
    k++;
    steps++;
  }
  const prep = tokens[k]?.lower ?? "";
  if (prep !== "in" && prep !== "of") return null;
  let at = k + 1;
  if (tokens[at]?.lower === "the") at++;
  const state = mentions.find((x) => x.from === at && x.proposed === undefined);
  if (state !== undefined) return codeOf(state.actor);
  const place = places.find((p) => p.from === at);
  return place?.actor === undefined ? null : codeOf(place.actor);
}
