/**
 * Parley's verb-pattern lexicon: the phrases that signal an event or a lasting tie, in the
 * spirit of TABARI's verb dictionaries and coded to PLOVER (Open Event Data Alliance, 2021).
 * Documented for users in docs/extract.md.
 *
 * Each pattern is a sequence of lemmas; the first is the verb (or noun), the others must follow
 * in order with at most two words between ("held direct talks with"). The subject (the nearest
 * actor or list of actors before the verb) takes `subject`; the first actor or list after the
 * last word takes `object`. In the passive ("was invited by Russia") the two trade places.
 */
import type { ParticipantRole, PloverType, RelationType, Stance } from "./extraction";

export interface VerbPattern {
  words: readonly string[];
  type: PloverType;
  mode: string | null;
  subject: ParticipantRole | null;
  object: ParticipantRole | null;
  /** The subject's role when the verb is negated ("did not attend" is `declined`). */
  negatedSubject?: ParticipantRole;
  /** The object's role when the verb is negated ("was not invited" is `not_invited`). */
  negatedObject?: ParticipantRole;
  /** A participation in a meeting: merged with the other participations of the same meeting. */
  meeting?: boolean;
  /** Only with two or more parties as its subject ("envoys of Russia and China gathered"). */
  several?: boolean;
  /** The lasting tie this verb makes when the sentence speaks of duration ("has supported"). */
  relation?: RelationType;
  /** Always a lasting tie ("has been in contact with"), never a one-off event. */
  lasting?: boolean;
}

/** A verb that attributes what follows to its subject ("Russia has said", "Moscow denied"). */
export interface ReportingPattern {
  words: readonly string[];
  stance: Stance;
  /** The hedge the reported clause takes ("accused ... of" makes it alleged). */
  certainty?: "alleged" | "speculated";
  /** The reporting itself is also an event (an accusation is ACCUSE). */
  event?: { type: PloverType; mode: string | null };
}

type Extra = Partial<
  Pick<
    VerbPattern,
    "negatedSubject" | "negatedObject" | "meeting" | "relation" | "lasting" | "several"
  >
>;

function v(
  phrase: string,
  type: PloverType,
  mode: string | null,
  subject: ParticipantRole | null,
  object: ParticipantRole | null,
  extra: Extra = {},
): VerbPattern {
  return { words: phrase.split(" "), type, mode, subject, object, ...extra };
}

const meet: Extra = { meeting: true, negatedSubject: "declined" };

