import { caseSchema } from "@parley/core";
import { describe, expect, it } from "vitest";
import { blocLabel, subjectLabel } from "./names";

const c = caseSchema.parse({
  id: "t",
  title: "T",
  actors: [
    { id: "russia", name: "Russia", kind: "state", bloc: "russia" },
    { id: "taliban", name: "Taliban", kind: "armed_group", bloc: "central-asia" },
  ],
  events: [
    {
      id: "m1",
      title: "Moscow meeting",
      type: "CONSULT",
      participants: [{ actor: "taliban", role: "attendee" }],
    },
  ],
  relations: [{ id: "r1", source: "russia", target: "taliban", type: "contacts" }],
});

describe("names", () => {
  it("reads a bloc that is an actor's id as the actor's name, a slug as words", () => {
    expect(blocLabel(c, "russia")).toBe("Russia");
    expect(blocLabel(c, "central-asia")).toBe("Central Asia");
    expect(blocLabel(c, "none")).toBe("no bloc");
  });

  it("reads claim subjects in words and leaves unknown ones as ids", () => {
    expect(subjectLabel(c, "participation:m1/taliban/attendee")).toBe(
      "Taliban as attendee at Moscow meeting",
    );
    expect(subjectLabel(c, "relation:r1")).toBe("Russia contacts Taliban");
    expect(subjectLabel(c, "event:m1")).toBe("Moscow meeting");
    expect(subjectLabel(c, "relation:gone")).toBe("gone");
  });
});
