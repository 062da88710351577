import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Actor,
  type Case,
  type Claim,
  normaliseText,
  parseSubject,
  type Role,
  sentenceAt,
  sentences,
} from "@parley/core";
import { fingerprint, loadCaseFolder } from "@parley/core/node";
import { describeWithCorpus } from "@parley/core/test-support/describe-with-corpus";
import { beforeAll, describe, expect, it } from "vitest";

const caseDir = fileURLToPath(new URL(".", import.meta.url));
const essayFile = "seed/afghanistan-russia-essay.txt";
const ESSAY = "ibrahimi-2018";

/**
 * Where an essay sentence refers to an actor without naming it ("the group", "the new system"),
 * the phrase that stands for it. Each phrase must itself occur in the sentence.
 */
const anaphors: Record<string, Record<string, string>> = {
  "russia-supports-new-system": { "afghan-government": "the new system" },
  "russia-reconstruction-contributions": { "afghan-government": "the new system" },
  "russia-development-aid": { afghanistan: "the country" },
  "moscow-2018-09-04-russia-host": { russia: "a third multilateral dialogue" },
  "chantilly-2012-taliban-attendee": { taliban: "the group" },
  "chantilly-2012-afghan-government-attendee": { "afghan-government": "the government" },
  "oslo-talks-taliban-attendee": { taliban: "the group" },
  "murree-2015-taliban-attendee": { taliban: "the group" },
  "murree-2015-afghan-government-attendee": { "afghan-government": "the government" },
  "ghani-roadmap-afghan-government-source": { "afghan-government": "Afghan President" },
  "author-personal-capacity": { "said-sabir-ibrahimi": "this essay" },
  "author-handle": { "said-sabir-ibrahimi": "@Saberibrahimi" },
};

let c: Case;
let text: string;
let actors: Map<string, Actor>;

beforeAll(() => {
  const loaded = loadCaseFolder(caseDir);
  if (!loaded.ok) throw loaded.error;
  c = loaded.value;
  actors = new Map(c.actors.map((a) => [a.id, a]));
});

function essayClaims(): Claim[] {
  return c.claims.filter((k) => k.evidence?.source === ESSAY);
}

/** The actors a claim is about: a participant, both ends of a relation, a holder, an asserter. */
function actorsOf(claim: Claim): string[] {
  const { kind, id } = parseSubject(claim.subject);
  const out: string[] = [];
  if (kind === "participation") out.push(id.split("/")[1] as string);
  if (kind === "actor") out.push(id);
  if (kind === "relation") {
    const r = c.relations.find((x) => x.id === id);
    if (r) out.push(r.source, r.target);
  }
  if (kind === "interest") out.push(c.interests.find((x) => x.id === id)?.actor as string);
  if (actors.has(claim.asserter)) out.push(claim.asserter);
  return [...new Set(out)];
}

/** Names, aliases and metonyms of an actor and of its ancestors (a state names its government). */
function namesOf(actorId: string): string[] {
  const names: string[] = [];
  for (let a = actors.get(actorId); a; a = a.parent ? actors.get(a.parent) : undefined) {
    names.push(a.name, ...a.aliases, ...a.metonyms);
  }
  return names;
}

function mentions(sentence: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(sentence);
}

function participants(eventId: string): Record<string, string[]> {
  const e = c.events.find((x) => x.id === eventId);
  if (!e) throw new Error(`no event ${eventId}`);
  const byRole: Record<string, string[]> = {};
  for (const p of e.participants) byRole[p.role] = [...(byRole[p.role] ?? []), p.actor];
  for (const list of Object.values(byRole)) list.sort();
  return byRole;
}

