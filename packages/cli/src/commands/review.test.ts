import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { meetingProposal } from "@parley/core/test-support/meeting-proposal";
import { openStore } from "@parley/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parley } from "../test-support/parley";

let dir: string;
let db: string;

const meeting = (place: string, participants: { actor: string; role: string }[]) =>
  meetingProposal({
    date: { text: "4 December 2016", start: "2016-12-27", end: "2016-12-27", precision: "day" },
    place,
    participants,
  });

/** Queues one event proposal into the Afghanistan case of the test store, with a real span. */
async function queue(payload: unknown): Promise<string> {
  const store = await openStore(db);
  try {
    const c = await store.exportCase("afghanistan");
    const evidence = c.claims.find((x) => x.evidence?.span !== undefined)?.evidence;
    const [p] = await store.addProposals("afghanistan", [{ kind: "event", payload, evidence }]);
    return p?.id ?? "";
  } finally {
    await store.close();
  }
}

async function snapshot() {
  const store = await openStore(db);
  try {
    return {
      case: await store.exportCase("afghanistan"),
      version: await store.caseVersion("afghanistan"),
    };
  } finally {
    await store.close();
  }
}

async function statusOf(id: string): Promise<string> {
  const store = await openStore(db);
  try {
    return (await store.getProposal(id)).status;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "parley-review-"));
  db = join(dir, "parley.db");
  expect((await parley("case", "import", "afghanistan", "--db", db)).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("parley review accept", () => {
  it("refuses a proposal naming an unknown actor: exit 1, a clear message, still pending, the case unchanged", async () => {
    const id = await queue(
      meeting("Moscow", [
        { actor: "russia", role: "host" },
        { actor: "atlantis", role: "attendee" },
      ]),
    );
    const before = await snapshot();
    const r = await parley("review", "accept", id.slice(0, 8), "--case", "afghanistan", "--db", db);
    expect(r).toEqual({
      code: 1,
      out: "",
      err: `error [invalid_input]: at /participants/1/actor: accept proposal "${id}": unknown actor "atlantis"\n`,
    });
    expect(await statusOf(id)).toBe("pending");
    expect(await snapshot()).toEqual(before);
  });

  it("accepts a repeat of the first Moscow meeting as a corroborating claim, not a new event", async () => {
    const before = await snapshot();
    const stored = before.case.events.find((e) => e.id === "moscow-2016-12");
    if (stored === undefined) throw new Error("no moscow-2016-12 in the case");
    const id = await queue({
      ...meeting(stored.place ?? "Moscow", [
        { actor: "russia", role: "host" },
        { actor: "afghan-government", role: "not_invited" },
      ]),
      date: stored.date,
    });
    const r = await parley(
      "review",
      "accept",
      id,
      "--case",
      "afghanistan",
      "--db",
      db,
      "--reviewer",
      "ana",
    );
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toBe(`${id.slice(0, 8)} accepted: added 3 claims; corroborates moscow-2016-12\n`);
    const after = await snapshot();
    expect(after.case.events.map((e) => e.id)).toEqual(before.case.events.map((e) => e.id));
    expect(after.case.claims.length).toBe(before.case.claims.length + 3);
    expect(await statusOf(id)).toBe("accepted");
  });
});
