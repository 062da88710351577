import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { testApp } from "../test-app";

describe("export", () => {
  it("sends the network as GEXF and GraphML downloads named after the case", async () => {
    const { app } = await testApp();
    const g = await app.request("/api/cases/small/export?format=gexf");
    expect(g.status).toBe(200);
    expect(g.headers.get("content-type")).toBe("application/gexf+xml; charset=utf-8");
    expect(g.headers.get("content-disposition")).toBe('attachment; filename="small.gexf"');
    const gexfText = await g.text();
    expect(gexfText.startsWith("<?xml")).toBe(true);
    expect(gexfText).toContain("<gexf");
    const m = await app.request("/api/cases/small/export?format=graphml");
    expect(m.headers.get("content-disposition")).toBe('attachment; filename="small.graphml"');
    expect(await m.text()).toContain("<graphml");
  });

  it("sends actors as CSV and the case as JSON and as one YAML mapping", async () => {
    const { app } = await testApp();
    const nodes = await (await app.request("/api/cases/small/export?format=csv-nodes")).text();
    // Header plus the four actors of the small case.
    expect(nodes.trim().split(/\r?\n/)).toHaveLength(5);
    const json = JSON.parse(
      await (await app.request("/api/cases/small/export?format=json")).text(),
    );
    expect(json.id).toBe("small");
    expect(json.actors).toHaveLength(4);
    const y = await app.request("/api/cases/small/export?format=yaml");
    expect(y.headers.get("content-disposition")).toBe('attachment; filename="small.yaml"');
    // One mapping holding every key of the case folder's files.
    const doc = parse(await y.text()) as { id: string; actors: Array<{ id: string }> };
    expect(doc.id).toBe("small");
    expect(doc.actors.map((a) => a.id)).toEqual(json.actors.map((a: { id: string }) => a.id));
  });

  it("refuses an unknown format with invalid_input", async () => {
    const { app } = await testApp();
    const r = await app.request("/api/cases/small/export?format=pdf");
    expect(r.status).toBe(400);
    expect((await r.json()).code).toBe("invalid_input");
  });
});