describe("the Afghanistan case", () => {
  it("loads and checks, and counts what it holds", () => {
    expect(c.id).toBe("afghanistan");
    expect(c.sources.map((s) => s.id)).toEqual([
      "ibrahimi-2018",
      "rferl-2017-04-14",
      "samaa-2018-11-09",
      "wapo-2019-02-04",
      "globaltimes-2018-02-28",
      "stripes-2020-02-29",
    ]);
    expect(c.issues.map((i) => i.id)).toEqual([
      "taliban-place",
      "talks-format",
      "foreign-military-presence",
      "counter-terrorism-cooperation",
      "counter-narcotics-cooperation",
    ]);
    // 8 actors on 5 issues, one capability each.
    expect(c.positions).toHaveLength(40);
    expect(c.capabilities).toHaveLength(8);
    expect(c.judgments).toHaveLength(15);
    expect(c.scenarios.map((s) => s.id)).toEqual(["processes-apart", "processes-in-unison"]);
  });

  it("holds the Moscow meetings with their participants by role", () => {
    const moscow = c.events.filter((e) => e.process === "moscow-process");
    expect(moscow.map((e) => [e.id, e.date?.start, e.status])).toEqual([
      ["moscow-2016-12", "2016-12-01", "held"],
      ["moscow-2017-02-15", "2017-02-15", "held"],
      ["moscow-2017-04-14", "2017-04-14", "held"],
      ["moscow-2018-09-04", "2018-09-04", "postponed"],
      ["moscow-2018-11-09", "2018-11-09", "held"],
      ["moscow-2019-02-05", "2019-02-05", "held"],
    ]);
    expect(participants("moscow-2016-12")).toEqual({
      host: ["russia"],
      attendee: ["china", "pakistan"],
      not_invited: ["afghan-government"],
    });
    expect(participants("moscow-2017-02-15")).toEqual({
      host: ["russia"],
      attendee: ["afghan-government", "china", "india", "iran", "pakistan"],
      not_invited: ["taliban"],
    });
    expect(participants("moscow-2017-04-14")).toEqual({
      host: ["russia"],
      attendee: ["afghan-government", "central-asian-states", "india"],
      invited: ["united-states"],
      declined: ["united-states"],
      not_invited: ["taliban"],
    });
    expect(participants("moscow-2018-09-04")).toEqual({
      host: ["russia"],
      invited: ["taliban"],
      declined: ["afghan-government"],
    });
    const nov = participants("moscow-2018-11-09");
    expect(nov.attendee).toEqual(["afghan-government", "taliban"]);
    expect(nov.observer).toEqual(["united-states"]);
    expect(nov.invited).toHaveLength(11);
    const feb = participants("moscow-2019-02-05");
    expect(feb.attendee).toHaveLength(6);
    expect(feb.excluded).toEqual(["afghan-government"]);
  });

  it("records delegations of the November 2018 meeting", () => {
    const e = c.events.find((x) => x.id === "moscow-2018-11-09");
    const of = (actor: string, role: Role) =>
      e?.participants.find((p) => p.actor === actor && p.role === role)?.delegation;
    expect(of("afghan-government", "attendee")?.body).toBe("high-peace-council");
    expect(of("united-states", "observer")?.level).toBe("embassy_observer");
    expect(of("taliban", "attendee")?.body).toBe("taliban-political-office-doha");
    expect(of("russia", "host")?.head).toBe("sergey-lavrov");
  });

  it("holds every participation by a claim", () => {
    const held = new Set(c.claims.map((k) => k.subject));
    const unheld = c.events.flatMap((e) =>
      e.participants
        .map((p) => `participation:${e.id}/${p.actor}/${p.role}`)
        .filter((s) => !held.has(s)),
    );
    expect(unheld).toEqual([]);
  });

  it("answers US attendance at Moscow meetings differently as of 2018-10-31 and 2019-03-01", () => {
    const sourceDate = new Map(c.sources.map((s) => [s.id, s.date]));
    const usRoles = (asOf: string) =>
      [
        ...new Set(
          c.claims
            .filter((k) => {
              const { kind, id } = parseSubject(k.subject);
              if (kind !== "participation" || k.stance === "denies") return false;
              const [event, actor] = id.split("/");
              const inMoscow = c.events.find((e) => e.id === event)?.process === "moscow-process";
              const reported =
                k.reported?.start ?? `${sourceDate.get(k.evidence?.source ?? "")}-01`;
              return inMoscow && actor === "united-states" && reported <= asOf;
            })
            .map((k) => parseSubject(k.subject).id),
        ),
      ].sort();
    expect(usRoles("2018-10-31")).toEqual([
      "moscow-2017-04-14/united-states/declined",
      "moscow-2017-04-14/united-states/invited",
    ]);
    expect(usRoles("2019-03-01")).toEqual([
      "moscow-2017-04-14/united-states/declined",
      "moscow-2017-04-14/united-states/invited",
      "moscow-2018-11-09/united-states/invited",
      "moscow-2018-11-09/united-states/observer",
    ]);
    const superseding = c.claims.find((k) =>
      k.links.some((l) => l.type === "supersedes" && l.claim === "us-attended-no-moscow-meeting"),
    );
    expect(superseding?.id).toBe("samaa-us-attendance-qualified");
    expect(superseding?.period?.start).toBe("2018-11-09");
    // The essay itself is known from November 2018, before the meeting of 9 November.
    const essayClaim = c.claims.find((k) => k.id === "us-attended-no-moscow-meeting");
    expect(essayClaim?.evidence?.source).toBe(ESSAY);
    expect(c.sources.find((s) => s.id === ESSAY)?.date).toBe("2018-11");
  });

  it("keeps the hedges and the denial of the contested claims", () => {
    const claim = (id: string) => c.claims.find((k) => k.id === id);
    expect(claim("russia-shared-intelligence-alleged")?.hedge).toBe("alleged");
    expect(claim("russia-armed-taliban-speculated")?.hedge).toBe("speculated");
    const denial = claim("russia-denies-using-taliban-against-iskp");
    expect([denial?.asserter, denial?.stance]).toEqual(["russia", "denies"]);
    expect(denial?.links).toEqual([
      { type: "denies", claim: "russia-uses-taliban-against-iskp-idea" },
      { type: "contradicts", claim: "russia-armed-taliban-speculated" },
    ]);
    expect(claim("russia-says-contact-for-citizens")?.asserter).toBe("russia");
    expect(claim("moscow-2018-09-04-decline-reason")?.asserter).toBe("afghan-government");
  });

  it("holds every position and capability by an analyst claim", () => {
    const analyst = new Set(
      c.claims
        .filter((k) => k.hedge === "analyst" && k.asserter === "analyst:parley")
        .map((k) => k.subject),
    );
    for (const p of c.positions) expect(analyst.has(`position:${p.id}`), p.id).toBe(true);
    for (const k of c.capabilities) expect(analyst.has(`capability:${k.id}`), k.id).toBe(true);
  });

  it("rates every hypothesis against the same claims", () => {
    const set = c.hypotheses[0];
    expect(set?.question).toBe("Has Russia armed the Taliban?");
    expect(set?.hypotheses).toHaveLength(4);
    // 11 claims rated against 4 hypotheses.
    expect(set?.ratings).toHaveLength(44);
    const ids = new Set(c.claims.map((k) => k.id));
    for (const r of set?.ratings ?? []) expect(ids.has(r.claim), r.claim).toBe(true);
  });
});

