import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AchMatrix, Alignment, ContestedClaim } from "@parley/analysis";
import type { Claim, Proposal } from "@parley/core";
import { loadCaseFolder } from "@parley/core/node";
import { corpusFile } from "@parley/core/test-support/corpus";
import type { ScenarioComparison } from "@parley/forecast";
import { openStore, type Store } from "@parley/store";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createApp, type ParleyApp } from "./create-app";
import {
  type ApiBody,
  type ApiParams,
  type ApiQuery,
  type ApiResponse,
  apiRoutes,
} from "./routes/api-routes";
import { smallCase } from "./test-app";

const caseDir = fileURLToPath(new URL("../../../cases/afghanistan", import.meta.url));
// The essay when the corpus holds it; else the second source (which keeps no fingerprint) gets a
// text of our own, since these tests check the shape of each answer, not the essay's words.
const essay = corpusFile("seed/afghanistan-russia-essay.txt");
const attached =
  essay === undefined
    ? {
        source: "",
        text: "Russia hosted talks in Moscow. The Taliban attended; the Afghan government did not.",
      }
    : { source: "ibrahimi-2018", text: readFileSync(essay, "utf8") };

// The query each route needs beyond its defaults, on the Afghanistan case.
const required: Record<string, string> = {
  "/api/cases/{case}/search": "q=Moscow",
  "/api/cases/{case}/analyses/brokers": "a=russia&b=united-states",
  "/api/cases/{case}/scenarios/compare": "ids=processes-apart,processes-in-unison",
};

describe("every GET route's answer on the Afghanistan case", () => {
  let store: Store;
  let app: ParleyApp;
  beforeAll(async () => {
    const loaded = loadCaseFolder(caseDir);
    if (!loaded.ok) throw loaded.error;
    store = await openStore(":memory:");
    await store.importCase(loaded.value);
    if (attached.source === "") {
      attached.source = loaded.value.sources.find((s) => s.fingerprint === undefined)?.id ?? "none";
    }
    await store.attachSourceText("afghanistan", attached.source, attached.text);
    await store.createView({ id: "story", caseId: "afghanistan", title: "Story", steps: [] });
    app = createApp({ store, checkResponses: true });
  });
  afterAll(() => store.close());

  const gets = apiRoutes().filter((r) => r.method === "get" && r.response !== undefined);

  it("covers the JSON routes of the API", () => {
    expect(gets.length).toBe(46);
  });

  it.each(gets.map((r) => [r.path, r] as const))("%s fits its response schema", async (path) => {
    const ids: Record<string, string> = { case: "afghanistan" };
    const listing = path.match(/^\/api\/cases\/\{case\}\/(\w+)\/\{id\}$/)?.[1];
    if (listing) {
      const list = (await (await app.request(`/api/cases/afghanistan/${listing}`)).json()) as {
        items: { id: string }[];
      };
      ids.id = list.items[0]?.id ?? "none";
    }
    if (path === "/api/cases/{case}/sources/{id}/text") ids.id = attached.source;
    if (path === "/api/views/{id}") ids.id = "story";
    if (path === "/api/cases/{case}/analyses/ach/{set}") ids.set = "has-russia-armed-the-taliban";
    const url = path.replace(/\{(\w+)\}/g, (_, k: string) => ids[k] ?? k);
    const res = await app.request(required[path] ? `${url}?${required[path]}` : url);
    const body = (await res.json()) as unknown;
    expect({ status: res.status, body: res.status === 200 ? "ok" : body }).toEqual({
      status: 200,
      body: "ok",
    });
  });
});

describe("the response check", () => {
  it("answers 500 invalid_response, with the pointer, when an answer strays from its schema", async () => {
    const store = await openStore(":memory:");
    await store.importCase(smallCase());
    // The store keeps what it is given; a step written past the API does not fit the schema.
    await store.createView({
      id: "odd",
      caseId: "small",
      title: "Odd",
      steps: [{ title: "A step without its address" }],
    });
    const checked = createApp({ store, checkResponses: true });
    const res = await checked.request("/api/views/odd");
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({
      code: "invalid_response",
      message:
        'GET /api/views/{id}: the answer does not fit its response schema at "/steps/0/hash": Invalid input: expected string, received undefined',
      path: "/steps/0/hash",
    });
    const unchecked = createApp({ store });
    expect((await unchecked.request("/api/views/odd")).status).toBe(200);
    await store.close();
  });
});

describe("the route table's types, as the web client reads them", () => {
  it("gives each analysis route the analysis' own type, and each input its schema's type", () => {
    expectTypeOf<
      ApiResponse<"get", "/api/cases/{case}/analyses/alignment">
    >().toEqualTypeOf<Alignment>();
    expectTypeOf<
      ApiResponse<"get", "/api/cases/{case}/analyses/ach/{set}">
    >().toEqualTypeOf<AchMatrix>();
    expectTypeOf<ApiResponse<"get", "/api/cases/{case}/analyses/contested">>().toEqualTypeOf<
      ContestedClaim[]
    >();
    expectTypeOf<
      ApiResponse<"get", "/api/cases/{case}/scenarios/compare">
    >().toEqualTypeOf<ScenarioComparison>();
    expectTypeOf<
      ApiResponse<"get", "/api/cases/{case}/proposals">["items"][number]
    >().toEqualTypeOf<Proposal>();
    expectTypeOf<ApiParams<"get", "/api/cases/{case}/analyses/ach/{set}">>().toEqualTypeOf<{
      case: string;
      set: string;
    }>();
    expectTypeOf<ApiBody<"post", "/api/cases/{case}/forecast">>()
      .toHaveProperty("issues")
      .toEqualTypeOf<string[] | undefined>();
    expectTypeOf<ApiQuery<"get", "/api/cases/{case}/analyses/alignment">>()
      .toHaveProperty("campDistance")
      .toEqualTypeOf<string | undefined>();
    // A route of many record kinds answers with the union of their records.
    expectTypeOf<ApiResponse<"get", "/api/cases/{case}/events/{id}">["claims"]>().toEqualTypeOf<
      Claim[]
    >();
  });
});
