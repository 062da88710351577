import type { SentenceMention } from "../actor-mentions";
import type { ParticipantRole } from "../extraction";
import type { Token } from "../sentence-tokens";
import type { DraftEvent, SentenceFrame } from "./argument-slots";
import {
  clauseBreaks,
  complementPrepositions,
  firstSubject,
  meetingNounWords,
  pastMeetingModifiers,
  precedingWord,
} from "./argument-slots";

const crowds =
  /\b(protesters|protestors|demonstrators|demonstration|demonstrations|rally|rallies|marchers|march|marched|strikers|strike|crowds?|riot|rioters|students|workers)\b/;

const protestedThings =
  /\b(meeting|meetings|talks|conference|summit|decision|resolution|plan|statement|visit|move|exclusion|election|elections)\b/;

/** An actor that speaks for a state or an organisation, not a street's crowd. */
function official(frame: SentenceFrame, actor: string): boolean {
  const kind = frame.kindOf(actor);
  return (
    ["state", "government", "international_org", "body"].includes(kind) &&
    !/-(protesters|civilians|opposition|rebels|refugees|business|media|radicals)$/.test(actor)
  );
}

/** Whether a meeting noun follows `k` within two words ("the ECOWAS summit"). */
function meetingNounAfter(tokens: readonly Token[], k: number): boolean {
  return tokens.slice(k, k + 2).some((t) => meetingNounWords.has(t.lower));
}

/** The meeting noun after a preposition at `k` ("in a meeting", "during their talks"), if any. */
function meetingAfter(tokens: readonly Token[], k: number): string | undefined {
  // "on the sidelines of the summit"
  if (
    tokens[k]?.lower === "on" &&
    tokens[k + 2]?.lower === "sidelines" &&
    tokens[k + 3]?.lower === "of"
  )
    return meetingAfter(tokens, k + 3);
  const j = pastMeetingModifiers(tokens, k + 1, k + 4);
  const w = tokens[j]?.lower ?? "";
  return /^(meeting|talks|summit)$/.test(w) && j > k + 1 ? w : undefined;
}

/**
 * A draft read anew as a meeting of `mode`: its pattern's type, mode and roles changed, the
 * subject's actors (its sources) taking `subject` and the others `object`.
 */
function recastAsMeeting(
  d: DraftEvent,
  mode: string,
  subject: ParticipantRole,
  object: ParticipantRole,
): void {
  d.pattern = { ...d.pattern, type: "CONSULT", mode, subject, object, meeting: true };
  d.type = "CONSULT";
  d.mode = mode;
  for (const p of d.participants) p.role = p.role === "source" ? subject : object;
}

/** Whether a mention names a person: by a person's name, as a new person, or a titled demonym. */
function namesPerson(m: SentenceMention): boolean {
  return (
    m.via === "person" ||
    (m.via === "new" && m.proposed?.kind === "person") ||
    (m.via === "demonym" && m.weak !== true)
  );
}

/** Words that make talks remote ("phone talks", "a video conference"). */
const remoteWords = new Set([
  "phone",
  "telephone",
  "telephonic",
  "video",
  "videoconference",
  "virtual",
  "online",
]);

/** The first words of patterns of taking part: "attend", "participate in", "take part in", "join". */
const joiningWords = new Set(["attend", "participate", "take", "join"]);

/** Heads of what one takes part in that are no meeting. */
const notMeetings =
  /^(drills?|exercises?|manoeuvres?|maneuvers?|operations?|missions?|peacekeeping|elections?|polls?|votes?|referendum|protests?|demonstrations?|rall(y|ies)|strikes?|wars?|fighting|battles?|offensives?|attacks?|campaigns?|coalition|alliance|forces|funerals?|games|patrols?|raids?|invasion|boycott|efforts?|fight|struggle|uprising|rebellion|insurgency|army|ranks)$/;

/**
 * The head noun of what the verb at `at` takes part in ("took part in the joint drills"): the
 * first common noun after it, past the pattern's own words, articles, adjectives and names,
 * within six words and before a new clause.
 */
function joinedHead(tokens: readonly Token[], at: number): string | undefined {
  for (let k = at + 1; k < Math.min(tokens.length, at + 7); k++) {
    const t = tokens[k] as Token;
    if (t.pos === "PUNCT" || t.pos === "VERB" || t.pos === "AUX") return undefined;
    if (t.lower === "part") continue;
    if (t.pos === "NOUN") return t.lower;
  }
  return undefined;
}

