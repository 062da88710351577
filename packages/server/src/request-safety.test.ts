import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { openStore, type Store } from "@parley/store";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTokenUsers, parseUserOption } from "./bearer-tokens";
import { type RunningServer, startServer } from "./start-server";
import { json, smallCase, testApp } from "./test-app";

const iran = { id: "iran", name: "Iran", kind: "state" };
const iranClaim = { id: "c-iran", subject: "actor:iran", note: "Iran exists.", hedge: "analyst" };
const body = JSON.stringify({ value: iran, claims: [iranClaim] });

async function actorCount(store: Store): Promise<number> {
  const c = await store.exportCase("small");
  return c.actors.length;
}

/** One request over a real socket, with any Host header, answering status, headers and raw bytes. */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: options.method ?? "GET", headers: options.headers ?? {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe("writes from other sites' pages (CSRF)", () => {
  it("refuses a cross-origin no-cors text/plain POST creating an actor, and creates nothing", async () => {
    const { app, store } = await testApp();
    // What `fetch(url, {method: "POST", mode: "no-cors", body})` on another site sends.
    const r = await app.request("/api/cases/small/actors", {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8", origin: "http://evil.example" },
      body,
    });
    expect(r.status).toBe(403);
    expect(await r.json()).toEqual({
      code: "forbidden",
      message:
        "Checking the request's Origin: \"http://evil.example\" is not this server's origin (http://localhost); requests from other sites' pages are refused",
      path: "",
    });
    // Without an Origin (a browser that leaves it out), the type alone refuses it.
    const noOrigin = await app.request("/api/cases/small/actors", {
      method: "POST",
      headers: { "content-type": "text/plain;charset=UTF-8" },
      body,
    });
    expect(noOrigin.status).toBe(415);
    expect(await noOrigin.json()).toEqual({
      code: "unsupported_media_type",
      message:
        'POST /api/cases/small/actors: the body is "text/plain;charset=UTF-8"; expected Content-Type: application/json',
      path: "",
    });
    expect(await actorCount(store)).toBe(4);
  });

  it("refuses an HTML-form-style urlencoded POST and a body of no declared type", async () => {
    const { app, store } = await testApp();
    const form = await app.request("/api/cases/small/actors", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: `${encodeURIComponent(body)}=`,
    });
    expect(form.status).toBe(415);
    expect((await form.json()).code).toBe("unsupported_media_type");
    const untyped = await app.request("/api/cases/small/actors", {
      method: "POST",
      headers: { "content-length": String(body.length) },
      body,
    });
    expect(untyped.status).toBe(415);
    expect(await actorCount(store)).toBe(4);
    // The same body as JSON from the server's own page is accepted.
    const own = await app.request(
      "/api/cases/small/actors",
      json("POST", JSON.parse(body), { origin: "http://localhost" }),
    );
    expect(own.status).toBe(201);
    expect(await actorCount(store)).toBe(5);
  });

  it("refuses another port of this machine as an origin", async () => {
    const { app } = await testApp();
    const r = await app.request("http://127.0.0.1:4173/api/cases", {
      headers: { origin: "http://127.0.0.1:5000" },
    });
    expect(r.status).toBe(403);
  });
});

describe("the Host check (DNS rebinding)", () => {
  it("answers 421 to a Host that is not loopback, the bound address or an allowed name", async () => {
    const { app } = await testApp({ allowedHosts: ["parley.lan"] });
    const evil = await app.request("/api/cases/small", { headers: { host: "evil.example" } });
    expect(evil.status).toBe(421);
    const e = await evil.json();
    expect(e.code).toBe("misdirected_request");
    expect(e.message).toBe(
      'Checking the request\'s Host: "evil.example" is not a name this server answers to (localhost, 127.0.0.1, [::1], parley.lan); start the server with --allowed-host <name> to answer to another name (loopback names are always allowed)',
    );
    for (const host of ["localhost:4173", "127.0.0.1:4173", "[::1]:4173", "PARLEY.lan:80"]) {
      expect((await app.request("/api/cases/small", { headers: { host } })).status, host).toBe(200);
    }
    // Every path, the web app's and the health check included.
    expect((await app.request("/", { headers: { host: "evil.example" } })).status).toBe(421);
    expect((await app.request("/api/health", { headers: { host: "evil.example" } })).status).toBe(
      421,
    );
  });

  it("refuses evil.example over a real socket, with and without tokens", async () => {
    const store = await openStore(":memory:");
    await store.importCase(smallCase());
    const open = await startServer({ store, port: 0 });
    const guarded = await startServer({
      store,
      port: 0,
      tokens: { users: [{ name: "ana", role: "reader", token: "reader-token-1" }] },
    });
    try {
      for (const server of [open, guarded]) {
        const headers = { host: "evil.example", authorization: "Bearer reader-token-1" };
        const r = await raw(`${server.url}api/cases/small`, { headers });
        expect(r.status).toBe(421);
        expect(JSON.parse(r.body.toString()).code).toBe("misdirected_request");
        const ok = await raw(`${server.url}api/cases/small`, {
          headers: { ...headers, host: `127.0.0.1:${server.port}` },
        });
        expect(ok.status).toBe(200);
      }
    } finally {
      await open.close();
      await guarded.close();
      await store.close();
    }
  });
});

