import { type Case, caseSchema, type FuzzyTime, parseFuzzyTime } from "@parley/core";
import { openStore, type Store } from "@parley/store";
import { type AppOptions, createApp, type ParleyApp } from "./create-app";

/** A time read from a phrase, for fixtures. */
export function time(text: string): FuzzyTime {
  const r = parseFuzzyTime(text);
  if (!r.ok) throw r.error;
  return r.value;
}

/**
 * A small hand-made case for the API tests: four actors, one process with two meetings and a
 * third meeting outside it, two relations (one alleged and denied), one issue with two
 * positions and capabilities, one scenario, one source, four claims.
 */
export function smallCase(): Case {
  return caseSchema.parse({
    id: "small",
    title: "Small case",
    summary: "Four actors, three meetings.",
    sources: [
      { id: "essay", title: "An essay", authors: ["A. Author"], date: "2019-03", reliability: "B" },
    ],
    actors: [
      { id: "russia", name: "Russia", kind: "state", bloc: "moscow", metonyms: ["Moscow"] },
      { id: "taliban", name: "Taliban", kind: "armed_group", aliases: ["Taleban"] },
      {
        id: "afghan-government",
        name: "Afghan government",
        kind: "government",
        metonyms: ["Kabul"],
      },
      { id: "usa", name: "United States", kind: "state", bloc: "west" },
    ],
    processes: [{ id: "moscow-process", name: "Moscow Process", convenors: ["russia"] }],
    events: [
      {
        id: "moscow-2016-12",
        title: "Moscow talks without Kabul",
        type: "CONSULT",
        mode: "meeting",
        date: time("2016-12-27"),
        process: "moscow-process",
        participants: [
          { actor: "russia", role: "host" },
          { actor: "afghan-government", role: "not_invited" },
        ],
      },
      {
        id: "moscow-2018-11",
        title: "Moscow format meeting",
        type: "CONSULT",
        mode: "conference",
        date: time("2018-11-09"),
        process: "moscow-process",
        participants: [
          { actor: "russia", role: "host" },
          { actor: "taliban", role: "attendee" },
          { actor: "usa", role: "observer" },
        ],
      },
      {
        id: "doha-2019-02",
        title: "Doha talks",
        type: "CONSULT",
        mode: "talks",
        date: time("2019-02"),
        participants: [
          { actor: "usa", role: "attendee" },
          { actor: "taliban", role: "attendee" },
        ],
      },
    ],
    relations: [
      {
        id: "russia-contacts-taliban",
        type: "contacts",
        source: "russia",
        target: "taliban",
        period: time("since 2015"),
      },
      {
        id: "russia-arms-taliban",
        type: "arms",
        source: "russia",
        target: "taliban",
        period: time("2017"),
      },
    ],
    issues: [
      {
        id: "taliban-role",
        name: "Taliban's place in the political order",
        scale: { min: 0, max: 100, low: "excluded", high: "dominant" },
      },
    ],
    positions: [
      {
        id: "russia-taliban-role",
        actor: "russia",
        issue: "taliban-role",
        value: 60,
        salience: 0.7,
      },
      {
        id: "afghan-government-taliban-role",
        actor: "afghan-government",
        issue: "taliban-role",
        value: 20,
        salience: 0.9,
      },
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
      {
        id: "c-moscow-2016",
        subject: "event:moscow-2016-12",
        note: "Russia hosted talks on Afghanistan without Kabul.",
        evidence: { source: "essay", note: "paragraph on the 2016 meeting" },
      },
      {
        id: "c-kabul-not-invited",
        subject: "participation:moscow-2016-12/afghan-government/not_invited",
        note: "Kabul was not invited.",
        evidence: { source: "essay" },
        credibility: 2,
      },
      {
        id: "c-arms",
        subject: "relation:russia-arms-taliban",
        note: "Russia allegedly armed the Taliban.",
        hedge: "alleged",
        evidence: { source: "essay" },
        reported: time("2017-04"),
      },
      {
        id: "c-arms-denied",
        subject: "relation:russia-arms-taliban",
        note: "Moscow denies arming the Taliban.",
        asserter: "russia",
        stance: "denies",
        evidence: { source: "essay" },
        links: [{ type: "denies", claim: "c-arms" }],
      },
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
