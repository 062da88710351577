import { participants } from "@parley/core/test-support/case-builders";
import { meetingProposal } from "@parley/core/test-support/meeting-proposal";
import { describe, expect, it } from "vitest";
import { eventTitle, listed, titleName } from "./event-titles";
import type { ExtractedEvent } from "./extraction";

const names: Record<string, string> = {
  rus: "Russia",
  taliban: "the Taliban",
  usa: "the United States",
  afg: "Afghanistan",
  chn: "China",
  pak: "Pakistan",
  irn: "Iran",
  isr: "Israel",
};
const nameOf = (a: string): string => names[a] ?? a;
/** Participants written as `actor:role`. */
const parties = (...pairs: string[]) => participants(...pairs) as ExtractedEvent["participants"];
const event = (over: Partial<ExtractedEvent>): ExtractedEvent =>
  meetingProposal({
    date: null,
    place: null,
    participants: [],
    confidence: 0.8,
    ...over,
  }) as ExtractedEvent;

describe("titleName and listed", () => {
  it("puts 'the' before groups, organisations and plural state names", () => {
    expect(titleName("Taliban", "armed_group")).toBe("the Taliban");
    expect(titleName("United States", "state")).toBe("the United States");
    expect(titleName("Russia", "state")).toBe("Russia");
    expect(titleName("NATO", "international_org")).toBe("NATO");
    expect(titleName("Zalmay Khalilzad", "person")).toBe("Zalmay Khalilzad");
  });

  it("lists with commas and 'and'", () => {
    expect(listed(["A"])).toBe("A");
    expect(listed(["A", "B", "C"])).toBe("A, B and C");
  });
});

describe("eventTitle", () => {
  it("names a meeting by its host, attendees and those who stayed away", () => {
    expect(
      eventTitle(
        event({
          participants: parties("rus:host", "taliban:attendee"),
        }),
        nameOf,
      ),
    ).toBe("Russia hosts talks with the Taliban");
    expect(
      eventTitle(
        event({
          status: "planned",
          participants: parties("chn:attendee", "pak:attendee", "usa:declined", "afg:not_invited"),
        }),
        nameOf,
      ),
    ).toBe(
      "China and Pakistan meet; the United States declined; Afghanistan not invited (planned)",
    );
  });

  it("names talks by phone and mediated talks as such", () => {
    expect(
      eventTitle(
        event({ mode: "phone", participants: parties("rus:attendee", "irn:attendee") }),
        nameOf,
      ),
    ).toBe("Russia and Iran speak by phone");
    expect(
      eventTitle(
        event({
          mode: "mediated",
          participants: parties("pak:mediator", "usa:attendee", "taliban:attendee"),
        }),
        nameOf,
      ),
    ).toBe("Pakistan mediates talks between the United States and the Taliban");
  });

  it("writes other acts as source, verb and target, negated or without a source", () => {
    const accuse = event({
      type: "ACCUSE",
      mode: null,
      participants: parties("irn:source", "isr:target"),
    });
    expect(eventTitle(accuse, nameOf)).toBe("Iran accuses Israel");
    expect(eventTitle({ ...accuse, negated: true }, nameOf)).toBe("Iran does not accuse Israel");
    expect(
      eventTitle(
        event({ type: "REQUEST", mode: "demand", participants: accuse.participants }),
        nameOf,
      ),
    ).toBe("Iran makes demands of Israel");
    expect(
      eventTitle(
        event({ type: "ASSAULT", mode: null, participants: [{ actor: "afg", role: "target" }] }),
        nameOf,
      ),
    ).toBe("Attack on Afghanistan");
    expect(
      eventTitle(
        event({ type: "AID", mode: null, participants: [{ actor: "rus", role: "source" }] }),
        nameOf,
      ),
    ).toBe("Russia gives aid");
  });

  it("names a visit by visitor and host", () => {
    expect(
      eventTitle(
        event({
          mode: "visit",
          participants: parties("pak:attendee", "chn:host"),
        }),
        nameOf,
      ),
    ).toBe("Pakistan visits China");
  });
});
