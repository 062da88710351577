import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { afghanistanCaseActors } from "./essay-fixture";
import { extractDocument } from "./extract-document";

const essayUrl = new URL("../../../../shared/seed/afghanistan-russia-essay.txt", import.meta.url);

describe("extractDocument", () => {
  it("makes one meeting event with all its participants, negations and passives", () => {
    const text =
      "In 2016, Russia hosted a meeting. Afghanistan was not invited – only Russia, China, and Pakistan attended the meeting.";
    const r = extractDocument(text);
    expect(r.sentences).toEqual([
      { i: 0, start: 0, end: 33 },
      { i: 1, start: 34, end: 118 },
    ]);
    expect(r.events).toEqual([
      {
        type: "CONSULT",
        mode: "meeting",
        date: { text: "2016", start: "2016-01-01", end: "2016-12-31", precision: "year" },
        place: null,
        status: "held",
        certainty: "reported",
        negated: false,
        asserter: null,
        stance: "asserts",
        participants: [
          { actor: "rus", role: "host" },
          { actor: "afg", role: "not_invited" },
          { actor: "rus", role: "attendee" },
          { actor: "chn", role: "attendee" },
          { actor: "pak", role: "attendee" },
        ],
        sentence: 0,
        confidence: 0.7,
      },
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
      [
        "ACCUSE",
        "allege",
        "reported",
        null,
        "asserts",
        [
          { actor: "usa", role: "source" },
          { actor: "irn", role: "target" },
        ],
      ],
      [
        "AID",
        "military",
        "alleged",
        "irn",
        "denies",
        [
          { actor: "irn", role: "source" },
          { actor: "houthis", role: "target" },
        ],
      ],
    ]);
  });

  it("recovers the Moscow Process attendance of the founding essay", () => {
    const text = readFileSync(essayUrl, "utf8");
    const r = extractDocument(text, {
      caseActors: afghanistanCaseActors,
      documentDate: "2018-12-01",
    });
    const consult = r.events.filter((e) => e.type === "CONSULT");
    const found = (year: string | null, actor: string, role: string) =>
      consult.some(
        (e) =>
          (year === null || e.date?.start?.startsWith(year) === true) &&
          e.participants.some((p) => p.actor === actor && p.role === role),
      );
    const expected: [string | null, string, string][] = [
      ["2016", "russia", "convenor"],
      ["2016", "united-states", "declined"],
      ["2016", "afghanistan", "not_invited"],
      ["2016", "russia", "attendee"],
      ["2016", "china", "attendee"],
      ["2016", "pakistan", "attendee"],
      ["2017", "afghanistan", "attendee"],
      ["2017", "india", "attendee"],
      ["2018", "taliban", "invited"],
      ["2018", "afghan-government", "declined"],
      ["2012", "taliban", "attendee"],
      ["2012", "afghan-government", "attendee"],
      [null, "united-states", "attendee"],
      [null, "pakistan", "attendee"],
    ];
    const recovered = expected.filter(([y, a, role]) => found(y, a, role));
    expect(recovered.length / expected.length).toBeGreaterThanOrEqual(0.8);
    const third = consult.find((e) => e.participants.some((p) => p.role === "invited"));
    expect(third?.status).toBe("postponed");
    const tie = (type: string) =>
      r.relations.find((x) => x.type === type && x.source === "russia" && x.target === "taliban");
    expect(tie("shares_intelligence")?.certainty).toBe("alleged");
    expect(tie("arms")?.certainty).toBe("speculated");
    expect(tie("contacts")?.period?.text).toBe("since 2005");
  });
});
