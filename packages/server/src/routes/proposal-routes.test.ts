import { makeSpan, ParleyError } from "@parley/core";
import { meetingProposal } from "@parley/core/test-support/meeting-proposal";
import type { Store } from "@parley/store";
import { failingInTransaction } from "@parley/store/failing-in-transaction";
import { describe, expect, it } from "vitest";
import { createApp } from "../create-app";
import { json, testApp } from "../test-app";

const text = "Russia hosted talks with the Taliban in Moscow on 9 November 2018.";
const evidence = { source: "essay", sentence: 0, span: makeSpan(text, 0, 6) };
const meeting = (participants: { actor: string; role: string }[], place = "Moscow") =>
  meetingProposal({ participants, place });

/** The small case with the essay's text attached, and one proposal queued. */
async function queued(payload: unknown) {
  const t = await testApp();
  await t.app.request("/api/cases/small/sources/essay/text", json("PUT", { text }));
  const [p] = await t.store.addProposals("small", [{ kind: "event", payload, evidence }]);
  return { ...t, id: p?.id ?? "" };
}

/** The store, whose transactions fail as locked when they come to mark a proposal decided. */
const lockedOnDecide = (store: Store): Store =>
  failingInTransaction(
    store,
    "decideProposal",
    () => new ParleyError("locked", "the store is locked"),
  );

describe("deciding a proposal", () => {
  it("refuses one naming an actor the case lacks: 400 at the participant, still pending, the case unchanged", async () => {
    const { app, store, id } = await queued(
      meeting([
        { actor: "russia", role: "host" },
        { actor: "atlantis", role: "attendee" },
      ]),
    );
    const before = await store.exportCase("small");
    const r = await app.request(
      `/api/cases/small/proposals/${id}`,
      json("POST", { decision: "accept" }),
    );
    expect(r.status).toBe(400);
    expect(await r.json()).toEqual({
      code: "invalid_input",
      message: `accept proposal "${id}": unknown actor "atlantis"`,
      path: "/participants/1/actor",
    });
    expect(await store.exportCase("small")).toEqual(before);
    const pending = await (await app.request("/api/cases/small/proposals?status=pending")).json();
    expect(pending.items.map((p: { id: string }) => p.id)).toEqual([id]);
  });

  it("adds a repeat of a stored meeting (same date, place, participants) as corroborating claims only", async () => {
    const { app, store, id } = await queued(
      meeting([
        { actor: "russia", role: "host" },
        { actor: "taliban", role: "attendee" },
      ]),
    );
    const events = (await store.exportCase("small")).events.map((e) => e.id);
    const r = await app.request(
      `/api/cases/small/proposals/${id}`,
      json("POST", { decision: "accept" }),
    );
    expect(r.status).toBe(200);
    const body = await r.json();
    expect([body.corroborated, body.added.events, body.added.claims.length]).toEqual([
      ["moscow-2018-11"],
      [],
      3,
    ]);
    expect((await store.exportCase("small")).events.map((e) => e.id)).toEqual(events);
    const event = await (await app.request("/api/cases/small/events/moscow-2018-11")).json();
    expect(event.claims.map((k: { id: string }) => k.id)).toEqual(
      expect.arrayContaining(body.added.claims),
    );
  });

  it("answers 503 with Retry-After when the store is locked, and changes nothing", async () => {
    const { store, id } = await queued(meeting([{ actor: "russia", role: "host" }], "Sochi"));
    const app = createApp({ store: lockedOnDecide(store) });
    const before = await store.exportCase("small");
    const r = await app.request(
      `/api/cases/small/proposals/${id}`,
      json("POST", { decision: "accept" }),
    );
    expect([r.status, r.headers.get("Retry-After")]).toEqual([503, "1"]);
    expect((await r.json()).code).toBe("locked");
    expect(await store.exportCase("small")).toEqual(before);
    expect((await store.getProposal(id)).status).toBe("pending");
  });
});