describeWithCorpus("the Afghanistan case against the founding essay", [essayFile], (corpus) => {
  beforeAll(() => {
    text = normaliseText(readFileSync(corpus(essayFile), "utf8"));
  });

  it("carries the essay's fingerprint", () => {
    const essay = c.sources.find((s) => s.id === ESSAY);
    expect(essay?.fingerprint).toEqual(fingerprint(text));
    expect(essay?.date).toBe("2018-11");
  });

  it("gives every essay claim and judgment a span that resolves to its sentence", () => {
    const all = sentences(text);
    const cited = [...essayClaims(), ...c.judgments.filter((j) => j.evidence?.source === ESSAY)];
    expect(cited.length).toBeGreaterThan(140);
    for (const item of cited) {
      const ev = item.evidence;
      const span = ev?.span;
      expect(span, item.id).toBeDefined();
      if (!ev || !span) continue;
      expect(text.slice(span.start, span.end), item.id).toBe(span.exact);
      expect(text.slice(span.start - (span.prefix ?? "").length, span.start), item.id).toBe(
        span.prefix ?? "",
      );
      expect(text.slice(span.end, span.end + (span.suffix ?? "").length), item.id).toBe(
        span.suffix ?? "",
      );
      const s = sentenceAt(all, span.start);
      expect([s?.paragraph, s?.index], item.id).toEqual([ev.paragraph, ev.sentence]);
      expect(span.end <= (s?.end ?? -1), `${item.id} stays inside its sentence`).toBe(true);
    }
  });

  it("encodes every sentence of the essay", () => {
    const all = sentences(text);
    // Paragraph by paragraph: 5, 8, 7, 6, 6, 5, 5, 8 and 3 sentences.
    expect(all).toHaveLength(53);
    const covered = new Set<string>();
    for (const item of [...essayClaims(), ...c.judgments]) {
      const ev = item.evidence;
      if (ev?.source === ESSAY) covered.add(`${ev.paragraph}/${ev.sentence}`);
    }
    const missing = all.map((s) => `${s.paragraph}/${s.index}`).filter((key) => !covered.has(key));
    expect(missing).toEqual([]);
  });

  it("points every essay claim at a sentence that names the claim's actors", () => {
    const all = sentences(text);
    const failures: string[] = [];
    for (const claim of essayClaims()) {
      const span = claim.evidence?.span;
      const s = span && sentenceAt(all, span.start);
      if (!s) continue;
      const sentence = text.slice(s.start, s.end);
      for (const actor of actorsOf(claim)) {
        const anaphor = anaphors[claim.id]?.[actor];
        const named = anaphor
          ? sentence.includes(anaphor)
          : namesOf(actor).some((n) => mentions(sentence, n));
        if (!named) failures.push(`${claim.id}: ${actor} in ${JSON.stringify(sentence)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
