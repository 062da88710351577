import { type Case, type Claim, type Evidence, parseSubject } from "@parley/core";

const nameOf = (c: Case, id: string) => c.actors.find((a) => a.id === id)?.name ?? id;

/**
 * What a claim is about, in words: `Afghan government not invited: Moscow trilateral`,
 * `Russia arms Taliban`, `position of Russia on Taliban's place`.
 */
export function subjectLabel(c: Case, subject: string): string {
  const { kind, id } = parseSubject(subject);
  switch (kind) {
    case "event":
      return c.events.find((e) => e.id === id)?.title ?? id;
    case "participation": {
      const [event = "", actor = "", role = ""] = id.split("/");
      const title = c.events.find((e) => e.id === event)?.title ?? event;
      return `${nameOf(c, actor)} ${role.replaceAll("_", " ")}: ${title}`;
    }
    case "relation": {
      const r = c.relations.find((x) => x.id === id);
      return r
        ? `${nameOf(c, r.source)} ${r.type.replaceAll("_", " ")} ${nameOf(c, r.target)}`
        : id;
    }
    case "position": {
      const p = c.positions.find((x) => x.id === id);
      const issue = p ? (c.issues.find((i) => i.id === p.issue)?.name ?? p.issue) : undefined;
      return p ? `position of ${nameOf(c, p.actor)} on ${issue}` : id;
    }
    case "capability": {
      const p = c.capabilities.find((x) => x.id === id);
      return p ? `capability of ${nameOf(c, p.actor)}` : id;
    }
    case "interest": {
      const p = c.interests.find((x) => x.id === id);
      return p ? `interest of ${nameOf(c, p.actor)}` : id;
    }
    case "actor":
      return nameOf(c, id);
    case "process":
      return c.processes.find((p) => p.id === id)?.name ?? id;
    case "issue":
      return c.issues.find((i) => i.id === id)?.name ?? id;
    default:
      return subject;
  }
}

/** A source in a few words: first author's surname (or the publisher) and year, else its title. */
export function sourceLabel(c: Case, sourceId: string | undefined): string {
  if (sourceId === undefined) return "analyst";
  const s = c.sources.find((x) => x.id === sourceId);
  if (!s) return sourceId;
  const first = s.authors[0];
  const who = first === undefined ? (s.publisher ?? s.container) : surname(first);
  const year = s.date?.slice(0, 4);
  return who ? `${who}${s.authors.length > 1 ? " et al." : ""}${year ? ` ${year}` : ""}` : s.title;
}

// An author that is an institution keeps its whole name: "Samaa TV", "The Washington Post".
const INSTITUTION =
  /\/|\b(The|TV|Times|Post|Radio|News|Press|Stripes|Group|Institute|Agency|Ministry|Office|Council|Committee|Centre|Center|University|Foundation|Network)\b/;

/** A person's surname, or an institution's whole name. */
function surname(author: string): string {
  return INSTITUTION.test(author) ? author : (author.split(/\s+/).at(-1) ?? author);
}

/** The words a claim rests on: the quoted span, else the evidence note, else empty. */
export function claimQuote(claim: Claim): string {
  return claim.evidence?.span?.exact ?? claim.evidence?.note ?? "";
}

/**
 * Evidence as users see it: paragraph and sentence numbered from 1 (the store and case files
 * count from 0).
 */
export function evidenceJson(e: Evidence) {
  return {
    ...e,
    ...(e.paragraph === undefined ? {} : { paragraph: e.paragraph + 1 }),
    ...(e.sentence === undefined ? {} : { sentence: e.sentence + 1 }),
  };
}
