import { makeSpan } from "@parley/core";
import { describe, expect, it } from "vitest";
import { json, testApp } from "../test-app";

const text =
  "Russia hosted talks with the Taliban in Moscow on 9 November 2018. The Afghan government was not invited. <script>alert(1)</script>";

async function withText() {
  const t = await testApp();
  await t.app.request("/api/cases/small/sources/essay/text", json("PUT", { text }));
  return t;
}

describe("extraction", () => {
  it("queues the meeting found in a source's text for review, with its sentence as evidence", async () => {
    const { app } = await withText();
    const r = await app.request("/api/cases/small/extract", json("POST", { sourceId: "essay" }));
    expect(r.status).toBe(201);
    const body = await r.json();
    expect(body.counts).toEqual({ sentences: 3, actors: 3, events: 1, relations: 0 });
    expect(body.proposals).toHaveLength(1);
    const [p] = body.proposals;
    expect(p.kind).toBe("event");
    expect(p.status).toBe("pending");
    expect(p.payload.type).toBe("CONSULT");
    expect(p.payload.date).toEqual({
      text: "9 November 2018",
      start: "2018-11-09",
      end: "2018-11-09",
      precision: "day",
    });
    // named in the next sentence, the participant is cited there
    expect(p.payload.participants).toContainEqual(
      expect.objectContaining({
        actor: "afghan-government",
        role: "not_invited",
        evidence: expect.objectContaining({ sentence: 1 }),
      }),
    );
    expect(p.evidence.span.exact).toBe(
      "Russia hosted talks with the Taliban in Moscow on 9 November 2018.",
    );
    const queue = await (await app.request("/api/cases/small/proposals?status=pending")).json();
    expect(queue.total).toBe(1);
  });

  it("streams progress as NDJSON when asked", async () => {
    const { app } = await testApp();
    const r = await app.request(
      "/api/cases/small/extract",
      json(
        "POST",
        { text: "Moscow hosted the Taliban.", sourceId: "wire-1" },
        { accept: "application/x-ndjson" },
      ),
    );
    expect(r.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8");
    const lines = (await r.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    // Progress in characters of the 26-character text: at the start and after its one piece.
    expect(lines.map((l) => [l.type, l.done, l.total])).toEqual([
      ["progress", 0, 26],
      ["progress", 26, 26],
      ["result", undefined, undefined],
    ]);
    expect(lines[2].result.counts.events).toBe(1);
  });

  it("reports progress through a long text piece by piece", async () => {
    const { app } = await testApp();
    const long = "Moscow hosted the Taliban.\n".repeat(1500);
    const r = await app.request(
      "/api/cases/small/extract",
      json("POST", { text: long, sourceId: "wire-2" }, { accept: "application/x-ndjson" }),
    );
    const lines = (await r.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const done = lines.filter((l) => l.type === "progress").map((l) => l.done);
    // 40,500 characters in pieces of 16,384: at the start and after each of three pieces.
    expect(done).toEqual([0, 16_384, 32_768, 40_500]);
    expect(lines[lines.length - 1].result.counts.sentences).toBe(1500);
  });

  it("makes a pasted text a new source, whose proposals can be accepted", async () => {
    const { app, store } = await testApp();
    const r = await app.request(
      "/api/cases/small/extract",
      json("POST", {
        text: "Russia hosted the Taliban in 2019.\r\nThe Taliban attended.",
        sourceId: "wire-3",
        sourceTitle: "A wire report",
      }),
    );
    expect(r.status).toBe(201);
    const body = await r.json();
    const source = await store.getEntity("small", "source", "wire-3");
    expect(source.value.title).toBe("A wire report");
    // line endings are normalised before the fingerprint, as for any attached text
    expect(source.value.fingerprint?.length).toBe(56);
    expect((await store.sourceText("small", "wire-3")).text).toBe(
      "Russia hosted the Taliban in 2019.\nThe Taliban attended.",
    );
    const [p] = body.proposals;
    expect(p.evidence.source).toBe("wire-3");
    const accepted = await app.request(
      `/api/cases/small/proposals/${p.id}`,
      json("POST", { decision: "accept" }),
    );
    expect(accepted.status).toBe(200);
    const added = (await accepted.json()).added;
    expect(added.events).toHaveLength(1);
    expect(added.claims.length).toBeGreaterThan(0);
  });

  it("refuses another text for a source that has one, and queues nothing", async () => {
    const { app, store } = await withText();
    const r = await app.request(
      "/api/cases/small/extract",
      json("POST", { text: "Moscow hosted the Taliban.", sourceId: "essay" }),
    );
    expect(r.status).toBe(409);
    expect((await r.json()).code).toBe("fingerprint_mismatch");
    expect(await store.listProposals({ caseId: "small" })).toEqual([]);
    expect((await store.sourceText("small", "essay")).text).toBe(text);
  });

  it("refuses a body with no source, and an unknown source without a text", async () => {
    const { app } = await testApp();
    const r = await app.request(
      "/api/cases/small/extract",
      json("POST", { text: "Moscow hosted the Taliban." }),
    );
    expect(r.status).toBe(400);
    expect((await r.json()).path).toBe("/sourceId");
    const unknown = await app.request(
      "/api/cases/small/extract",
      json("POST", { sourceId: "nothing" }),
    );
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).path).toBe("/sourceId");
  });
});

describe("review queue", () => {
  it("accepts a proposal into the case: the meeting, its claim, and the history", async () => {
    const { app } = await withText();
    const queued = await (
      await app.request("/api/cases/small/extract", json("POST", { sourceId: "essay" }))
    ).json();
    const id = queued.proposals[0].id;
    const r = await app.request(
      `/api/cases/small/proposals/${id}`,
      json("POST", { decision: "accept" }),
    );
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.proposal.status).toBe("accepted");
    expect(body.added.events).toHaveLength(1);
    // One claim for the meeting and one for each of its three participations.
    expect(body.added.claims).toHaveLength(4);
    const eventId = body.added.events[0];
    const event = await (await app.request(`/api/cases/small/events/${eventId}`)).json();
    expect(event.value.type).toBe("CONSULT");
    expect(event.value.date.start).toBe("2018-11-09");
    expect(event.value.participants).toContainEqual({
      actor: "afghan-government",
      role: "not_invited",
    });
    expect(event.claims.map((k: { id: string }) => k.id).sort()).toEqual(
      [...body.added.claims].sort(),
    );
    expect(
      event.claims.every((k: { evidence: { source: string } }) => k.evidence.source === "essay"),
    ).toBe(true);
    const history = await (await app.request("/api/cases/small/history?kind=event")).json();
    expect(history.items.map((h: { op: string; entity: string }) => [h.op, h.entity])).toEqual([
      ["insert", eventId],
    ]);
    const again = await app.request(
      `/api/cases/small/proposals/${id}`,
      json("POST", { decision: "reject" }),
    );
    expect(again.status).toBe(409);
  });

  it("rejects without touching the case, and adds an edited payload", async () => {
    const { app, store } = await withText();
    const evidence = { source: "essay", sentence: 0, span: makeSpan(text, 0, 6) };
    const [a, b] = await store.addProposals("small", [
      { kind: "actor", payload: { id: "china", name: "China", kind: "state" }, evidence },
      { kind: "actor", payload: { id: "india", name: "Indai", kind: "state" }, evidence },
    ]);
    const decide = (id: string | undefined, body: unknown) =>
      app.request(`/api/cases/small/proposals/${id}`, json("POST", body));
    const rejected = await (await decide(a?.id, { decision: "reject" })).json();
    expect([rejected.proposal.status, rejected.added.actors]).toEqual(["rejected", []]);
    const edited = await (
      await decide(b?.id, {
        decision: "edit",
        payload: { id: "india", name: "India", kind: "state" },
      })
    ).json();
    expect([edited.proposal.status, edited.proposal.edited.name]).toEqual(["edited", "India"]);
    const list = await (
      await app.request("/api/cases/small/proposals?status=rejected,edited")
    ).json();
    expect(list.items.map((p: { id: string }) => p.id)).toEqual([a?.id, b?.id]);
    expect((await app.request("/api/cases/small/actors/china")).status).toBe(404);
    expect((await (await app.request("/api/cases/small/actors/india")).json()).value.name).toBe(
      "India",
    );
  });

  it("refuses a bad decision (400) and an unknown proposal (404)", async () => {
    const { app } = await testApp();
    const bad = await app.request(
      "/api/cases/small/proposals/1b4e28ba-2fa1-11d2-883f-0016d3cca427",
      json("POST", { decision: "maybe" }),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).path).toBe("/decision");
    const unknown = await app.request(
      "/api/cases/small/proposals/1b4e28ba-2fa1-11d2-883f-0016d3cca427",
      json("POST", { decision: "accept" }),
    );
    expect(unknown.status).toBe(404);
  });
});

