import type { ExtractedEvent, ParticipantRole, PloverType } from "./extraction";

/** How an actor is written in a title: its name, with "the" where English wants it. */
export function titleName(name: string, kind: string): string {
  if (/^the\s/i.test(name) || /^[A-Z0-9-]+$/.test(name)) return name;
  const group = ["armed_group", "terrorist_group", "international_org", "coalition", "body"];
  const plural =
    kind === "state" &&
    (/^United\s/.test(name) ||
      /\b(Republic|Islands|Kingdom|Emirates)\b/.test(name) ||
      /s$/.test(name));
  return group.includes(kind) || plural ? `the ${name}` : name;
}

/** "A", "A and B", "A, B and C". */
export function listed(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The verb of each type: third person, base form, the noun that names it, its preposition. */
const verbs: Record<PloverType, [string, string, string, string]> = {
  AGREE: ["agrees with", "agree with", "Agreement", "with"],
  CONSULT: ["consults", "consult", "Consultations", "with"],
  SUPPORT: ["supports", "support", "Support", "for"],
  CONCEDE: ["concedes to", "concede to", "Concession", "to"],
  COOPERATE: ["cooperates with", "cooperate with", "Cooperation", "with"],
  AID: ["gives aid to", "give aid to", "Aid", "to"],
  RETREAT: ["withdraws from", "withdraw from", "Withdrawal", "from"],
  REQUEST: ["appeals to", "appeal to", "Appeal", "to"],
  ACCUSE: ["accuses", "accuse", "Accusation", "against"],
  REJECT: ["rejects", "reject", "Rejection", "of"],
  THREATEN: ["threatens", "threaten", "Threat", "against"],
  PROTEST: ["protests against", "protest against", "Protest", "against"],
  SANCTION: ["sanctions", "sanction", "Sanctions", "on"],
  MOBILIZE: ["mobilizes against", "mobilize against", "Mobilization", "against"],
  COERCE: ["coerces", "coerce", "Coercion", "of"],
  ASSAULT: ["attacks", "attack", "Attack", "on"],
};

const doers = new Set<ParticipantRole>(["source", "signatory"]);

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A readable title for a proposed event from its actors and its act: "Russia hosts talks with
 * the Taliban", "Iran accuses Israel", "Pakistan and China meet; the United States declined",
 * "Attack on Ukraine". `nameOf` gives an actor's name as a title writes it.
 */
export function eventTitle(e: ExtractedEvent, nameOf: (actor: string) => string): string {
  const by = (roles: readonly ParticipantRole[]): string[] =>
    e.participants.filter((p) => roles.includes(p.role)).map((p) => nameOf(p.actor));
  const hosts = by(["host", "convenor"]);
  const attendees = by(["attendee", "observer", "mediator"]);
  const absent: string[] = [];
  const declined = by(["declined"]);
  if (declined.length > 0) absent.push(`${listed(declined)} declined`);
  const notInvited = by(["not_invited", "excluded"]);
  if (notInvited.length > 0) absent.push(`${listed(notInvited)} not invited`);
  const invited = by(["invited"]);
  if (invited.length > 0) absent.push(`${listed(invited)} invited`);
  const not = e.negated;
  let main: string;
  const mediators = by(["mediator"]);
  if (e.type === "CONSULT" && e.mode === "phone") {
    // "Russia and Turkey speak by phone": talks at a distance are no meeting
    const all = [...by(["attendee", "source"]), ...by(["target"])];
    main =
      all.length === 0
        ? "Talks by phone"
        : `${listed(all)} ${not ? (all.length > 1 ? "do not speak" : "does not speak") : all.length > 1 ? "speak" : "speaks"} by phone`;
  } else if (e.type === "CONSULT" && mediators.length > 0 && hosts.length === 0) {
    // "Ghana mediates talks between Togo and Benin"
    const parties = by(["attendee", "observer"]);
    const v = mediators.length > 1 ? "mediate" : "mediates";
    main = `${listed(mediators)} ${not ? `${mediators.length > 1 ? "do" : "does"} not mediate` : v} talks${parties.length > 0 ? ` between ${listed(parties)}` : ""}`;
  } else if (e.type === "CONSULT" && e.mode === "visit") {
    const visitor = attendees.length > 0 ? attendees : by(["source"]);
    const host = hosts.length > 0 ? hosts : by(["target"]);
    main =
      visitor.length === 0
        ? `Visit to ${listed(host)}`
        : `${listed(visitor)} ${not ? (visitor.length > 1 ? "do not visit" : "does not visit") : visitor.length > 1 ? "visit" : "visits"}${host.length > 0 ? ` ${listed(host)}` : ""}`;
  } else if (hosts.length > 0 || attendees.length > 0 || e.type === "CONSULT") {
    const word = e.mode === "conference" ? "a conference" : "talks";
    const convenes = e.participants.some((p) => p.role === "convenor") ? "convene" : "host";
    if (hosts.length > 0) {
      const v = hosts.length > 1 ? convenes : `${convenes}s`;
      main = `${listed(hosts)} ${not ? `${hosts.length > 1 ? "do" : "does"} not ${convenes}` : v} ${word}${attendees.length > 0 ? ` with ${listed(attendees)}` : ""}`;
    } else {
      const all = attendees.length > 0 ? attendees : [...by(["source"]), ...by(["target"])];
      main =
        all.length === 0
          ? capitalised(word)
          : all.length === 1
            ? `${all[0]} ${not ? "does not take" : "takes"} part in ${word}`
            : `${listed(all)} ${not ? "do not meet" : "meet"}`;
    }
  } else {
    const [s3, base, noun, prep] = verbs[e.type];
    const verb =
      e.type === "REQUEST" && e.mode === "demand"
        ? ["makes demands of", "make demands of"]
        : [s3, base];
    const sources = by([...doers]);
    const targets = e.participants
      .filter(
        (p) =>
          !doers.has(p.role) &&
          p.role !== "declined" &&
          p.role !== "not_invited" &&
          p.role !== "excluded" &&
          p.role !== "invited",
      )
      .map((p) => nameOf(p.actor));
    if (sources.length === 0)
      main = `${not ? `No ${noun.toLowerCase()}` : noun}${targets.length > 0 ? ` ${prep} ${listed(targets)}` : ""}`;
    else {
      const plural = sources.length > 1;
      const v = not ? `${plural ? "do" : "does"} not ${verb[1]}` : plural ? verb[1] : verb[0];
      const obj = targets.length > 0 ? ` ${listed(targets)}` : "";
      main = `${listed(sources)} ${obj === "" ? (v as string).replace(/ (with|for|to|from|against|of|on)$/, "") : v}${obj}`;
    }
  }
  const status = e.status === "held" ? "" : ` (${e.status})`;
  return capitalised(`${[main, ...absent].join("; ")}${status}`);
}