/** Titles that may follow a welcomed guest's demonym ("his Kazakh counterpart"). */
const guestTitles = new Set(["counterpart", "president", "leader", "minister", "premier", "envoy"]);

/** Nouns of the seats where guests are welcomed ("at the presidential palace"). */
const seatNouns = new Set(["palace", "residence", "headquarters", "ministry", "airport"]);

/**
 * Whether a welcomed guest, whose mention ends at `k`, is welcomed to or at a place ("welcomed
 * Togo's president to Accra", "welcomed his Kazakh counterpart at the Kremlin"): "to", "at" or
 * "in" after it (past a title), then within two words a place or a name.
 */
function welcomedAtPlace(frame: SentenceFrame, k: number): boolean {
  const { tokens } = frame;
  let at = k;
  while (at < k + 2 && guestTitles.has(tokens[at]?.lower ?? "")) at++;
  const word = tokens[at]?.lower ?? "";
  if (word !== "to" && word !== "at" && word !== "in") return false;
  const near = (from: number): boolean => from === at + 1 || from === at + 2;
  if (frame.places.some((p) => near(p.from))) return true;
  // a seat named by a name ("the Kremlin", "the White House") or a seat's noun ("the
  // presidential palace"); "to" needs a place itself
  return (
    word === "at" &&
    (frame.mentions.some((m) => near(m.from)) ||
      (tokens[at + 1]?.lower === "the" && tokens[at + 2]?.pos === "PROPN") ||
      tokens.slice(at + 1, at + 4).some((x) => seatNouns.has(x.lower)))
  );
}

/**
 * Whether a guest welcomed is welcomed "for talks", "for a meeting", "for a visit" or "on a
 * visit" within the next eight words ("welcomed Erdogan to the Kremlin for talks").
 */
function forTalks(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < Math.min(tokens.length, k + 8); j++) {
    const w = tokens[j]?.lower ?? "";
    if (w === "." || w === ";") return false;
    if (w !== "for" && w !== "on") continue;
    const noun = tokens[pastMeetingModifiers(tokens, j + 1, j + 6)]?.lower ?? "";
    if (/^(talks|meeting|meetings|visit|summit|consultations|negotiations)$/.test(noun))
      return true;
  }
  return false;
}

/** The role a name takes in a meeting it modifies with a participle ("EU-brokered talks"). */
const brokerRoles: Record<string, ParticipantRole> = {
  brokered: "mediator",
  mediated: "mediator",
  facilitated: "mediator",
  hosted: "host",
  sponsored: "convenor",
  organised: "convenor",
  organized: "convenor",
  convened: "convenor",
};

/**
 * "Serbia and Kosovo held EU-brokered talks", "the Qatar-hosted talks between ...": the name in
 * a compound with a participle right before a meeting noun mediates, hosts or convenes the
 * sentence's meeting ("UN-backed talks" only backs them).
 */
function compoundBrokers(frame: SentenceFrame, drafts: DraftEvent[]): void {
  const { tokens } = frame;
  const meeting = drafts.find((d) => d.pattern.meeting === true && !d.negated);
  if (meeting === undefined) return;
  for (const m of frame.mentions) {
    if (m.weak === true) continue;
    // "EU - brokered" as three tokens, or "UN-backed" as one
    const dashed = tokens[m.to]?.text === "-";
    const word = dashed
      ? (tokens[m.to + 1]?.lower ?? "")
      : /-/.test(tokens[m.to - 1]?.text ?? "")
        ? (tokens[m.to - 1]?.lower.split("-").pop() ?? "")
        : "";
    const role = brokerRoles[word];
    if (role === undefined || !meetingNounAfter(tokens, dashed ? m.to + 2 : m.to)) continue;
    if (meeting.participants.some((p) => p.actor === m.actor)) {
      for (const p of meeting.participants) if (p.actor === m.actor) p.role = role;
    } else meeting.participants.push({ actor: m.actor, role });
  }
}

/**
 * "Ukraine and Russia exchanged prisoners after talks mediated by the UAE": talks named as the
 * occasion of the clause's act ("after", "during", "following", "at", "in"), with only their
 * mediator named, were held by the clause's subject.
 */
