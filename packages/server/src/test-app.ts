import type { Case } from "@parley/core";
import {
  actor,
  claimsFrom,
  event,
  issue,
  position,
  relation,
  testCase,
  time,
} from "@parley/core/test-support/case-builders";
import { openStore, type Store } from "@parley/store";
import { type AppOptions, createApp, type ParleyApp } from "./create-app";

const said = claimsFrom("essay");

/**
 * A small hand-made case for the API tests: four actors, one process with two meetings and a
 * third meeting outside it, two relations (one alleged and denied), one issue with two
 * positions and capabilities, one scenario, one source, four claims.
 */
export function smallCase(): Case {
  return testCase({
    id: "small",
    title: "Small case",
    summary: "Four actors, three meetings.",
    sources: [
      { id: "essay", title: "An essay", authors: ["A. Author"], date: "2019-03", reliability: "B" },
    ],
    actors: [
      actor("russia", "Russia", "state", { bloc: "moscow", metonyms: ["Moscow"] }),
      actor("taliban", "Taliban", "armed_group", { aliases: ["Taleban"] }),
      actor("afghan-government", "Afghan government", "government", { metonyms: ["Kabul"] }),
      actor("usa", "United States", "state", { bloc: "west" }),
    ],
    processes: [{ id: "moscow-process", name: "Moscow Process", convenors: ["russia"] }],
    events: [
      event(
        "moscow-2016-12",
        "Moscow talks without Kabul",
        { mode: "meeting", date: time("2016-12-27"), process: "moscow-process" },
        "russia:host",
        "afghan-government:not_invited",
      ),
      event(
        "moscow-2018-11",
        "Moscow format meeting",
        { mode: "conference", date: time("2018-11-09"), process: "moscow-process" },
        "russia:host",
        "taliban:attendee",
        "usa:observer",
      ),
      event(
        "doha-2019-02",
        "Doha talks",
        { mode: "talks", date: time("2019-02") },
        "usa:attendee",
        "taliban:attendee",
      ),
    ],
    relations: [
      relation("russia-contacts-taliban", "contacts", "russia", "taliban", {
        period: time("since 2015"),
      }),
      relation("russia-arms-taliban", "arms", "russia", "taliban", { period: time("2017") }),
    ],
    issues: [
      issue("taliban-role", "Taliban's place in the political order", "excluded", "dominant"),
    ],
    positions: [
      position("russia-taliban-role", "russia", "taliban-role", 60, 0.7),
      position("afghan-government-taliban-role", "afghan-government", "taliban-role", 20, 0.9),
    ],
    scenarios: [
      {
        id: "russia-turns",
        name: "Russia turns against the Taliban",
        changes: [{ kind: "move", actor: "russia", issue: "taliban-role", value: 20 }],
      },
    ],
    capabilities: [
      { id: "russia-clout", actor: "russia", value: 60 },
      { id: "afghan-government-clout", actor: "afghan-government", value: 40 },
    ],
    claims: [
      said(
        "c-moscow-2016",
        "event:moscow-2016-12",
        "Russia hosted talks on Afghanistan without Kabul.",
        {
          evidence: { source: "essay", note: "paragraph on the 2016 meeting" },
        },
      ),
      said(
        "c-kabul-not-invited",
        "participation:moscow-2016-12/afghan-government/not_invited",
        "Kabul was not invited.",
        { credibility: 2 },
      ),
      said("c-arms", "relation:russia-arms-taliban", "Russia allegedly armed the Taliban.", {
        hedge: "alleged",
        reported: time("2017-04"),
      }),
      said("c-arms-denied", "relation:russia-arms-taliban", "Moscow denies arming the Taliban.", {
        asserter: "russia",
        stance: "denies",
        links: [{ type: "denies", claim: "c-arms" }],
      }),
    ],
  });
}

/** A store in memory holding the small case, and the app over it. */
export async function testApp(
  options: Omit<AppOptions, "store"> = {},
): Promise<{ app: ParleyApp; store: Store }> {
  const store = await openStore(":memory:");
  await store.importCase(smallCase());
  return { app: createApp({ store, checkResponses: true, ...options }), store };
}

/** A JSON request's init. */
export function json(
  method: string,
  body: unknown,
  headers: Record<string, string> = {},
): RequestInit {
  return {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  };
}
