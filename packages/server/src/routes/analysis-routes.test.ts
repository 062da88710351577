import { describe, expect, it } from "vitest";
import { testApp } from "../test-app";

async function get(path: string) {
  const { app } = await testApp();
  const r = await app.request(`/api/cases/small/${path}`);
  return { status: r.status, body: await r.json() };
}

describe("network", () => {
  it("gives each actor its ties summed from relations and meetings attended together", async () => {
    const { body } = await get("analyses/network");
    const nodes = Object.fromEntries(
      body.nodes.map(
        (n: { id: string; degree: number; weightedDegree: number; betweenness: number }) => [
          n.id,
          [n.degree, n.weightedDegree, n.betweenness],
        ],
      ),
    );
    // russia-taliban: contacts (neutral 1) + arms (positive 1) + Moscow 2018 together (neutral 1) = 3;
    // russia-usa: Moscow 2018 = 1; usa-taliban: Moscow 2018 and Doha = 2; Kabul was not invited.
    expect(nodes).toEqual({
      russia: [2, 4, 0],
      taliban: [2, 5, 0],
      usa: [2, 3, 0],
      "afghan-government": [0, 0, 0],
    });
    const ties = body.ties.map((t: { source: string; target: string; weight: number }) => [
      t.source,
      t.target,
      t.weight,
    ]);
    expect(ties).toEqual([
      ["russia", "taliban", 3],
      ["russia", "usa", 1],
      ["taliban", "usa", 2],
    ]);
    expect(body.edges).toEqual([
      {
        id: "russia-contacts-taliban",
        source: "russia",
        target: "taliban",
        type: "contacts",
        sign: 0,
        strength: 1,
        hedge: "none",
        claims: [],
        denied: [],
      },
      {
        id: "russia-arms-taliban",
        source: "russia",
        target: "taliban",
        type: "arms",
        sign: 1,
        strength: 1,
        hedge: "alleged",
        claims: ["c-arms"],
        denied: ["c-arms-denied"],
      },
    ]);
    expect(body.balance).toEqual({ signedTriads: 0, balanced: 0, balanceRatio: 1 });
  });

  it("follows the time filter", async () => {
    const { body } = await get("analyses/network?from=2019");
    expect(body.edges.map((e: { id: string }) => e.id)).toEqual(["russia-contacts-taliban"]);
    expect(body.ties.map((t: { weight: number }) => t.weight)).toEqual([1, 1]);
  });
});

describe("other analyses", () => {
  it("gives the attendance matrix as cells", async () => {
    const { body } = await get("analyses/attendance");
    expect(body.meetings.map((m: { event: string }) => m.event)).toEqual([
      "moscow-2016-12",
      "moscow-2018-11",
      "doha-2019-02",
    ]);
    expect(body.meetings[0].leftOut.map((a: { actor: string }) => a.actor)).toEqual([
      "afghan-government",
    ]);
    // Two roles at Moscow 2016, three at Moscow 2018, two at Doha.
    expect(body.cells).toHaveLength(7);
    expect(body.cells).toContainEqual({
      actor: "afghan-government",
      event: "moscow-2016-12",
      role: "not_invited",
    });
    expect(body.cells).toContainEqual({ actor: "usa", event: "moscow-2018-11", role: "observer" });
    const moscow = await get("analyses/attendance?process=moscow-process");
    expect(moscow.body.meetings).toHaveLength(2);
  });

  it("finds the Taliban brokering between the United States and Russia once their direct tie is set aside", async () => {
    const { body } = await get("analyses/brokers?a=usa&b=russia");
    // usa-taliban carries 2 channels and taliban-russia 3 (positive + neutral): 6 paths of length 2.
    expect(body).toEqual({
      from: ["usa"],
      to: ["russia"],
      distance: 2,
      paths: 6,
      brokers: [{ actor: "taliban", name: "Taliban", share: 1, paths: 6 }],
    });
  });

  it("answers 404 for an unknown broker side or hypothesis set, 400 without both sides", async () => {
    expect((await get("analyses/brokers?a=usa&b=nobody")).status).toBe(404);
    expect((await get("analyses/ach/nothing")).status).toBe(404);
    const missing = await get("analyses/brokers?a=usa");
    expect(missing.status).toBe(400);
    expect(missing.body.path).toBe("b");
  });

  it("lists the denied arms claim as contested", async () => {
    const { body } = await get("analyses/contested");
    expect(body).toHaveLength(1);
    expect(body[0].claim.id).toBe("c-arms");
    expect(body[0].denials.map((d: { id: string }) => d.id)).toEqual(["c-arms-denied"]);
  });

  it("gives process participation and who was left out", async () => {
    const { body } = await get("analyses/processes");
    expect(body.participation[0].events).toBe(2);
    expect(body.inclusivity[0].leftOut).toEqual(["afghan-government"]);
  });

  it("measures the distance between positions on the issue", async () => {
    const { body } = await get("analyses/alignment");
    // |60 - 20| / 100 = 0.4 on the one shared issue.
    expect(body.pairs[0].issues[0].distance).toBe(0.4);
    expect(body.camps).toEqual([["afghan-government"], ["russia"]]);
  });

  it("orders the timeline and filters it by actor", async () => {
    const { body } = await get("analyses/timeline?actor=usa");
    expect(body.map((x: { id: string }) => x.id)).toEqual(["moscow-2018-11", "doha-2019-02"]);
  });

  it("returns empty argument maps and ACH lists for a case without judgments or hypotheses", async () => {
    expect((await get("analyses/arguments")).body).toEqual([]);
    expect((await get("analyses/ach")).body).toEqual([]);
  });
});

describe("report", () => {
  it("renders the brief as Markdown and HTML", async () => {
    const { app } = await testApp();
    const md = await app.request("/api/cases/small/report?format=md&date=2020-01-01");
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await md.text()).toContain("Small case");
    const html = await app.request("/api/cases/small/report?format=html&date=2020-01-01");
    expect(html.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(html.headers.get("content-security-policy")).toContain("default-src 'self'");
    const bad = await app.request("/api/cases/small/report?format=pdf");
    expect(bad.status).toBe(400);
    expect((await bad.json()).path).toBe("format");
  });
});