function mediatedOccasions(frame: SentenceFrame, drafts: DraftEvent[]): void {
  const { tokens, groups } = frame;
  for (const d of drafts) {
    if (d.pattern.meeting !== true || d.participants.some((p) => p.role !== "mediator")) continue;
    let k = d.at - 1;
    if (!meetingNounWords.has(tokens[k]?.lower ?? "")) continue;
    k--;
    while (
      k > 0 &&
      /^(the|a|an|their|his|her|its|new|direct|indirect|peace|\d.*)$/.test(tokens[k]?.lower ?? "")
    )
      k--;
    if (!/^(after|during|following|at|in|through)$/.test(tokens[k]?.lower ?? "")) continue;
    const subject = firstSubject(groups, tokens);
    if (subject === undefined || subject.from > k) continue;
    for (const a of subject.actors)
      if (!d.participants.some((p) => p.actor === a))
        d.participants.push({ actor: a, role: "attendee" });
  }
}

/** Nouns of people received as guests ("received Hamas leaders", "received the EU chief"). */
const guestNouns =
  /^(delegations?|delegates|envoys?|emissar(y|ies)|representatives?|leaders?|officials?|ministers?|senators?|lawmakers?|legislators|parliamentarians|members|chiefs?|heads?|ambassadors?|diplomats?|commanders?|generals?|counterparts?|elders|clerics|negotiators|mediators?|secretary|premier|chancellor|mayors?|governors?)$/;

/** Nouns of things received, ending the reading of a guest ("received a message from"). */
const receivedThings =
  /^(messages?|letters?|credentials|calls?|reports?|requests?|proposals?|invitations?|copies|copy|documents?|aid|support|assistance|briefings?|news|assurances?|guarantees?|pledges?|complaints?)$/;

/**
 * The words of the noun phrase after "received", up to six, stopping at punctuation or a
 * preposition other than "of"; null when a word of a thing received comes first.
 */
function receivedPhrase(tokens: readonly Token[], from: number): Token[] | null {
  const out: Token[] = [];
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const t = tokens[k] as Token;
    if (receivedThings.test(t.lower)) return null;
    if (/^[,;:.()]$/.test(t.lower) || (t.pos === "ADP" && t.lower !== "of")) break;
    out.push(t);
  }
  return out;
}

/**
 * What the sentence as a whole says about its events, applied to `drafts` (sorted by position
 * on return): demands made by protesters are their protest; those met on a visit are its hosts;
 * an event named inside another's complement is less sure than the verb it hangs on.
 */
