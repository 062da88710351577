import { openStore } from "@parley/store";
import { describe, expect, it } from "vitest";
import { isLoopback, startServer } from "./start-server";
import { smallCase } from "./test-app";

describe("startServer", () => {
  it("knows loopback addresses", () => {
    expect(["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"].map(isLoopback)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["0.0.0.0", "::", "192.168.1.10", "example.org"].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("refuses any other address without a token, before binding", async () => {
    const store = await openStore(":memory:");
    await expect(startServer({ store, host: "0.0.0.0", port: 0 })).rejects.toMatchObject({
      code: "forbidden",
    });
    await store.close();
  });

  it("serves the API on a free loopback port and stops", async () => {
    const store = await openStore(":memory:");
    await store.importCase(smallCase());
    const server = await startServer({ store, port: 0 });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
      const r = await fetch(`${server.url}api/cases/small/actors?limit=1`);
      expect(r.status).toBe(200);
      expect(r.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(((await r.json()) as { items: { id: string }[] }).items.map((a) => a.id)).toEqual([
        "russia",
      ]);
    } finally {
      await server.close();
      await store.close();
    }
  });

  it("binds beyond loopback with a token, and then requires it", async () => {
    const store = await openStore(":memory:");
    const server = await startServer({
      store,
      host: "0.0.0.0",
      port: 0,
      tokens: { editor: "s3cret" },
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/api/cases`)).status).toBe(401);
      const r = await fetch(`${base}/api/cases`, { headers: { authorization: "Bearer s3cret" } });
      expect(r.status).toBe(200);
    } finally {
      await server.close();
      await store.close();
    }
  });
});
