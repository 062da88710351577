import type { ParagraphMemory, SentenceMention } from "../actor-mentions";
import { actorHeads } from "../actor-mentions";
import type { Certainty, PloverType, Stance } from "../extraction";
import { officeWords, type VerbPattern } from "../lexicon";
import type { Token } from "../sentence-tokens";
import {
  auxLike,
  blamesAgent,
  candidates,
  type DraftEvent,
  delegatesOf,
  firstSubject,
  isVerb,
  lasting,
  matchWords,
  meetingNounWords,
  nearestAfter,
  nearestBefore,
  negators,
  objectPronouns,
  objectStops,
  placeAfter,
  placePrepositions,
  placeRecipient,
  precedingWord,
  prepositions,
  recipientAfter,
  type SentenceFrame,
  verbIndex,
} from "./argument-slots";
import type { Hedge, Report } from "./attributions";

/**
 * Words that make a meeting after them intended, not held ("willing to resume talks", "welcomed
 * Togo's decision to hold talks").
 */
const intending = new Set([
  "willing",
  "ready",
  "prepared",
  "willingness",
  "readiness",
  "decision",
  "plan",
  "plans",
  "proposal",
  "offer",
  "bid",
  "intention",
  "commitment",
]);

/** Nouns of an office or of envoys that may stand as a subject no actor is named in. */
const officeNouns = new Set([
  ...officeWords,
  "minister",
  "ministers",
  "leader",
  "leaders",
  "official",
  "officials",
  "envoy",
  "envoys",
  "delegation",
  "delegations",
  "delegates",
  "representatives",
  "diplomat",
  "diplomats",
  "head",
  "king",
  "queen",
  "emir",
  "mayor",
  "spokesman",
]);

/**
 * Whether the words before the verb at `i` (past adverbs and auxiliaries) end in a noun of an
 * office or envoys that names no actor: "The president met", "the envoy has also met".
 */
function officeSubject(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (
    k >= 0 &&
    (tokens[k]?.pos === "ADV" || tokens[k]?.pos === "AUX" || auxLike.has(tokens[k]?.lemma ?? ""))
  )
    k--;
  return officeNouns.has(tokens[k]?.lower ?? "");
}

/**
 * Events and ties from the lexicon's verb patterns: each pattern's subject, object or recipient
 * (further on, a place, a pronoun), voice, negation, intention, hedge and attribution.
 */