describe("coding a span", () => {
  it("fills a claim form from the selected sentence", async () => {
    const { app } = await withText();
    const r = await app.request(
      "/api/cases/small/code-span",
      json("POST", { source: "essay", start: 0, end: 66 }),
    );
    expect(r.status).toBe(200);
    const form = await r.json();
    expect(form.span.exact).toBe(
      "Russia hosted talks with the Taliban in Moscow on 9 November 2018.",
    );
    expect(form.actors.map((a: { id: string }) => a.id)).toEqual(["russia", "taliban"]);
    // Offsets are into the whole text; "in Moscow" is the place, not a mention of Russia.
    expect(form.actors[0].mentions).toEqual([{ start: 0, end: 6, text: "Russia" }]);
    expect(form.actors[1].mentions).toEqual([{ start: 29, end: 36, text: "Taliban" }]);
    expect([form.type, form.mode, form.hedge, form.stance]).toEqual([
      "CONSULT",
      "meeting",
      "reported",
      "asserts",
    ]);
    expect(form.date.start).toBe("2018-11-09");
    expect(form.roles).toContainEqual({ actor: "russia", role: "host" });
    expect(form.roles).toContainEqual({ actor: "taliban", role: "attendee" });
  });

  it("refuses spans past the text or backwards, and sources without text", async () => {
    const { app } = await withText();
    const past = await app.request(
      "/api/cases/small/code-span",
      json("POST", { source: "essay", start: 0, end: 999 }),
    );
    expect(past.status).toBe(400);
    expect(await past.json()).toMatchObject({ code: "invalid_span", path: "/end" });
    const back = await app.request(
      "/api/cases/small/code-span",
      json("POST", { source: "essay", start: 5, end: 2 }),
    );
    expect((await back.json()).path).toBe("/end");
    const { app: bare } = await testApp();
    const none = await bare.request(
      "/api/cases/small/code-span",
      json("POST", { source: "essay", start: 0, end: 5 }),
    );
    expect(none.status).toBe(404);
  });
});
