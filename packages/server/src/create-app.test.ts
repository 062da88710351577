import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "./security-headers";
import { json, testApp } from "./test-app";

describe("security headers", () => {
  it("sets the CSP and the other headers on API answers, errors and web files", async () => {
    const dist = mkdtempSync(join(tmpdir(), "parley-web-"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Parley</title>");
    const { app } = await testApp({ webDist: dist });
    for (const u of [
      "/api/health",
      "/api/cases/nowhere",
      "/api/cases/small?from=x",
      "/",
      "/network",
    ]) {
      const r = await app.request(u);
      expect(r.headers.get("content-security-policy")).toBe(CONTENT_SECURITY_POLICY);
      expect(r.headers.get("x-content-type-options")).toBe("nosniff");
      expect(r.headers.get("x-frame-options")).toBe("DENY");
    }
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-eval");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe("tokens", () => {
  const tokens = { editor: "editor-secret", reader: "reader-secret" };
  const russia = {
    id: "russia",
    name: "Russia",
    kind: "state",
    bloc: "moscow",
    metonyms: ["Moscow"],
  };

  it("answers 401 without a token and with an unknown one, and changes nothing", async () => {
    const { app, store } = await testApp({ tokens });
    const none = await app.request("/api/cases");
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toBe('Bearer realm="parley"');
    expect((await none.json()).code).toBe("unauthorized");
    const wrong = await app.request("/api/cases", { headers: { authorization: "Bearer guess" } });
    expect(wrong.status).toBe(401);
    const put = await app.request(
      "/api/cases/small/actors/russia",
      json(
        "PUT",
        { value: { ...russia, name: "X" }, revision: 1 },
        { authorization: "Bearer guess" },
      ),
    );
    expect(put.status).toBe(401);
    expect((await store.getEntity("small", "actor", "russia")).revision).toBe(1);
  });

  it("lets a reader read but not write (403), and an editor do both", async () => {
    const { app, store } = await testApp({ tokens });
    const read = await app.request("/api/cases", {
      headers: { authorization: "Bearer reader-secret" },
    });
    expect(read.status).toBe(200);
    const body = { value: { ...russia, name: "Russian Federation" }, revision: 1 };
    const denied = await app.request(
      "/api/cases/small/actors/russia",
      json("PUT", body, { authorization: "Bearer reader-secret" }),
    );
    expect(denied.status).toBe(403);
    expect((await denied.json()).code).toBe("forbidden");
    expect((await store.getEntity("small", "actor", "russia")).revision).toBe(1);
    const done = await app.request(
      "/api/cases/small/actors/russia",
      json("PUT", body, { authorization: "Bearer editor-secret" }),
    );
    expect(done.status).toBe(200);
  });

  it("keeps the health check and the web app open", async () => {
    const { app } = await testApp({ tokens });
    expect((await app.request("/api/health")).status).toBe(200);
  });
});

describe("routing", () => {
  it("answers JSON 404 for unknown API paths and 405 for a wrong method", async () => {
    const { app } = await testApp();
    const r = await app.request("/api/nothing-here");
    expect(r.status).toBe(404);
    expect(r.headers.get("content-type")).toContain("application/json");
    expect((await r.json()).code).toBe("not_found");
    const m = await app.request("/api/cases", { method: "DELETE" });
    expect(m.status).toBe(405);
    expect((await m.json()).code).toBe("method_not_allowed");
  });

  it("serves web files, falls back to index.html for app routes and never leaves the folder", async () => {
    const dist = mkdtempSync(join(tmpdir(), "parley-web-"));
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Parley</title>");
    writeFileSync(join(dist, "assets", "app-1.js"), "console.log(1)");
    const { app } = await testApp({ webDist: dist });
    const index = await app.request("/cases/small/network");
    expect(index.status).toBe(200);
    expect(await index.text()).toBe("<!doctype html><title>Parley</title>");
    const asset = await app.request("/assets/app-1.js");
    expect(asset.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect((await app.request("/assets/missing.js")).status).toBe(404);
    expect((await app.request("/..%2f..%2fetc%2fpasswd")).status).toBe(404);
  });
});

describe("OpenAPI document", () => {
  it("lists every route with its parameters and body schema", async () => {
    const { app } = await testApp();
    const doc = await (await app.request("/api/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    const put = doc.paths["/api/cases/{case}/events/{id}"].put;
    expect(put.parameters.map((p: { name: string }) => p.name)).toEqual(["case", "id"]);
    const body = put.requestBody.content["application/json"].schema;
    expect(body.required).toEqual(["value", "revision"]);
    expect(body.properties.value.properties.type.enum).toContain("CONSULT");
    const list = doc.paths["/api/cases/{case}/events"].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual([
      "case",
      "limit",
      "offset",
      "from",
      "to",
      "asOf",
      "minReliability",
      "minCredibility",
      "hedges",
      "sources",
      "process",
      "actor",
      "role",
      "type",
      "status",
    ]);
    expect(put.responses["409"].content["application/json"].schema.$ref).toBe(
      "#/components/schemas/Error",
    );
  });
});
