import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadCaseFolder } from "@parley/core/node";
import { participants, time } from "@parley/core/test-support/case-builders";
import { describeWithCorpus } from "@parley/core/test-support/describe-with-corpus";
import { meetingProposal } from "@parley/core/test-support/meeting-proposal";
import { describe, expect, it } from "vitest";
import { caseActorsFromCase, essayEvaluation } from "./evaluation/essay-evaluation";
import { extractDocument } from "./extract-document";

const caseUrl = new URL("../../../cases/afghanistan", import.meta.url);

describe("extractDocument", () => {
  it("reads recipients from places, known leaders and event nouns", () => {
    const who = (text: string) => extractDocument(text).events.map((e) => [e.type, e.participants]);
    // a place after a hostile verb stands for its state; a geographic feature is no actor
    expect(who("Israeli tanks fired at targets in Jericho.")).toEqual([
      [
        "ASSAULT",
        [
          { actor: "isr", role: "source" },
          { actor: "pse", role: "target" },
        ],
      ],
    ]);
    expect(who("The Houthis threatened shipping in the Red Sea.")).toEqual([
      ["THREATEN", [{ actor: "houthis", role: "source" }]],
    ]);
    // a visit: the place's state hosts; a known head of state speaks for the state
    expect(who("President Saddam Hussein arrived in Amman.")).toEqual([
      [
        "CONSULT",
        [
          { actor: "irq", role: "attendee" },
          { actor: "jor", role: "host" },
        ],
      ],
    ]);
    // a reported "must" is a demand made of the actor
    expect(who("Norway said that Sudan must release the prisoners.")[0]).toEqual([
      "REQUEST",
      [
        { actor: "nor", role: "source" },
        { actor: "sdn", role: "target" },
      ],
    ]);
    // an event noun followed by "with" and an actor
    expect(who("Serbia lodged a protest with Albania.")).toEqual([
      [
        "PROTEST",
        [
          { actor: "srb", role: "source" },
          { actor: "alb", role: "target" },
        ],
      ],
    ]);
  });

  it("makes one meeting event with all its participants, negations and passives", () => {
    const text =
      "In 2016, Russia hosted a meeting. Afghanistan was not invited – only Russia, China, and Pakistan attended the meeting.";
    const r = extractDocument(text);
    expect(r.sentences).toEqual([
      { i: 0, start: 0, end: 33, eventClass: "verbal_cooperation" },
      { i: 1, start: 34, end: 118, eventClass: "verbal_cooperation" },
    ]);
    expect(r.events).toEqual([
      meetingProposal({
        date: time("2016"),
        place: null,
        participants: participants("rus:host", "afg:not_invited", "chn:attendee", "pak:attendee"),
        confidence: 0.7,
      }),
    ]);
    expect(r.actors.map((a) => [a.id, a.kind, a.mentions.map((m) => m.text)])).toEqual([
      ["rus", "state", ["Russia", "Russia"]],
      ["afg", "state", ["Afghanistan"]],
      ["chn", "state", ["China"]],
      ["pak", "state", ["Pakistan"]],
    ]);
  });

  it("reads hedges, attribution and lasting ties", () => {
    const text =
      "Russia has allegedly shared intelligence with the Taliban. There is much speculation that Moscow has armed them. US officials accused Iran of arming the Houthis, a charge Tehran denied.";
    const r = extractDocument(text);
    expect(r.relations.map((x) => [x.type, x.source, x.target, x.certainty, x.sentence])).toEqual([
      ["shares_intelligence", "rus", "taliban", "alleged", 0],
      ["arms", "rus", "taliban", "speculated", 1],
    ]);
    expect(
      r.events.map((e) => [e.type, e.mode, e.certainty, e.asserter, e.stance, e.participants]),
    ).toEqual([
      ["ACCUSE", "allege", "reported", null, "asserts", participants("usa:source", "irn:target")],
      ["AID", "military", "alleged", "irn", "denies", participants("irn:source", "houthis:target")],
    ]);
  });
});

describeWithCorpus(
  "extractDocument on the founding essay",
  ["seed/afghanistan-russia-essay.txt"],
  (corpus) => {
    it("recovers the case's meeting participations from the founding essay, with their roles", () => {
      const loaded = loadCaseFolder(fileURLToPath(caseUrl));
      if (!loaded.ok) throw loaded.error;
      const text = readFileSync(corpus("seed/afghanistan-russia-essay.txt"), "utf8");
      const r = essayEvaluation(loaded.value, "ibrahimi-2018", text);
      expect(r.participations.length).toBe(27);
      expect(r.recovered).toBe(27);
      const recovered = (event: string, actor: string, role: string) =>
        r.participations.find((p) => p.event === event && p.actor === actor && p.role === role)
          ?.recovered;
      expect(recovered("moscow-2016-12", "afghan-government", "not_invited")).toBe(true);
      expect(recovered("moscow-2018-09-04", "afghan-government", "declined")).toBe(true);
      expect(recovered("moscow-2018-09-04", "taliban", "invited")).toBe(true);
      // "..., including the semi-direct talks in Murree, Pakistan, in 2015": a meeting of its own
      expect(recovered("murree-2015", "taliban", "attendee")).toBe(true);
      expect(r.hedges.filter((h) => h.expected === h.extracted).map((h) => h.relation)).toEqual([
        "shares_intelligence russia>taliban",
        "arms russia>taliban",
      ]);
      const x = extractDocument(text, { caseActors: caseActorsFromCase(loaded.value) });
      const postponed = x.events.find((e) => e.participants.some((p) => p.role === "invited"));
      expect(postponed?.status).toBe("postponed");
      const contacts = x.relations.find((t) => t.type === "contacts" && t.source === "russia");
      expect(contacts?.period).toEqual({
        text: "since 2005",
        start: "2005-01-01",
        end: null,
        precision: "year",
        qualifier: "since",
      });
    });
  },
);