export function verbEvents(
  frame: SentenceFrame,
  reports: readonly Report[],
  hedges: readonly Hedge[],
): DraftEvent[] {
  const { tokens, mentions, memory, kindOf, places, groups, inMention, consumed, text } = frame;
  const kindOfState = (a: string): boolean => kindOf(a) === "state" || kindOf(a) === "government";
  const drafts: DraftEvent[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (inMention(i) || consumed[i]) continue;
    let best: { p: VerbPattern; end: number } | undefined;
    // "met behind closed doors", "the disputed border": a participle after a preposition or
    // an article, before a noun, is an adjective
    // ("attended to the wounded": after an article, a participle before no object is a noun)
    const adjectival =
      /ed$/.test(t.lower) &&
      ((["ADP", "DET"].includes(tokens[i - 1]?.pos ?? "") && tokens[i + 1]?.pos === "NOUN") ||
        (tokens[i - 1]?.pos === "DET" &&
          (tokens[i + 1] === undefined || tokens[i + 1]?.pos === "PUNCT")));
    for (const p of candidates(verbIndex, t)) {
      if (p.words.length === 1 && (!isVerb(tokens, i) || adjectival)) continue;
      const end = matchWords(tokens, i, p.words, inMention);
      if (end < 0) continue;
      if (best === undefined || p.words.length > best.p.words.length) best = { p, end };
    }
    if (best === undefined) continue;
    const { p, end } = best;
    // "offered (refused, proposed, called for) talks with X": talks not held; the offer or
    // refusal is the event
    if (
      p.type === "CONSULT" &&
      meetingNounWords.has(t.lower) &&
      drafts.some(
        (d) =>
          ["AGREE", "REJECT", "REQUEST"].includes(d.type) &&
          d.at < i &&
          i - d.at <= 4 &&
          !groups.some((g) => g.from > d.at && g.from < i),
      )
    )
      continue;
    // Auxiliaries before the verb: passive voice, negation, perfect aspect.
    let passive = false;
    let negated = false;
    let future = false;
    for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
      const a = tokens[k] as Token;
      if (a.lower === "will" || a.lower === "would" || a.lower === "shall" || a.lower === "'ll")
        future = true;
      // "failed to reach agreement" did not happen
      if (negators.has(a.lower) || a.lemma === "fail") negated = true;
      else if (a.lemma === "be" || a.lemma === "get") {
        // ("were mediated by Iraq": a participle the tagger read as an adjective, with its agent)
        if (
          (t.lower !== t.lemma && t.pos === "VERB" && !/ing$/.test(t.lower)) ||
          (t.pos === "ADJ" && /ed$/.test(t.lower) && tokens[i + 1]?.lower === "by")
        )
          passive = true;
      } else if (!(a.pos === "ADV" || a.pos === "PART" || auxLike.has(a.lemma))) break;
    }
    // "..., including training the Afghan forces": a gerund after a comma takes the main subject.
    const gerund =
      t.lower.endsWith("ing") &&
      [",", "including", "by", "while", "after", "before"].includes(tokens[i - 1]?.lower ?? "");
    // "X designated the Houthis and imposed sanctions": a verb after "and" shares X.
    const coordinated =
      tokens[i - 1]?.lower === "and" ||
      (tokens[i - 1]?.pos === "ADV" && tokens[i - 2]?.lower === "and");
    let subjectGroup =
      gerund || coordinated ? firstSubject(groups, tokens) : nearestBefore(groups, tokens, i, true);
    // "Lavrov, who met Wang Yi on Monday, said ...": a relative clause's verb takes the actor
    // the clause hangs on (past auxiliaries and adverbs: "who had also met")
    {
      let r = i - 1;
      while (
        r > 0 &&
        (auxLike.has(tokens[r]?.lemma ?? "") ||
          tokens[r]?.pos === "ADV" ||
          tokens[r]?.pos === "AUX")
      )
        r--;
      if (["who", "which"].includes(tokens[r]?.lower ?? "")) {
        const end = tokens[r - 1]?.lower === "," ? r - 1 : r;
        const head = groups.find((g) => g.to === end);
        if (head !== undefined) subjectGroup = head;
      }
    }
    // "After meeting Lavrov, Wang said ...": a gerund opening the sentence takes the subject of
    // the clause after its comma
    if (gerund && i === 1) {
      const comma = tokens.findIndex((x, j) => j > i && x.lower === ",");
      const clause =
        comma < 0
          ? undefined
          : groups.find(
              (g) =>
                g.from > comma &&
                tokens.slice(comma + 1, g.from).every((x) => x.pos === "DET" || x.pos === "ADJ"),
            );
      if (clause !== undefined) subjectGroup = clause;
    }
    // "protested against Russia's meeting with the Taliban": a meeting noun's possessor holds it
    if (p.meeting === true && t.pos === "NOUN" && tokens[i - 1]?.lower === "'s") {
      const owner = groups.find((g) => g.to === i - 1);
      if (owner !== undefined) subjectGroup = owner;
    }
    // "call off the talks" is no call
    if (p.mode === "phone" && tokens[end]?.lower === "off") continue;
    // "pro-Moscow", "Kremlin-backed": part of a compound word, not a verb (a list's dash is not)
    if (tokens[i - 1]?.lower === "-" && tokens[i - 1]?.end === t.start) continue;
    // "called on Damascus to observe the ceasefire": what is asked or threatened has not happened;
    // its object is the recipient of the request or offer ("offered to hand over to Britain").
    const governing =
      tokens[i - 1]?.lower === "to"
        ? [...drafts]
            .reverse()
            .find((d) => ["REQUEST", "THREATEN", "AGREE", "REJECT"].includes(d.type))
        : undefined;
    // "are willing to resume power-sharing talks with X": talks only intended, not held (right
    // after "to", the intention's own event takes their parties, as above)
    const near = Math.max(0, i - 6);
    const intent = tokens.slice(near, i).findIndex((x) => intending.has(x.lower));
    if (
      governing === undefined &&
      p.type === "CONSULT" &&
      intent >= 0 &&
      !groups.some((g) => g.from > near + intent && g.from < i)
    )
      continue;
    // "invited Erdogan to meet in Sochi", "invited Togo to visit Accra": the meeting invited to
    // is the invitation's, its guests invited, not yet attendees
    const invitation =
      tokens[i - 1]?.lower === "to" && p.type === "CONSULT"
        ? drafts.find((d) => d.pattern.words[0] === "invite" && d.at < i && i - d.at <= 8)
        : undefined;
    if (invitation !== undefined && !invitation.negated) {
      for (let k = i; k < end; k++) consumed[k] = true;
      continue;
    }
    // "met its climate targets", "met stiff resistance": meeting what is no party
    if (p.words.length === 1 && p.words[0] === "meet" && metThing(tokens, end)) continue;
    // "warned Greece against holding the meeting", "kept Kabul from attending": not held
    if (
      p.meeting === true &&
      /ing$/.test(t.lower) &&
      ["against", "from"].includes(tokens[i - 1]?.lower ?? "")
    )
      continue;
    let objectGroup =
      p.object === null && !passive
        ? undefined
        : nearestAfter(
            groups,
            tokens,
            end,
            p.words.length > 1 && prepositions.has(p.words[p.words.length - 1] as string) ? 8 : 10,
            p.meeting === true,
          );
    // "a meeting hosted by Russia": a participle after a noun, with its agent, is a passive whose
    // subject is that noun, not an actor before it
    if (
      !passive &&
      tokens[end]?.lower === "by" &&
      /ed$/.test(t.lower) &&
      ((tokens[i - 1]?.pos === "NOUN" && !inMention(i - 1)) ||
        groups.some(
          (g) =>
            g.to === i &&
            ["on", "about", "in", "of", "with", "between"].includes(precedingWord(tokens, g.from)),
        ))
    ) {
      subjectGroup = nearestAfter(groups, tokens, end + 1, 2);
      objectGroup = undefined;
      if (subjectGroup === undefined) continue;
    } else if (passive && p.subject !== "excluded") {
      // ("was frozen out of" is the pattern's own passive: its subject stays excluded)
      // "X was invited by Y": the grammatical subject takes the object's role.
      // ("was attended by the leaders of Russia and China", "by representatives of 12
      // countries, including Russia": the parties the delegates are sent by)
      const agent =
        tokens[end]?.lower !== "by"
          ? undefined
          : (nearestAfter(groups, tokens, end + 1, 2) ??
            groups.find(
              (g) =>
                g.from > end &&
                g.from <= end + 12 &&
                (delegatesOf(tokens, g.from) || tokens[g.from - 1]?.lower === "including") &&
                !tokens
                  .slice(end + 1, g.from)
                  .some((x) => (x.pos === "VERB" && x.lower !== "including") || x.lower === "."),
            ));
      objectGroup = subjectGroup;
      subjectGroup = agent;
    }
    let objectActors = objectGroup?.actors ?? [];
    // "convened talks between Addis Ababa and the TPLF": the parties of a meeting
    if (p.meeting === true && !passive && (objectActors.length === 0 || p.object === null)) {
      for (let k = end; k < Math.min(tokens.length, end + 8); k++) {
        const w = tokens[k]?.lower ?? "";
        if (objectStops.has(w)) break;
        if (w === "between" || w === "with") {
          const parties = nearestAfter(groups, tokens, k + 1, 2);
          if (parties !== undefined) objectActors = parties.actors;
          break;
        }
      }
    }
    // The recipient further on: "promised to continue military aid to Mozambique", "lifted a
    // curfew in Montenegro", "threatened to break relations with Russia".
    let fromFallback = false;
    // a place's state may be the actor's own ("imposed a curfew in Algiers"): both are kept
    let fromPlace = false;
    if (objectActors.length === 0 && !passive && p.object !== null && p.meeting !== true) {
      const r = recipientAfter(groups, tokens, end, blamesAgent.has(p.type));
      if (r !== undefined) {
        objectActors = r.actors;
        objectGroup = r;
        fromFallback = true;
      }
    }
    // "imposed a curfew in southeastern Turkey": a state named as the place of a hostile act
    // is its recipient, as a place is, even when it is the actor's own
    if (!passive && objectGroup !== undefined && placeRecipient.has(p.type)) {
      let k = objectGroup.from - 1;
      while (k > end && (tokens[k]?.pos === "ADJ" || tokens[k]?.lower === "the")) k--;
      if (k >= end && placePrepositions.has(tokens[k]?.lower ?? "")) fromPlace = true;
    }
    // A place after a hostile or visit verb stands for its state: "fired at targets in
    // Jericho" (PSE), "arrived in Amman" (the host, JOR), as PLOVER's coders read it.
    if (
      objectActors.length === 0 &&
      !passive &&
      p.object !== null &&
      (placeRecipient.has(p.type) || p.mode === "visit")
    ) {
      const at = placeAfter(places, tokens, end);
      if (at !== undefined) {
        objectActors = [at];
        fromFallback = true;
        fromPlace = true;
      }
    }
    // "Prisoners rioted at a jail in northern Israel": a material act without an object is
    // done to the place where it happens.
    let placeOnly = false;
    if (
      objectActors.length === 0 &&
      !passive &&
      p.object === null &&
      p.meeting !== true &&
      placeRecipient.has(p.type)
    ) {
      const r = recipientAfter(groups, tokens, end);
      let k = (r?.from ?? 0) - 1;
      while (k > end && (tokens[k]?.pos === "ADJ" || tokens[k]?.lower === "the")) k--;
      const state =
        r !== undefined && k >= end && placePrepositions.has(tokens[k]?.lower ?? "")
          ? r.actors[0]
          : undefined;
      const at = state ?? placeAfter(places, tokens, end);
      if (at !== undefined) {
        objectActors = [at];
        fromPlace = true;
        placeOnly = true;
      }
    }
    const objectRoleFor = p.object ?? (placeOnly ? "target" : "attendee");
    if (objectActors.length === 0 && !passive && p.object !== null) {
      const pron = tokens.slice(end, end + 2).find((x) => objectPronouns.has(x.lower));
      if (pron !== undefined) {
        const subj = subjectGroup?.actors ?? [];
        for (let k = memory.length - 1; k >= 0; k--) {
          const m = memory[k];
          if (
            m !== undefined &&
            !subj.includes(m.actor) &&
            m.kind !== "state" &&
            m.kind !== "government"
          ) {
            objectActors = [m.actor];
            break;
          }
        }
      }
    }
    // "Zelensky plans to meet Biden": a meeting planned is read as a meeting, like one that
    // "will" take place, not as the plan's object
    const planned =
      governing !== undefined &&
      p.meeting === true &&
      ["plan", "intend"].includes(governing.pattern.words[0] ?? "") &&
      governing.at >= i - 3;
    if (planned) drafts.splice(drafts.indexOf(governing as DraftEvent), 1);
    if (governing !== undefined && !planned) {
      if (!governing.participants.some((x) => x.role === "target")) {
        for (const o of objectActors) {
          if (!governing.participants.some((x) => x.actor === o))
            governing.participants.push({ actor: o, role: "target" });
        }
      }
      for (let k = i; k < end; k++) consumed[k] = true;
      continue;
    }
    let subjectActors = subjectGroup?.actors ?? [];
    if (subjectActors.length === 0 && !passive) {
      subjectActors = impliedSubject(
        tokens,
        i,
        reports,
        mentions,
        kindOfState,
        objectActors,
        memory,
        p.meeting === true,
      );
    }
    // "The minister met with Hamas and Fatah": a meeting whose subject is an office or envoy of
    // no actor named still has the parties after its verb ("the group met ..." has none)
    const objectsOnly =
      p.meeting === true &&
      !negated &&
      objectActors.length > 0 &&
      objectRoleFor === "attendee" &&
      officeSubject(tokens, i);
    if (subjectActors.length === 0 && !passive && p.subject !== null && !objectsOnly) continue;
    if (subjectActors.length === 0 && objectActors.length === 0) continue;
    // "Taliban fighters gathered in Kunduz" is no meeting; envoys of several parties gathering is
    if (p.several === true && new Set(subjectActors).size < 2) continue;
    const participants: DraftEvent["participants"] = [];
    let transformed = false;
    const subjectRole = negated && p.negatedSubject !== undefined ? p.negatedSubject : p.subject;
    const objectRole = negated && p.negatedObject !== undefined ? p.negatedObject : objectRoleFor;
    if (negated && (p.negatedSubject !== undefined || p.negatedObject !== undefined))
      transformed = true;
    const asObserver = /\b(as|through|via) (an |its )?observers?\b/.test(
      tokens
        .slice(end, end + 6)
        .map((x) => x.lower)
        .join(" "),
    );
    for (const a of subjectActors) {
      if (subjectRole !== null)
        participants.push({ actor: a, role: asObserver && p.meeting ? "observer" : subjectRole });
    }
    for (const a of objectActors) {
      if (objectRole !== null && (fromPlace || !participants.some((x) => x.actor === a)))
        participants.push({ actor: a, role: objectRole });
    }
    // "led the Ogoni Front delegation at the talks": the delegation's owner attends too
    if (p.meeting === true && p.words[0] === "lead" && p.words.includes("delegation")) {
      for (const m of mentions)
        if (m.from > i && m.to < end && !participants.some((x) => x.actor === m.actor))
          participants.push({ actor: m.actor, role: "attendee" });
    }
    // "declined Russia's invitation": whoever invites hosts the meeting
    if (p.meeting === true && p.words.includes("invitation")) {
      for (const g of groups) {
        if (g.from <= i || g.to >= end || tokens[g.to]?.lower !== "'s") continue;
        for (const a of g.actors)
          if (!participants.some((x) => x.actor === a))
            participants.push({ actor: a, role: "host" });
      }
    }
    if (participants.length === 0) continue;
    let certainty: Certainty = "reported";
    for (const h of hedges)
      if (h.at < i && (certainty === "reported" || h.certainty === "speculated"))
        certainty = h.certainty;
    let asserter: string | null = null;
    let stance: Stance = "asserts";
    for (const r of reports) {
      const applies = r.backwards ? r.at > i : r.end <= i;
      if (!applies) continue;
      asserter = r.asserter;
      stance = r.pattern.stance;
      if (r.pattern.certainty !== undefined && certainty === "reported")
        certainty = r.pattern.certainty;
    }
    const isLasting = p.relation !== undefined && (p.lasting === true || lasting.test(text));
    // PLOVER codes an intention as AGREE and an announced hostile act as THREATEN.
    const type =
      future && p.meeting !== true && p.relation === undefined ? intended(p.type) : p.type;
    drafts.push({
      at: i,
      pattern: p,
      type,
      mode: p.mode,
      participants,
      negated: negated && !transformed,
      certainty,
      asserter,
      stance,
      relation: isLasting ? (p.relation ?? null) : null,
      confidence:
        Math.round(
          (confidenceOf(p, subjectActors.length > 0, objectActors.length > 0, certainty) -
            (fromFallback ? 0.05 : 0)) *
            100,
        ) / 100,
    });
    for (let k = i; k < end; k++) consumed[k] = true;
  }
  return drafts;
}

