import { describe, expect, it } from "vitest";
import { extractDocument } from "./extract-document";
import {
  duplicateKey,
  evidenceOf,
  extractionProposals,
  fnv1a,
  proposalsAbove,
  reviewedProposal,
} from "./proposals";

const text =
  "Intro line.\nThe Sahel Liberation Front attacked Mali. Russia has armed the group since 2020.";

describe("extractionProposals", () => {
  const x = extractDocument(text);
  const ps = extractionProposals(text, x, { sourceId: "src-1", caseId: "sahel" });

  it("proposes events, ties and unknown actors with their evidence", () => {
    expect(ps.map((p) => [p.kind, p.evidence.span.exact, p.confidence, p.status])).toEqual([
      ["event", "The Sahel Liberation Front attacked Mali.", 0.85, "pending"],
      ["relation", "Russia has armed the group since 2020.", 0.85, "pending"],
      ["actor", "Sahel Liberation Front", 0.5, "pending"],
    ]);
    expect(ps[1]?.payload).toMatchObject({
      type: "arms",
      source: "rus",
      target: "sahel-liberation-front",
    });
    // a new actor carries the country its sentence gives it
    expect(ps[2]?.payload).toEqual({
      id: "sahel-liberation-front",
      name: "Sahel Liberation Front",
      kind: "armed_group",
      country: "MLI",
    });
    expect(ps[0]?.evidence).toMatchObject({
      source: "src-1",
      sentence: 1,
      span: { start: 12, prefix: "Intro line.\n" },
    });
  });

  it("keys proposals stably, so the same text does not queue twice", () => {
    const again = extractionProposals(text, extractDocument(text), {
      sourceId: "src-1",
      caseId: "sahel",
    });
    expect(again.map((p) => p.id)).toEqual(ps.map((p) => p.id));
    expect(new Set(ps.map((p) => p.id)).size).toBe(3);
    expect(ps[2] && duplicateKey(ps[2])).toBe("actor|sahel-liberation-front");
  });

  it("records review decisions and filters by confidence", () => {
    const [first, second] = ps;
    if (first === undefined || second === undefined) throw new Error("fixture");
    expect(reviewedProposal(first, { action: "reject", reviewer: "ana" })).toMatchObject({
      status: "rejected",
      reviewer: "ana",
    });
    expect(first.status).toBe("pending");
    expect(proposalsAbove(ps, 0.8).map((p) => p.kind)).toEqual(["event", "relation"]);
  });
});

describe("fnv1a and evidenceOf", () => {
  it("hashes as FNV-1a and cuts context", () => {
    // FNV-1a 32 of "a" is 0xe40c292c
    expect(fnv1a("a")).toBe("e40c292c");
    expect(evidenceOf("abcdef", 0, 2, 4)).toEqual({
      sentence: 0,
      span: { start: 2, end: 4, exact: "cd", prefix: "ab", suffix: "ef" },
    });
  });
});

describe("proposed events", () => {
  const meeting = "In 2016, Russia hosted a meeting in Moscow. Afghanistan was not invited.";
  const [p] = extractionProposals(meeting, extractDocument(meeting), { sourceId: "s" });

  it("carry a readable title, the date and the place the text gives", () => {
    if (p?.kind !== "event") throw new Error("fixture");
    expect(p.payload.title).toBe("Russia hosts talks; Afghanistan not invited");
    expect(p.payload.date).toEqual({
      text: "2016",
      start: "2016-01-01",
      end: "2016-12-31",
      precision: "year",
    });
    expect(p.payload.place).toBe("Moscow");
  });

  it("cite each participant where it is named", () => {
    if (p?.kind !== "event") throw new Error("fixture");
    expect(p.evidence.span.exact).toBe("In 2016, Russia hosted a meeting in Moscow.");
    expect(p.payload.participants).toEqual([
      { actor: "rus", role: "host" },
      {
        actor: "afg",
        role: "not_invited",
        evidence: evidenceOf(meeting, 1, 44, 72, "s"),
      },
    ]);
  });
});