const verbPatternsMutable: VerbPattern[] = [
  // AGREE: agreements, pledges, offers, signatures.
  v("agree", "AGREE", null, "source", "target"),
  v("agree with", "AGREE", null, "source", "target"),
  v("agree on", "AGREE", null, "source", "target"),
  v("sign", "AGREE", "sign", "signatory", "signatory"),
  v("sign with", "AGREE", "sign", "signatory", "signatory"),
  v("pledge", "AGREE", null, "source", "target"),
  v("promise", "AGREE", null, "source", "target"),
  v("offer", "AGREE", null, "source", "target"),
  v("commit to", "AGREE", null, "source", "target"),
  v("accept mediation", "AGREE", "mediation", "source", "target"),
  v("reach agreement with", "AGREE", null, "source", "target"),
  v("reach agreement", "AGREE", null, "source", "target"),
  v("reach deal with", "AGREE", null, "source", "target"),
  // CONSULT: meetings, talks, visits, calls; attendance and invitations are participations.
  v("meet", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("meet with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("hold talk with", "CONSULT", "talks", "attendee", "attendee", meet),
  v("hold talks with", "CONSULT", "talks", "attendee", "attendee", meet),
  v("hold meeting with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("hold discussion with", "CONSULT", "talks", "attendee", "attendee", meet),
  v("hold negotiation with", "CONSULT", "talks", "attendee", "attendee", meet),
  // "Israel and Lebanon held talks in Geneva": the parties are the subject, or follow "with"
  v("hold talk", "CONSULT", "talks", "attendee", null, meet),
  v("hold talks", "CONSULT", "talks", "attendee", null, meet),
  v("hold meeting", "CONSULT", "meeting", "attendee", null, meet),
  v("hold discussion", "CONSULT", "talks", "attendee", null, meet),
  v("hold negotiation", "CONSULT", "talks", "attendee", null, meet),
  v("hold consultation", "CONSULT", "talks", "attendee", null, meet),
  // "resumed (reopened, renewed, continued, began) talks with": talks held
  ...["resume", "reopen", "renew", "continue", "begin", "start"].flatMap((verb) =>
    // ("began to talk" is no talks begun: the nouns' plurals alone after a new start)
    (["begin", "start"].includes(verb)
      ? ["talks", "negotiations"]
      : ["talk", "talks", "negotiation", "negotiations"]
    ).flatMap((noun) => [
      v(`${verb} ${noun}`, "CONSULT", "talks", "attendee", null, meet),
      v(`${verb} ${noun} with`, "CONSULT", "talks", "attendee", "attendee", meet),
    ]),
  ),
  // "wrapped up (concluded) two days of talks": talks held
  ...["wrap up", "conclude"].flatMap((verb) =>
    ["talks", "negotiations", "consultations", "meeting", "summit", "visit"].flatMap((noun) => [
      v(`${verb} ${noun}`, "CONSULT", noun === "visit" ? "visit" : "talks", "attendee", null, meet),
      v(`${verb} ${noun} with`, "CONSULT", "talks", "attendee", "attendee", meet),
    ]),
  ),
  // "held a joint press conference": leaders together before the press
  v("hold joint press conference", "CONSULT", "meeting", "attendee", null, meet),
  v("hold joint press conference with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("telephone", "CONSULT", "phone", "source", "target"),
  v("phone", "CONSULT", "phone", "source", "target"),
  // "held a new round of talks", "engaged in talks with", "entered into negotiations with"
  ...["talk", "talks", "negotiation", "negotiations"].flatMap((noun) => [
    ...["hold", "begin", "start", "open", "launch"].map((verb) =>
      v(`${verb} round of ${noun}`, "CONSULT", "talks", "attendee", null, meet),
    ),
    v(`hold round of ${noun} with`, "CONSULT", "talks", "attendee", "attendee", meet),
    v(`engage in ${noun} with`, "CONSULT", "talks", "attendee", "attendee", meet),
    v(`enter ${noun} with`, "CONSULT", "talks", "attendee", "attendee", meet),
    v(`enter into ${noun} with`, "CONSULT", "talks", "attendee", "attendee", meet),
  ]),
  v("hold summit", "CONSULT", "conference", "attendee", null, meet),
  v("hold summit with", "CONSULT", "conference", "attendee", "attendee", meet),
  v("gather in", "CONSULT", "meeting", "attendee", null, { ...meet, several: true }),
  v("convene in", "CONSULT", "meeting", "attendee", null, { ...meet, several: true }),
  v("gather for meeting", "CONSULT", "meeting", "attendee", null, meet),
  v("gather for talk", "CONSULT", "talks", "attendee", null, meet),
  v("gather for talks", "CONSULT", "talks", "attendee", null, meet),
  v("talk with", "CONSULT", "talks", "attendee", "attendee", meet),
  // "shook hands with", "came face to face with": met in person
  v("shake hands with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("shake hands", "CONSULT", "meeting", "attendee", null, meet),
  v("come face to face with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("come face to face", "CONSULT", "meeting", "attendee", null, meet),
  v("speak with", "CONSULT", null, "source", "target"),
  v("confer with", "CONSULT", "talks", "attendee", "attendee", meet),
  // "had lunch with the French president": a meal together is a meeting (CAMEO's "dine")
  v("have lunch with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("have dinner with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("have breakfast with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("dine with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("negotiate with", "CONSULT", "talks", "attendee", "attendee", meet),
  // "sat down with", "huddled with", "gathered with": meeting together
  v("sit down with", "CONSULT", "talks", "attendee", "attendee", meet),
  v("sit down for talk", "CONSULT", "talks", "attendee", null, meet),
  v("sit down for talks", "CONSULT", "talks", "attendee", null, meet),
  v("huddle with", "CONSULT", "meeting", "attendee", "attendee", meet),
  v("gather with", "CONSULT", "meeting", "attendee", "attendee", meet),
  // "chaired a meeting of X and Y": the chair hosts it
  v("chair meeting of", "CONSULT", "meeting", "host", "attendee", meet),
  v("chair talk between", "CONSULT", "talks", "host", "attendee", meet),
  v("chair talks between", "CONSULT", "talks", "host", "attendee", meet),
  v("attend", "CONSULT", "meeting", "attendee", null, meet),
  v("participate in", "CONSULT", "meeting", "attendee", null, meet),
  v("take part in", "CONSULT", "meeting", "attendee", null, meet),
  v("take part", "CONSULT", "meeting", "attendee", null, meet),
  v("invitation go to", "CONSULT", "meeting", null, "invited", { meeting: true }),
  v("invitation be send to", "CONSULT", "meeting", null, "invited", { meeting: true }),
  v("freeze out of", "CONSULT", "meeting", "excluded", null, { meeting: true }),
  v("shut out of", "CONSULT", "meeting", "excluded", null, { meeting: true }),
  v("leave out of", "CONSULT", "meeting", "excluded", null, { meeting: true }),
  v("join", "CONSULT", "meeting", "attendee", null, meet),
  v("add", "CONSULT", "meeting", "host", "attendee", { meeting: true }),
  v("be represent", "CONSULT", "meeting", "attendee", null, meet),
  v("send delegation to", "CONSULT", "meeting", "attendee", null, meet),
  v("send representative to", "CONSULT", "meeting", "attendee", null, meet),
  v("send envoy to", "CONSULT", "meeting", "attendee", null, meet),
  // "sent two retired diplomats to the Moscow talks" (not "sent officials to Qatar")
  ...["diplomat", "diplomats", "official", "officials", "minister", "delegates", "team"].flatMap(
    (w) =>
      ["talks", "talk", "meeting", "conference", "summit", "consultations"].map((noun) =>
        v(`send ${w} to ${noun}`, "CONSULT", "meeting", "attendee", null, meet),
      ),
  ),
  // "boycotted the meeting": declined, and a rejection
  ...["meeting", "talks", "talk", "conference", "summit", "negotiations"].map((w) =>
    v(`boycott ${w}`, "CONSULT", "meeting", "declined", null, { meeting: true }),
  ),
  v("send observer to", "CONSULT", "meeting", "observer", null, { meeting: true }),
  v("send observer", "CONSULT", "meeting", "observer", null, { meeting: true }),
  // "led the Taliban delegation at the talks": one who leads a delegation there attends
  v("lead delegation at", "CONSULT", "meeting", "attendee", null, meet),
  v("lead delegation in", "CONSULT", "meeting", "attendee", null, meet),
  v("hold consultation with", "CONSULT", "talks", "attendee", "attendee", meet),
  v("observe", "CONSULT", "meeting", "observer", null, { meeting: true }),
  v("invite", "CONSULT", "meeting", "host", "invited", {
    meeting: true,
    negatedObject: "not_invited",
  }),
  v("exclude", "CONSULT", "meeting", "host", "excluded", { meeting: true }),
  v("decline to attend", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("decline to join", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("decline to participate", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("decline invitation", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("turn down invitation", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("format widen to", "CONSULT", "meeting", null, "attendee", { meeting: true }),
  v("format expand to", "CONSULT", "meeting", null, "attendee", { meeting: true }),
  v("format be widen to", "CONSULT", "meeting", null, "attendee", { meeting: true }),
  v("format be expand to", "CONSULT", "meeting", null, "attendee", { meeting: true }),
  v("send delegation", "CONSULT", "meeting", "attendee", null, meet),
  v("refuse to attend", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("refuse to take part", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("refuse to participate", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("refuse to join", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("decline to take part", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("stay away from", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("skip", "CONSULT", "meeting", "declined", null, { meeting: true }),
  v("host", "CONSULT", "meeting", "host", "attendee", { meeting: true }),
  // "played host to", "granted an audience to": hosting a guest
  v("play host to", "CONSULT", "meeting", "host", "attendee", { meeting: true }),
  v("grant audience to", "CONSULT", "meeting", "host", "attendee", { meeting: true }),
  v("give audience to", "CONSULT", "meeting", "host", "attendee", { meeting: true }),
  v("gather for summit", "CONSULT", "conference", "attendee", null, meet),
  v("gather for conference", "CONSULT", "conference", "attendee", null, meet),
  v("meet for summit", "CONSULT", "conference", "attendee", null, meet),
  v("meet for talks", "CONSULT", "talks", "attendee", null, meet),
  v("convene", "CONSULT", "meeting", "convenor", "attendee", { meeting: true }),
  v("initiate series", "CONSULT", "meeting", "convenor", null, { meeting: true }),
  v("initiate meeting", "CONSULT", "meeting", "convenor", null, { meeting: true }),
  v("initiate talk", "CONSULT", "talks", "convenor", null, { meeting: true }),
  v("launch talk", "CONSULT", "talks", "convenor", null, { meeting: true }),
  v("launch series", "CONSULT", "meeting", "convenor", null, { meeting: true }),
  v("organize meeting", "CONSULT", "meeting", "convenor", null, { meeting: true }),
  v("organise meeting", "CONSULT", "meeting", "convenor", null, { meeting: true }),
  v("organize conference", "CONSULT", "conference", "convenor", null, { meeting: true }),
  v("organise conference", "CONSULT", "conference", "convenor", null, { meeting: true }),
  v("convene meeting", "CONSULT", "meeting", "convenor", null, { meeting: true }),
  v("convene talk", "CONSULT", "talks", "convenor", null, { meeting: true }),
  v("mediate", "CONSULT", "mediated", "mediator", "attendee", { meeting: true }),
  v("mediate between", "CONSULT", "mediated", "mediator", "attendee", { meeting: true }),
  // "brokered (facilitated, sponsored) talks between X and Y": a mediator of those talks
  ...["broker", "facilitate", "sponsor", "mediate"].flatMap((verb) =>
    ["talk", "talks", "negotiation", "negotiations"].map((noun) =>
      v(`${verb} ${noun} between`, "CONSULT", "mediated", "mediator", "attendee", {
        meeting: true,
      }),
    ),
  ),
  v("visit", "CONSULT", "visit", "attendee", "host", meet),
  v("travel to", "CONSULT", "visit", "attendee", "host", meet),
  v("fly to", "CONSULT", "visit", "attendee", "host", meet),
  // "received aid (weapons, support, criticism) from X": X's act, the subject its recipient
  v("receive aid from", "AID", null, "target", "source"),
  v("receive assistance from", "AID", null, "target", "source"),
  v("receive funding from", "AID", "economic", "target", "source"),
  v("receive loan from", "AID", "economic", "target", "source"),
  v("receive money from", "AID", "economic", "target", "source"),
  v("receive weapon from", "AID", "military", "target", "source"),
  v("receive arm from", "AID", "military", "target", "source"),
  v("receive support from", "SUPPORT", null, "target", "source"),
  v("receive criticism from", "ACCUSE", null, "target", "source"),
  // "received a courtesy call from the ambassador": a visit received
  v("receive courtesy call from", "CONSULT", "visit", "host", "attendee", meet),
  v("make visit to", "CONSULT", "visit", "attendee", "host", meet),
  v("pay visit to", "CONSULT", "visit", "attendee", "host", meet),
  v("lead delegation to", "CONSULT", "visit", "attendee", "host", meet),
  v("pay courtesy call on", "CONSULT", "visit", "attendee", "host", meet),
  v("pay call on", "CONSULT", "visit", "attendee", "host", meet),
  v("arrive in", "CONSULT", "visit", "attendee", "host", meet),
  v("call", "CONSULT", "phone", "source", "target"),
  v("speak by phone with", "CONSULT", "phone", "attendee", "attendee"),
  // "had a phone conversation with", "received a phone call from": talking at a distance
  ...["phone", "telephone", "video"].flatMap((by) => [
    v(`have ${by} conversation with`, "CONSULT", "phone", "attendee", "attendee"),
    v(`hold ${by} conversation with`, "CONSULT", "phone", "attendee", "attendee"),
    v(`receive ${by} call from`, "CONSULT", "phone", "attendee", "attendee"),
  ]),
  // "held a video call (video conference) with": talking at a distance by video
  ...["have", "hold"].flatMap((verb) => [
    v(`${verb} video call with`, "CONSULT", "phone", "attendee", "attendee"),
    v(`${verb} video conference with`, "CONSULT", "phone", "attendee", "attendee"),
    v(`${verb} videoconference with`, "CONSULT", "phone", "attendee", "attendee"),
    v(`${verb} video call`, "CONSULT", "phone", "attendee", null),
    v(`${verb} video conference`, "CONSULT", "phone", "attendee", null),
    v(`${verb} videoconference`, "CONSULT", "phone", "attendee", null),
  ]),
  v("speak by video link with", "CONSULT", "phone", "attendee", "attendee"),
  v("consult", "CONSULT", null, "source", "target"),
  v("consult with", "CONSULT", null, "source", "target"),
  v("engage with", "CONSULT", null, "source", "target", { relation: "contacts" }),
  v("reach out to", "CONSULT", null, "source", "target", { relation: "contacts" }),
  v("be in contact with", "CONSULT", null, "source", "target", {
    relation: "contacts",
    lasting: true,
  }),
  v("contact with", "CONSULT", null, "source", "target", { relation: "contacts", lasting: true }),
  v("contacts with", "CONSULT", null, "source", "target", { relation: "contacts", lasting: true }),
  v("maintain contact with", "CONSULT", null, "source", "target", {
    relation: "contacts",
    lasting: true,
  }),
  // SUPPORT: verbal support, endorsement, recognition.
  v("support", "SUPPORT", null, "source", "target", { relation: "supports" }),
  v("back", "SUPPORT", null, "source", "target", { relation: "supports" }),
  v("endorse", "SUPPORT", null, "source", "target"),
  v("praise", "SUPPORT", null, "source", "target"),
  v("welcome", "SUPPORT", null, "source", "target"),
  v("commend", "SUPPORT", null, "source", "target"),
  v("defend", "SUPPORT", null, "source", "target"),
  v("side with", "SUPPORT", null, "source", "target", { relation: "supports" }),
  v("recognize", "SUPPORT", "recognize", "source", "target", { relation: "recognizes" }),
  v("recognise", "SUPPORT", "recognize", "source", "target", { relation: "recognizes" }),
  v("ally with", "SUPPORT", null, "source", "target", { relation: "allied_with", lasting: true }),
  // CONCEDE: concessions, apologies, easing of pressure.
  // "called off the strike (the protest, the boycott)": a demand given up
  v("call off strike", "CONCEDE", null, "source", null),
  v("call off protest", "CONCEDE", null, "source", null),
  v("call off boycott", "CONCEDE", null, "source", null),
  v("concede", "CONCEDE", null, "source", "target"),
  v("apologize to", "CONCEDE", null, "source", "target"),
  v("apologise to", "CONCEDE", null, "source", "target"),
  v("lift sanction on", "CONCEDE", "ease", "source", "target"),
  v("ease sanction on", "CONCEDE", "ease", "source", "target"),
  v("ease restriction on", "CONCEDE", "ease", "source", "target"),
  v("yield to", "CONCEDE", null, "source", "target"),
  v("accept demand of", "CONCEDE", null, "source", "target"),
  // COOPERATE: mutual material cooperation.
  v("cooperate with", "COOPERATE", null, "source", "target", { relation: "cooperates_with" }),
  v("conduct drill with", "COOPERATE", "military", "source", "target", {
    relation: "cooperates_with",
  }),
  v("conduct exercise with", "COOPERATE", "military", "source", "target", {
    relation: "cooperates_with",
  }),
  v("hold drill with", "COOPERATE", "military", "source", "target", {
    relation: "cooperates_with",
  }),
  v("hold exercise with", "COOPERATE", "military", "source", "target", {
    relation: "cooperates_with",
  }),
  v("share intelligence with", "COOPERATE", "intelligence", "source", "target", {
    relation: "shares_intelligence",
  }),
  v("extradite", "COOPERATE", "legal", "source", "target"),
  v("trade with", "COOPERATE", "economic", "source", "target"),
  // AID: material aid to the recipient.
  v("arm", "AID", "military", "source", "target", { relation: "arms" }),
  v("supply weapon to", "AID", "military", "source", "target", { relation: "arms" }),
  v("supply arm to", "AID", "military", "source", "target", { relation: "arms" }),
  v("provide weapon to", "AID", "military", "source", "target", { relation: "arms" }),
  v("train", "AID", "military", "source", "target", { relation: "trains" }),
  v("fund", "AID", "economic", "source", "target", { relation: "funds" }),
  v("finance", "AID", "economic", "source", "target", { relation: "funds" }),
  v("provide aid to", "AID", "humanitarian", "source", "target"),
  v("send aid to", "AID", "humanitarian", "source", "target"),
  v("deliver aid to", "AID", "humanitarian", "source", "target"),
  v("provide assistance to", "AID", null, "source", "target"),
  v("grant asylum to", "AID", "asylum", "source", "target"),
  v("donate", "AID", "economic", "source", "target"),
  // RETREAT: withdrawal, release, disarmament, ceasefire, access.
  v("withdraw from", "RETREAT", "withdraw", "source", "target"),
  v("pull out of", "RETREAT", "withdraw", "source", "target"),
  v("withdraw troop from", "RETREAT", "withdraw", "source", "target"),
  v("release", "RETREAT", "release", "source", "target"),
  v("free", "RETREAT", "release", "source", "target"),
  v("disarm", "RETREAT", "disarm", "source", "target"),
  v("declare ceasefire", "RETREAT", "ceasefire", "source", "target"),
  v("observe ceasefire", "RETREAT", "ceasefire", "source", "target"),
  v("allow access to", "RETREAT", "access", "source", "target"),
  v("resign", "RETREAT", "resign", "source", null),
  // REQUEST: demands, appeals, calls.
  v("call on", "REQUEST", null, "source", "target"),
  v("call for", "REQUEST", null, "source", "target"),
  v("urge", "REQUEST", null, "source", "target"),
  v("demand", "REQUEST", "demand", "source", "target"),
  v("ask", "REQUEST", null, "source", "target"),
  v("appeal to", "REQUEST", null, "source", "target"),
  v("request", "REQUEST", null, "source", "target"),
  v("press", "REQUEST", null, "source", "target"),
  // ACCUSE: disapproval, accusation, investigation.
  v("condemn", "ACCUSE", "disapprove", "source", "target"),
  v("criticize", "ACCUSE", "disapprove", "source", "target"),
  v("criticise", "ACCUSE", "disapprove", "source", "target"),
  v("denounce", "ACCUSE", "disapprove", "source", "target"),
  v("blame", "ACCUSE", "allege", "source", "target"),
  v("accuse", "ACCUSE", "allege", "source", "target"),
  v("investigate", "ACCUSE", "investigate", "source", "target"),
  v("indict", "ACCUSE", "allege", "source", "target"),
  v("complain about", "ACCUSE", "disapprove", "source", "target"),
  // REJECT: refusals and rejections.
  v("reject", "REJECT", null, "source", "target"),
  v("refuse to engage with", "REJECT", "meet", "source", "target"),
  v("refuse to engage in talk with", "REJECT", "meet", "source", "target"),
  v("refuse to negotiate with", "REJECT", "meet", "source", "target"),
  v("refuse to meet", "REJECT", "meet", "source", "target"),
  v("refuse to talk to", "REJECT", "meet", "source", "target"),
  v("rebuff", "REJECT", null, "source", "target"),
  v("dismiss", "REJECT", null, "source", "target"),
  v("veto", "REJECT", null, "source", "target"),
  v("turn down", "REJECT", null, "source", "target"),
  v("oppose", "REJECT", null, "source", "target", { relation: "opposes" }),
  // THREATEN: the mode is the content of the threat.
  v("threaten", "THREATEN", "violence", "source", "target"),
  v("threaten to attack", "THREATEN", "violence", "source", "target"),
  v("threaten to expel", "THREATEN", "expel", "source", "target"),
  v("threaten to suspend", "THREATEN", "relations", "source", "target"),
  v("warn", "THREATEN", null, "source", "target"),
  v("issue ultimatum to", "THREATEN", null, "source", "target"),
  // PROTEST
  v("protest", "PROTEST", "demo", "source", "target"),
  v("protest against", "PROTEST", "demo", "source", "target"),
  v("demonstrate against", "PROTEST", "demo", "source", "target"),
  v("rally against", "PROTEST", "demo", "source", "target"),
  v("boycott", "PROTEST", "boycott", "source", "target"),
  v("riot", "PROTEST", "riot", "source", null),
  v("strike", "ASSAULT", null, "source", "target"),
  // SANCTION
  v("sanction", "SANCTION", "discontinue", "source", "target"),
  v("impose sanction on", "SANCTION", "discontinue", "source", "target"),
  v("expel", "SANCTION", "expel", "source", "target"),
  v("expel diplomat of", "SANCTION", "expel", "source", "target"),
  v("recall ambassador from", "SANCTION", "withdraw", "source", "target"),
  v("suspend aid to", "SANCTION", "discontinue", "source", "target"),
  v("suspend talk with", "SANCTION", "discontinue", "source", "target"),
  v("cut tie with", "SANCTION", "discontinue", "source", "target"),
  v("sever tie with", "SANCTION", "discontinue", "source", "target"),
  v("sever relation with", "SANCTION", "discontinue", "source", "target"),
  v("freeze asset of", "SANCTION", "discontinue", "source", "target"),
  // MOBILIZE
  v("deploy", "MOBILIZE", "troops", "source", "target"),
  v("deploy troop to", "MOBILIZE", "troops", "source", "target"),
  v("mobilize", "MOBILIZE", "troops", "source", "target"),
  v("mobilise", "MOBILIZE", "troops", "source", "target"),
  v("mass troop", "MOBILIZE", "troops", "source", "target"),
  v("put force on alert", "MOBILIZE", "weapons", "source", "target"),
  // COERCE
  v("arrest", "COERCE", "arrest", "source", "target"),
  v("detain", "COERCE", "arrest", "source", "target"),
  v("deport", "COERCE", "deport", "source", "target"),
  v("ban", "COERCE", "restrict", "source", "target"),
  v("seize", "COERCE", "seize", "source", "target"),
  v("raid", "COERCE", "seize", "source", "target"),
  v("blockade", "COERCE", "restrict", "source", "target"),
  v("impose curfew", "COERCE", "curfew", "source", "target"),
  v("censor", "COERCE", "censor", "source", "target"),
  // ASSAULT
  v("attack", "ASSAULT", null, "source", "target"),
  v("launch attack on", "ASSAULT", null, "source", "target"),
  v("launch attack against", "ASSAULT", null, "source", "target"),
  v("carry out attack on", "ASSAULT", null, "source", "target"),
  v("bomb", "ASSAULT", "aerial", "source", "target"),
  v("shell", "ASSAULT", "heavy-weapons", "source", "target"),
  v("kill", "ASSAULT", null, "source", "target"),
  v("shoot", "ASSAULT", "firearms", "source", "target"),
  v("ambush", "ASSAULT", "firearms", "source", "target"),
  v("assassinate", "ASSAULT", "targeted", "source", "target"),
  v("kidnap", "ASSAULT", "abduct", "source", "target"),
  v("abduct", "ASSAULT", "abduct", "source", "target"),
  v("fight", "ASSAULT", null, "source", "target"),
  v("clash with", "ASSAULT", null, "source", "source"),
  v("storm", "ASSAULT", null, "source", "target"),
  v("torture", "ASSAULT", "torture", "source", "target"),
  v("fire rocket at", "ASSAULT", "heavy-weapons", "source", "target"),
  v("fire missile at", "ASSAULT", "heavy-weapons", "source", "target"),
  v("launch drone strike on", "ASSAULT", "drone", "source", "target"),
  v("launch airstrike on", "ASSAULT", "aerial", "source", "target"),
  v("launch air strike on", "ASSAULT", "aerial", "source", "target"),
];

/**
 * Further verbs of each PLOVER type, in the single-verb form the dictionary coders of the
 * TABARI family use; they follow the CAMEO verb classes that cameo-to-plover maps to each type.
 */
const more: [PloverType, string | null, string][] = [
  [
    "AGREE",
    null,
    "agree to mediation|accept mediation|sign treaty|sign accord|sign pact|reach accord|accept|reach agreement|reach consensus|reach deal|vow to|decide to|be ready to|be willing to|be prepared to|plan to|intend to|propose|ratify|settle|accept proposal|accept offer|conclude agreement with|endorse plan|agree to|express willingness|express readiness|offer to",
  ],
  [
    "CONSULT",
    null,
    "hold negotiation|open negotiation|undertake mediation|launch mediation|mediation between|discuss|hold meeting with|hold consultation with|receive|arrive in|talk to",
  ],
  [
    "SUPPORT",
    null,
    "upgrade diplomatic tie|upgrade relation|forgive|pardon|vote for|establish tie with|establish diplomatic tie with|upgrade tie with|restore tie with|hail|applaud|thank|congratulate|express support for|vouch for|rally behind|stand by|approve|appreciate|express solidarity with",
  ],
  [
    "CONCEDE",
    null,
    "allow|permit|apologize|apologise|admit|acknowledge|compromise|relax|accede to|give in to|grant amnesty to|ease|lift|back down|retract|reverse",
  ],
  [
    "COOPERATE",
    null,
    "share information with|share evidence with|share expertise with|collaborate with|work with|partner with|join force with|exchange prisoner with|establish relation with|restore relation with|normalize relation with|normalise relation with|sign trade",
  ],
  [
    "AID",
    null,
    "send arm to|send weapon to|give aid|give assistance|provide fund|send food|airlift|aid|help|assist|provide|supply|send aid|deliver|protect|shelter|offer aid|grant aid|pledge aid|give aid|offer asylum|lend|loan|give to",
  ],
  [
    "RETREAT",
    null,
    "withdrawal of|withdrawal from|complete withdrawal|hand back|release prisoner|free prisoner|retreat|pull back|hand over|return|demobilize|demobilise|decommission|step down|reopen|lift siege|withdraw force|evacuate|surrender",
  ],
  [
    "REQUEST",
    null,
    "declare that|call upon|seek|plead|appeal for|ask for|push for|lobby|invite|want|call upon",
  ],
  // CAMEO's demands (10), verbal conflict, as against its appeals (02)
  ["REQUEST", "demand", "order|demand that|insist on|insist that|demand of"],
  [
    "ACCUSE",
    "disapprove",
    "open investigation|launch investigation|begin investigation|open inquiry|launch inquiry|open probe|investigation into|deplore|slam|rebuke|censure|decry|lambast|object to|complain|criticize|accuse|charge|allege|probe|sue|condemn|blast|attack verbally|express concern|voice concern|express regret|express dismay|protest to",
  ],
  [
    "REJECT",
    null,
    "renege on|violate|deny entry|refuse entry|refuse to recognize|boycott talk|refuse|decline|defy|ignore|resist|deny request|spurn|repudiate",
  ],
  [
    "THREATEN",
    null,
    "threaten to break|threaten to cut|threaten to impose|menace|vow to retaliate|vow revenge|issue warning",
  ],
  [
    "PROTEST",
    null,
    "general strike|hunger strike|go on hunger strike|stage strike|hold rally|stage rally|stage demonstration|hold demonstration|march on|riot|block road|blockade road|block access|march|rally|picket|demonstrate|go on strike|walk out|stage protest|hold protest|hunger strike|stage sit|hold sit",
  ],
  [
    "SANCTION",
    null,
    "suspension of|prohibit|reduce|cut|break relation|break tie|sever|force out|expel diplomat|suspend|cut off|break off|halt|freeze|embargo|recall|downgrade|cancel|convict|sentence|boycott goods|withdraw ambassador|close embassy",
  ],
  [
    "MOBILIZE",
    "troops",
    "reinforce force|put troop on alert|deploy force|send force|station|reinforce|send troop|move troop|dispatch troop|mass force|build up",
  ],
  [
    "COERCE",
    null,
    "demolish|bulldoze|outlaw|set fire to|torch|hold hostage|take hostage|expel from|force from|jail|imprison|round up|crack down on|confiscate|shut down|close|restrict|expel journalist|impose|seal|evict|occupy|capture|besiege",
  ],
  [
    "ASSAULT",
    null,
    "invasion of|mount invasion|launch offensive|launch attack|ethnic cleansing|retake|recapture|fire at|shell|assassinate|bomb|air strike on|airstrike on|fire on|massacre|execute|wound|injure|beat|hit|target|rocket|blow up|destroy|burn|raze|behead|invade|bombard|gun down|open fire on|lob|hijack|murder|slaughter|clash",
  ],
];

for (const [type, mode, list] of more) {
  for (const phrase of list.split("|")) {
    const words = phrase.split(" ");
    if (verbPatternsMutable.some((p) => p.words.join(" ") === phrase)) continue;
    verbPatternsMutable.push({
      words,
      type,
      mode,
      subject: "source",
      object: type === "ASSAULT" && words[0] === "clash" ? "source" : "target",
    });
  }
}

/** Event and relation patterns, grouped by PLOVER type. Longer patterns win over shorter ones. */
export const verbPatterns: readonly VerbPattern[] = verbPatternsMutable;

/** Verbs of saying, with the stance they give their subject towards the reported clause. */
export const reportingPatterns: readonly ReportingPattern[] = [
  { words: ["say"], stance: "asserts" },
  { words: ["state"], stance: "asserts" },
  { words: ["announce"], stance: "asserts" },
  { words: ["insist"], stance: "asserts" },
  { words: ["claim"], stance: "asserts", certainty: "alleged" },
  { words: ["confirm"], stance: "asserts" },
  { words: ["report"], stance: "reports" },
  { words: ["tell"], stance: "asserts" },
  { words: ["deny"], stance: "denies" },
  { words: ["reject", "idea"], stance: "denies" },
  { words: ["reject", "claim"], stance: "denies" },
  { words: ["reject", "report"], stance: "denies" },
  { words: ["reject", "charge"], stance: "denies" },
  { words: ["reject", "allegation"], stance: "denies" },
  { words: ["dismiss", "claim"], stance: "denies" },
  { words: ["dismiss", "report"], stance: "denies" },
  {
    words: ["allege"],
    stance: "asserts",
    certainty: "alleged",
    event: { type: "ACCUSE", mode: "allege" },
  },
  {
    words: ["accuse"],
    stance: "asserts",
    certainty: "alleged",
    event: { type: "ACCUSE", mode: "allege" },
  },
];

/** Words that hedge a clause, with the certainty they give it. */
export const hedgeWords: readonly {
  words: readonly string[];
  certainty: "alleged" | "speculated";
}[] = [
  { words: ["allegedly"], certainty: "alleged" },
  { words: ["reportedly"], certainty: "alleged" },
  { words: ["purportedly"], certainty: "alleged" },
  { words: ["supposedly"], certainty: "alleged" },
  { words: ["reported", "to"], certainty: "alleged" },
  { words: ["said", "to"], certainty: "alleged" },
  { words: ["accused", "of"], certainty: "alleged" },
  { words: ["alleged"], certainty: "alleged" },
  { words: ["allegations"], certainty: "alleged" },
  { words: ["speculation"], certainty: "speculated" },
  { words: ["speculated"], certainty: "speculated" },
  { words: ["rumoured"], certainty: "speculated" },
  { words: ["rumored"], certainty: "speculated" },
  { words: ["rumours"], certainty: "speculated" },
  { words: ["rumors"], certainty: "speculated" },
  { words: ["may", "have"], certainty: "speculated" },
  { words: ["might", "have"], certainty: "speculated" },
  { words: ["possibly"], certainty: "speculated" },
  { words: ["perhaps"], certainty: "speculated" },
];

/**
 * The fallback: event nouns and general verbs, each with its PLOVER family, read only when no
 * pattern matches a sentence that names two actors ("Israel and Lebanon renewed negotiations",
 * "the invasion of Kuwait by Iraq"). Families follow the CAMEO classes that cameo-to-plover maps
 * to each type (Schrodt 2021): negotiations are CONSULT, an embargo SANCTION, a blockade COERCE.
 */
export const fallbackFamilies: Readonly<Record<string, PloverType>> = Object.fromEntries(
  (
    [
      ["AGREE", "agreement deal accord treaty pact memorandum promise pledge commitment"],
      [
        "CONSULT",
        "talks talk negotiation negotiations meeting summit visit mediation consultation consultations dialogue welcome greet receive",
      ],
      ["SUPPORT", "support backing endorsement praise recognition solidarity"],
      ["COOPERATE", "cooperation exercise exercises drill drills games partnership"],
      ["AID", "aid assistance help grant loan give send supply donation relief"],
      ["RETREAT", "withdrawal pullback pullout release ceasefire truce evacuation"],
      ["REQUEST", "demand demands appeal request plea"],
      [
        "ACCUSE",
        "accusation accusations criticism condemnation investigation inquiry probe charges",
      ],
      ["REJECT", "rejection refusal veto"],
      ["THREATEN", "threat threats ultimatum warning"],
      ["PROTEST", "protest protests demonstration demonstrations rally rallies riot riots boycott"],
      ["SANCTION", "sanctions embargo suspension expulsion"],
      ["MOBILIZE", "deployment mobilization mobilisation buildup reinforcements"],
      ["COERCE", "arrest arrests detention crackdown curfew blockade raid seizure occupation"],
      [
        "ASSAULT",
        "attack attacks offensive invasion fighting clashes bombing shelling airstrike airstrikes assassination massacre incursion",
      ],
    ] as const
  ).flatMap(([type, words]) => words.split(" ").map((w) => [w, type as PloverType] as const)),
);

/** Words of an office in a title ("Deputy Attorney General", "Crown Prince", "Secretary of State"). */
/**
 * Participles a name is joined to by a dash in a compound modifier ("UN-led", "EU-brokered",
 * "Kabul-based", "Qatar-hosted").
 */
export const compoundParticiples =
  /^(led|backed|brokered|sponsored|mediated|facilitated|hosted|organi[sz]ed|convened|supported|based|controlled|allied|aligned|funded|armed|held|run)$/;

export const officeWords: ReadonlySet<string> = new Set([
  "president",
  "vice",
  "deputy",
  "prime",
  "minister",
  "foreign",
  "defence",
  "defense",
  "interior",
  "home",
  "finance",
  "secretary",
  "attorney",
  "general",
  "chancellor",
  "premier",
  "crown",
  "prince",
  "chief",
  "director",
  "senator",
  "governor",
  "ambassador",
  "commander",
  "chairman",
  "speaker",
  "state",
]);