export function adjustedEvents(frame: SentenceFrame, drafts: DraftEvent[]): void {
  const { tokens, text } = frame;
  compoundBrokers(frame, drafts);
  mediatedOccasions(frame, drafts);
  // "X was invited but declined": the invited declined
  if (/\binvited but (declined|refused|did not (attend|come))\b/.test(text)) {
    for (const d of drafts)
      for (const p of d.participants) if (p.role === "invited") p.role = "declined";
  }
  // Declining a meeting ("declined to attend", "refused to take part") is also a rejection,
  // of whoever hosts or convenes it when the sentence says so.
  const refusal = /\b(declined?|declining|refused?|refusing|rejected|boycott(ed|s|ing)?)\b/.test(
    text,
  );
  for (const d of [...drafts]) {
    if (!refusal || d.pattern.meeting !== true) continue;
    const decliners = d.participants.filter((p) => p.role === "declined").map((p) => p.actor);
    if (decliners.length === 0 || drafts.some((x) => x.type === "REJECT")) continue;
    const hosts = d.participants.filter((p) => p.role === "host" || p.role === "convenor");
    drafts.push({
      ...d,
      at: d.at + 0.5,
      pattern: {
        words: d.pattern.words,
        type: "REJECT",
        mode: null,
        subject: "source",
        object: "target",
      },
      type: "REJECT",
      mode: null,
      participants: [
        ...decliners.map((a) => ({ actor: a, role: "source" as const })),
        ...hosts.map((p) => ({ actor: p.actor, role: "target" as const })),
      ],
      relation: null,
      confidence: Math.round((d.confidence - 0.1) * 100) / 100,
    });
  }
  // A state's or an organisation's protest against a meeting or a decision is verbal: an
  // accusation ("Kabul protested against the Moscow meeting"), unless the sentence speaks of
  // crowds in the street.
  if (!crowds.test(text) && protestedThings.test(text)) {
    for (const d of drafts) {
      if (d.type !== "PROTEST" || d.participants.some((p) => p.role === "target")) continue;
      const sources = d.participants.filter((p) => p.role === "source");
      if (sources.length > 0 && sources.every((p) => official(frame, p.actor))) {
        d.type = "ACCUSE";
        d.mode = null;
      }
    }
  }
  // Demands made by protesters are their protest (PLOVER codes the protest, not the demand).
  if (
    /\b(protest|protests|protesters|protestors|demonstrators|demonstration|demonstrations|rally|rallies|marchers|strikers)\b/.test(
      text,
    )
  ) {
    for (const d of drafts) {
      if (d.type === "REQUEST" && !drafts.some((x) => x.type === "PROTEST")) {
        d.type = "PROTEST";
        d.mode = "demo";
      }
    }
  }
  // "took part in the drills with Russia", "joined the coalition", "attended the funeral": what
  // one takes part in, attends or joins is a meeting only when it is not an act of another kind;
  // joint drills are military cooperation, a protest joined is a protest, the rest no event of
  // their own
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n] as DraftEvent;
    if (d.pattern.meeting !== true || !joiningWords.has(d.pattern.words[0] ?? "")) continue;
    // "attended to the wounded": caring for, no meeting; "joined the World Trade
    // Organization": a membership, no meeting
    const joinedBody =
      d.pattern.words[0] === "join" &&
      d.pattern.words.length === 1 &&
      frame.mentions.some(
        (m) =>
          m.from > d.at &&
          m.from - d.at <= 2 &&
          (["international_org", "body"].includes(frame.kindOf(m.actor)) ||
            ["international_org", "body"].includes(m.proposed?.kind ?? "")) &&
          !meetingNounAfter(tokens, m.to),
      );
    if ((d.pattern.words[0] === "attend" && tokens[d.at + 1]?.lower === "to") || joinedBody) {
      drafts.splice(n, 1);
      continue;
    }
    // "Russia and China joined the United States and Pakistan in the extended troika": those
    // joined in a meeting take part in it too
    if (d.pattern.words[0] === "join" && d.pattern.words.length === 1) {
      const joined = frame.groups.find(
        (g) =>
          g.from > d.at &&
          tokens.slice(d.at + 1, g.from).every((t) => t.lower === "the") &&
          tokens[g.to]?.lower === "in",
      );
      // ("joined Iran in condemning the strike": joining in an act is no meeting)
      if (joined !== undefined && /ing$/.test(tokens[joined.to + 1]?.lower ?? "")) {
        drafts.splice(n, 1);
        continue;
      }
      for (const a of joined?.actors ?? [])
        if (!d.participants.some((p) => p.actor === a))
          d.participants.push({ actor: a, role: "attendee" });
    }
    const head = joinedHead(tokens, d.at);
    if (head === undefined || !notMeetings.test(head)) continue;
    if (/^(drills?|exercises?|manoeuvres?|maneuvers?)$/.test(head) && d.participants.length > 1) {
      d.pattern = { ...d.pattern, type: "COOPERATE", mode: "military", meeting: false };
      d.type = "COOPERATE";
      d.mode = "military";
      d.participants = d.participants.map((p, k) => ({
        actor: p.actor,
        role: k === 0 ? ("source" as const) : ("target" as const),
      }));
    } else if (/^(protests?|demonstrations?|rall(y|ies)|strikes?)$/.test(head)) {
      // "took part in the protest": a protest by those who took part
      d.pattern = { ...d.pattern, type: "PROTEST", mode: null, meeting: false };
      d.type = "PROTEST";
      d.mode = null;
      d.participants = d.participants.map((p) => ({ actor: p.actor, role: "source" as const }));
    } else drafts.splice(n, 1);
  }
  // "held phone talks with", "talks by video link", "virtual talks": talks at a distance are
  // no meeting, whatever words name them
  if (/\b(phone|telephone|telephonic|video|videoconference|virtual|online)\b/.test(text)) {
    for (const d of drafts) {
      if (d.type !== "CONSULT" || d.mode === "phone" || d.mode === "visit") continue;
      const near = tokens.slice(Math.max(0, d.at - 1), d.at + 6).map((x) => x.lower);
      // "... by phone" after the verb, with no other event's verb between
      const by = tokens.findIndex(
        (x, k) =>
          k > d.at &&
          (x.lower === "by" || x.lower === "over") &&
          remoteWords.has(tokens[k + (tokens[k + 1]?.lower === "the" ? 2 : 1)]?.lower ?? ""),
      );
      const remote =
        near.some((w) => remoteWords.has(w)) ||
        (by > d.at && !drafts.some((o) => o !== d && o.at > d.at && o.at < by));
      if (!remote) continue;
      d.pattern = { ...d.pattern, mode: "phone", meeting: false };
      d.mode = "phone";
    }
  }
  // "Kenya's meeting with Uganda was cancelled", "the talks were postponed": a meeting named
  // by a noun and called off did not take place
  if (
    /\b(was|were|been|be|is|are) (cancell?ed|postponed|called off|scrapped|put off|delayed|suspended)\b/.test(
      text,
    )
  ) {
    for (let n = drafts.length - 1; n >= 0; n--) {
      const d = drafts[n] as DraftEvent;
      if (
        d.type === "CONSULT" &&
        d.pattern.meeting === true &&
        meetingNounWords.has(tokens[d.at]?.lower ?? "")
      )
        drafts.splice(n, 1);
    }
  }
  // "Pompeo and Lavrov discussed Syria in a meeting in Sochi": a discussion in a meeting is
  // that meeting, of the subject and whoever it was discussed "with" (what was discussed is
  // its topic); "met Putin and discussed Iran": the discussion is the meeting's, not an event
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n] as DraftEvent;
    // ("spoke with", "talked to" someone at a meeting, as "discussed" with them)
    if (
      d.type !== "CONSULT" ||
      d.mode !== null ||
      !/^(discuss|speak|talk)$/.test(d.pattern.words[0] ?? "")
    )
      continue;
    // "spoke with reporters", "spoke with the press": talking to the press meets no one
    if (
      /^(speak|talk)$/.test(d.pattern.words[0] ?? "") &&
      (!d.participants.some((p) => p.role === "target") ||
        tokens
          .slice(d.at + 1, d.at + 4)
          .some((t) =>
            /^(reporters|journalists|press|media|newsmen|correspondents)$/.test(t.lower),
          ))
    ) {
      drafts.splice(n, 1);
      continue;
    }
    const subjects = d.participants.filter((p) => p.role === "source").map((p) => p.actor);
    if (
      drafts.some(
        (o) =>
          o !== d &&
          o.pattern.meeting === true &&
          subjects.some((a) => o.participants.some((p) => p.actor === a)),
      )
    ) {
      drafts.splice(n, 1);
      continue;
    }
    // "discussed the Afghan peace process with his Russian counterpart": the party is the one
    // discussed with, not the topic
    const withAt = tokens.findIndex(
      (x, k) =>
        k > d.at &&
        k <= d.at + 12 &&
        (x.lower === "with" || (x.lower === "to" && k === d.at + 1)) &&
        tokens[k - 1]?.lower !== ",",
    );
    const partner =
      withAt < 0
        ? undefined
        : frame.groups.find(
            (g) =>
              g.from > withAt &&
              g.from <= withAt + 4 &&
              tokens
                .slice(withAt + 1, g.from)
                .every(
                  (x) =>
                    x.pos === "DET" || x.pos === "ADJ" || /^(his|her|its|their)$/.test(x.lower),
                ),
          );
    const partners = (partner?.actors ?? []).filter((a) => !subjects.includes(a));
    // "Russia and Turkey discussed Syria": two or more who discuss, with no one else named
    // after "with", discussed a topic, not a party
    if (partners.length === 0 && new Set(subjects).size >= 2 && d.pattern.words[0] === "discuss")
      d.participants = d.participants.filter((p) => p.role === "source");
    if (partners.length > 0)
      d.participants = [
        ...d.participants.filter((p) => p.role === "source"),
        ...partners.map((a) => ({ actor: a, role: "target" as const })),
      ];
    const at = tokens.findIndex(
      (x, k) =>
        k > d.at && ["in", "during", "at", "on"].includes(x.lower) && meetingAfter(tokens, k),
    );
    if (at < 0 || subjects.length === 0) continue;
    const withWhom =
      partners.length > 0
        ? partners
        : d.participants
            .filter((p) => p.role === "target")
            .filter((p) =>
              frame.mentions.some(
                (m) =>
                  m.actor === p.actor && m.from > d.at && precedingWord(tokens, m.from) === "with",
              ),
            )
            .map((p) => p.actor);
    const noun = meetingAfter(tokens, at) ?? "meeting";
    const mode = noun === "talks" ? "talks" : noun === "summit" ? "conference" : "meeting";
    d.pattern = {
      ...d.pattern,
      type: "CONSULT",
      mode,
      subject: "attendee",
      object: "attendee",
      meeting: true,
    };
    d.mode = mode;
    d.participants = [...subjects, ...withWhom].map((a) => ({
      actor: a,
      role: "attendee" as const,
    }));
  }
  // "Russian jets flew to Syria": flying somewhere is a visit only of a person
  for (let n = drafts.length - 1; n >= 0; n--) {
    const d = drafts[n] as DraftEvent;
    if (d.mode !== "visit" || d.pattern.words[0] !== "fly") continue;
    const visitor = d.participants.find((p) => p.role === "attendee");
    const named = frame.mentions.filter((m) => m.actor === visitor?.actor && m.to <= d.at);
    const person = named.some(
      (m) =>
        m.via === "person" ||
        (m.via === "new" && m.proposed?.kind === "person") ||
        (m.via === "demonym" && m.to - m.from > 1 && !/s$/.test(tokens[m.to - 1]?.lower ?? "")),
    );
    if (!person) drafts.splice(n, 1);
  }
  // "The Indian ambassador called on the Nepalese prime minister in Kathmandu": calling on a
  // person, with nothing asked of them ("to withdraw", "for restraint"), is a courtesy visit
  for (const d of drafts) {
    const [w0, w1] = d.pattern.words;
    if (d.type !== "REQUEST" || w0 !== "call" || (w1 !== "on" && w1 !== "upon") || d.negated)
      continue;
    const rest = tokens.slice(d.at + 2);
    if (rest.some((x, k) => x.lower === "for" || (x.lower === "to" && rest[k + 1]?.pos === "VERB")))
      continue;
    const target = d.participants.find((p) => p.role === "target");
    const called = frame.mentions.find(
      (m) =>
        target !== undefined && m.actor === target.actor && m.from > d.at && m.from - d.at <= 4,
    );
    if (called === undefined || !namesPerson(called)) continue;
    recastAsMeeting(d, "visit", "attendee", "host");
  }
  // "President Biden received the Kenyan president", "the ambassador was received by the king":
  // receiving a person (a titled or known person, a state's official), or welcoming one to a
  // place, is hosting a meeting
  for (const d of drafts) {
    const word = d.pattern.words[0];
    const receives = d.type === "CONSULT" && d.mode === null && word === "receive";
    // "welcomed Togo's president to Accra": welcoming a person to a place is hosting them
    const welcomes = d.type === "SUPPORT" && word === "welcome";
    if ((!receives && !welcomes) || d.negated) continue;
    const hosts = d.participants.filter((p) => p.role === "source");
    const guests = d.participants.filter((p) => p.role === "target");
    if (hosts.length === 0 || guests.length === 0) continue;
    const by = tokens[d.at + 1]?.lower === "by";
    // "received a delegation (an envoy) from Uganda", "received Hamas leaders", "received the EU
    // foreign policy chief": the noun phrase received names people
    const received = receives && !by ? receivedPhrase(tokens, d.at + 1) : [];
    // "received a letter (assurances) from Erdogan's ministers": a thing, not a guest
    if (received === null) continue;
    const sent = received.some((t) => guestNouns.test(t.lower));
    const reach = sent ? 6 : 3;
    const guest = frame.mentions.find(
      (m) =>
        m.actor === guests[0]?.actor &&
        (by ? m.to <= d.at && d.at - m.to <= 3 : m.from > d.at && m.from - d.at <= reach),
    );
    // ("Macron received Scholz": a new name of no known kind, not an acronym, is a person's)
    const personal = (m: SentenceMention): boolean =>
      (m.via !== "demonym" && namesPerson(m)) ||
      (m.via === "new" &&
        m.proposed?.kind === "unknown" &&
        !/^\p{Lu}{2,}$/u.test(m.proposed.name) &&
        m.to - m.from <= 3);
    // "received the ECOWAS mediator Goodluck Jonathan": an officer named in the guest's group
    const group = frame.groups.find(
      (g) => guest !== undefined && g.from <= guest.from && guest.to <= g.to,
    );
    const person =
      guest !== undefined &&
      (sent ||
        personal(guest) ||
        namesPerson(guest) ||
        (group !== undefined &&
          frame.mentions.some((m) => m.from >= group.from && m.to <= group.to && personal(m))));
    if (!person) continue;
    if (welcomes && (by || !(welcomedAtPlace(frame, guest.to) || forTalks(tokens, guest.to))))
      continue;
    recastAsMeeting(d, "meeting", "host", "attendee");
  }
  // "met Togo on Monday and Benin on Tuesday", "held talks with Togo, and later with Benin": a
  // party joined by "and" past a phrase of time or place is met too, unless a verb follows it
  for (const d of drafts) {
    if (d.pattern.meeting !== true || d.pattern.object === null || d.relation !== null) continue;
    const met = frame.groups.filter(
      (g) => g.from > d.at && g.actors.some((a) => d.participants.some((p) => p.actor === a)),
    );
    const last = met[met.length - 1];
    if (last === undefined) continue;
    let k = last.to;
    while (k < Math.min(tokens.length, last.to + 8) && tokens[k]?.lower !== "and") {
      const w = tokens[k];
      if (w === undefined || w.pos === "VERB" || w.pos === "AUX" || clauseBreaks.has(w.lower))
        break;
      if (frame.groups.some((g) => g.from === k)) break;
      k++;
    }
    if (tokens[k]?.lower !== "and" || k === last.to) continue;
    let j = k + 1;
    while (["later", "then", "also", "separately", "with", "the"].includes(tokens[j]?.lower ?? ""))
      j++;
    const next = frame.groups.find((g) => g.from === j);
    if (next === undefined) continue;
    const after = tokens[next.to];
    if (after !== undefined && (after.pos === "VERB" || after.pos === "AUX")) continue;
    const role = d.pattern.object === "host" ? "host" : "attendee";
    for (const a of next.actors)
      if (!d.participants.some((p) => p.actor === a)) d.participants.push({ actor: a, role });
  }
  // "met with visiting Prime Minister X": "visiting" before a name says who visits, not whom;
  // the visitor attends the meeting of the sentence, whose other parties host it
  for (const v of [...drafts]) {
    if (v.mode !== "visit" || tokens[v.at]?.lower !== "visiting") continue;
    if (/^(is|was|are|were|been|be)$/.test(tokens[v.at - 1]?.lower ?? "")) continue;
    const k = tokens[v.at + 1]?.lower === "the" ? v.at + 2 : v.at + 1;
    const visitor = frame.groups.find((g) => g.from === k);
    const meeting = [...drafts]
      .reverse()
      .find((d) => d !== v && d.pattern.meeting === true && d.mode !== "visit" && d.at < v.at);
    if (visitor === undefined || meeting === undefined) continue;
    drafts.splice(drafts.indexOf(v), 1);
    for (const p of meeting.participants) if (p.role === "attendee") p.role = "host";
    for (const a of visitor.actors)
      if (!meeting.participants.some((p) => p.actor === a))
        meeting.participants.push({ actor: a, role: "attendee" });
  }
  // "X travelled to the region and met with A and B": A and B received a visit.
  const visitors = new Set(
    drafts
      .filter((d) => d.mode === "visit")
      .flatMap((d) => d.participants.filter((p) => p.role === "attendee").map((p) => p.actor)),
  );
  if (visitors.size > 0) {
    for (const d of drafts) {
      if (d.pattern.meeting !== true || !d.participants.some((p) => visitors.has(p.actor)))
        continue;
      for (const p of d.participants)
        if (p.role === "attendee" && !visitors.has(p.actor)) p.role = "host";
    }
  }
  drafts.sort((a, b) => a.at - b.at);
  // An event named inside another's complement ("rejected an Indian proposal for signing a
  // trade pact", "agreed to US mediation in the talks with ...") is often not an act that took
  // place, and never the sentence's main event: it is less certain than the verb it hangs on.
  for (const d of drafts) {
    const t = tokens[d.at];
    if (t === undefined || !drafts.some((e) => e.at < d.at && e.pattern.meeting !== true)) continue;
    const before = tokens[d.at - 1]?.lower ?? "";
    const embedded =
      t.pos === "NOUN" || (t.lower.endsWith("ing") && complementPrepositions.has(before));
    if (embedded) d.confidence = Math.round((d.confidence - 0.15) * 100) / 100;
  }
}