const hostile = new Set<PloverType>(["ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "PROTEST"]);
const verbal = new Set<PloverType>(["REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE", "SUPPORT"]);

/** The type of an event announced with "will" or "would" (PLOVER's future auxiliary mode). */
function intended(t: PloverType): PloverType {
  if (verbal.has(t)) return t;
  return hostile.has(t) ? "THREATEN" : "AGREE";
}

/** Nouns of what is met that is no party: needs, targets, resistance ... */
const metThings =
  /^(needs?|targets?|expectations?|demands?|requirements?|criteria|conditions?|deadlines?|obligations?|goals?|standards?|resistance|challenges?|fate|death|end|opposition|thresholds?|quotas?|commitments?|costs?|payments?|approval|criticism|skepticism|scepticism)$/;

/** Whether the words from `k` name something met that is no party ("its climate targets"). */
function metThing(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < k + 4; j++) {
    const t = tokens[j];
    if (t === undefined) return false;
    if (metThings.test(t.lower)) return tokens[j + 1]?.pos !== "NOUN";
    if (!["DET", "ADJ", "PRON", "NOUN", "ADV", "PROPN", "PART"].includes(t.pos)) return false;
  }
  return false;
}

/**
 * The subject a sentence implies when no actor stands before the verb: a pronoun after a verb
 * of saying is the sayer ("Iraq said it would allow ..."); a side's people or units ("police",
 * "rebels", "troops") act for the one state the sentence names ("police in Kenya arrested ...").
 */
function impliedSubject(
  tokens: readonly Token[],
  i: number,
  reports: readonly { at: number; asserter: string | null }[],
  mentions: readonly SentenceMention[],
  isState: (actor: string) => boolean,
  objects: readonly string[],
  memory: ParagraphMemory = [],
  // ("The ministers met in Beijing on Afghanistan": a state named after a meeting's verb is its
  // place or topic, not the ministers')
  meeting = false,
): string[] {
  let k = i - 1;
  while (
    k >= 0 &&
    ((tokens[k] as Token).pos === "ADV" ||
      (tokens[k] as Token).pos === "PART" ||
      auxLike.has((tokens[k] as Token).lemma))
  )
    k--;
  const before = tokens[k];
  if (before === undefined) return [];
  if (["it", "they", "he", "she", "we"].includes(before.lower)) {
    const r = [...reports].reverse().find((x) => x.at < k && x.asserter !== null);
    if (r?.asserter) return [r.asserter];
    // "Lavrov arrived in Kabul. He met Ghani" ("Later, he met ...", "On Tuesday she met ..."):
    // he or she opening the sentence's first clause is the paragraph's newest person
    const opening = tokens
      .slice(0, k)
      .every((t, j) => t.pos !== "VERB" && !mentions.some((m) => m.from <= j && j < m.to));
    if ((before.lower === "he" || before.lower === "she") && opening) {
      const person = [...memory]
        .reverse()
        .find((m) => m.person === true && !mentions.some((x) => x.actor === m.actor));
      return person === undefined ? [] : [person.actor];
    }
    // "The Taliban sent a delegation to Moscow. It met Lavrov": "it" or "they" opening the
    // sentence is the paragraph's newest actor that is no person and is not named here
    if ((before.lower === "it" || before.lower === "they") && opening && k === 0) {
      const actor = [...memory]
        .reverse()
        .find((m) => m.person !== true && !mentions.some((x) => x.actor === m.actor));
      // ("Togo and Benin are neighbours. They met": "they" of states is more than the newest)
      if (actor === undefined) return [];
      if (before.lower === "they" && (actor.kind === "state" || actor.kind === "government"))
        return [];
      return [actor.actor];
    }
    return [];
  }
  if (actorHeads.has(before.lower) && before.pos === "NOUN") {
    const states = [
      ...new Set(
        mentions
          .filter((m) => isState(m.actor) && !objects.includes(m.actor) && (!meeting || m.to <= i))
          .map((m) => m.actor),
      ),
    ];
    return states.length === 1 ? states : [];
  }
  return [];
}

/** A rough prior: full patterns with both sides found and no hedge are most often right. */
function confidenceOf(
  p: VerbPattern,
  subject: boolean,
  object: boolean,
  certainty: Certainty,
): number {
  let c = 0.5;
  if (subject) c += 0.2;
  if (object || p.object === null) c += 0.15;
  if (p.words.length > 1) c += 0.1;
  if (certainty !== "reported") c -= 0.1;
  return Math.round(c * 100) / 100;
}