describe("compression", () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  const script = `${"export const label = 'Parley workbench';\n".repeat(200)}`;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "parley-gzip-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "<!doctype html><title>Parley</title>");
    writeFileSync(join(dir, "assets", "index-abc.js"), script);
    store = await openStore(":memory:");
    await store.importCase(smallCase());
    server = await startServer({ store, port: 0, webDist: dir });
  });

  afterAll(async () => {
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the JS bundle gzipped to a client that accepts it, and plain to one that does not", async () => {
    const gz = await raw(`${server.url}assets/index-abc.js`, {
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(gz.status).toBe(200);
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers.vary).toBe("Accept-Encoding");
    expect(gunzipSync(gz.body).toString()).toBe(script);
    expect(gz.body.length).toBeLessThan(script.length / 10);
    const plain = await raw(`${server.url}assets/index-abc.js`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it("gzips JSON answers too", async () => {
    const r = await raw(`${server.url}api/openapi.json`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(gunzipSync(r.body).toString()).openapi).toBe("3.1.0");
  });
});

describe("named users", () => {
  const users = [
    { name: "Ana Analyst", role: "editor" as const, token: "ana-token-123" },
    { name: "rita", role: "reader" as const, token: "rita-token-456" },
  ];

  it("lets a reader's token read but not write (403), changing nothing", async () => {
    const { app, store } = await testApp({ tokens: { users } });
    const read = await app.request("/api/cases/small/actors", {
      headers: { authorization: "Bearer rita-token-456" },
    });
    expect(read.status).toBe(200);
    const write = await app.request(
      "/api/cases/small/actors",
      json("POST", JSON.parse(body), { authorization: "Bearer rita-token-456" }),
    );
    expect(write.status).toBe(403);
    expect(await write.json()).toEqual({
      code: "forbidden",
      message:
        'Authorizing the request: "rita" is a reader and may only read; this change needs an editor\'s token',
      path: "",
    });
    expect(await actorCount(store)).toBe(4);
  });

  it("records an editor token's user in the history, whatever X-Parley-Analyst says", async () => {
    const { app } = await testApp({ tokens: { users } });
    const auth = { authorization: "Bearer ana-token-123", "x-parley-analyst": "someone else" };
    const r = await app.request("/api/cases/small/actors", json("POST", JSON.parse(body), auth));
    expect(r.status).toBe(201);
    const history = await (
      await app.request("/api/cases/small/history?kind=actor&entity=iran", { headers: auth })
    ).json();
    expect(history.items.map((h: { who: string; op: string }) => [h.who, h.op])).toEqual([
      ["Ana Analyst", "insert"],
    ]);
  });

  it("reads users from a token file and from --user, with clear errors", () => {
    expect(parseTokenUsers(JSON.stringify(users), "tokens.json")).toEqual(users);
    expect(parseUserOption("ana:editor:a:b:c:d:e:f")).toEqual({
      name: "ana",
      role: "editor",
      token: "a:b:c:d:e:f",
    });
    expect(() => parseUserOption("ana:admin:secret-token")).toThrow(
      'Reading --user "ana:admin:…": the role "admin" of "ana" is not editor or reader',
    );
    expect(() => parseTokenUsers('{"name":"x"}', "tokens.json")).toThrow(
      'Reading the token file "tokens.json": expected an array of {"name", "role", "token"}',
    );
    expect(() =>
      parseTokenUsers('[{"name":"x","role":"editor","token":"short"}]', "tokens.json"),
    ).toThrow(
      'Reading the token file "tokens.json" at /0: the token of "x" must be at least 8 characters without spaces',
    );
  });
});
