import type { CaseInput, FuzzyTime } from "@parley/core";

const day = (iso: string): FuzzyTime => ({ text: iso, start: iso, end: iso, precision: "day" });

/** The attached text of the `essay` source of {@link storeFixture} (CRLF line endings). */
export const essayText =
  "Moscow has hosted talks.\r\nThe Taliban attended the Moscow meeting in November.\r\n";

/**
 * A small hand-made case for the store tests: three Moscow meetings, two relations, nine
 * claims from two sources of different reliability and dates. Test support only.
 */
export const storeFixture: CaseInput = {
  id: "fixture",
  title: "Moscow meetings",
  period: { text: "2016 to 2019", start: "2016-01-01", end: "2019-12-31", precision: "year" },
  sources: [
    {
      id: "essay",
      title: "An essay",
      authors: ["A. Author"],
      date: "2019-01",
      reliability: "B",
      fingerprint: {
        sha256: "42b5d8b60f1b5568f3064258b8fbeae0e39658857176c00e42cbbd48e39a6cda",
        length: 78,
      },
    },
    { id: "tass", title: "A wire report", date: "2018-11-09", reliability: "C" },
  ],
  actors: [
    { id: "russia", name: "Russia", kind: "state", metonyms: ["Moscow"] },
    {
      id: "afghan-government",
      name: "Afghan government",
      kind: "government",
      parent: "afghanistan",
    },
    { id: "taliban", name: "Taliban", kind: "armed_group", aliases: ["Taleban"] },
    { id: "united-states", name: "United States", kind: "state" },
    { id: "pakistan", name: "Pakistan", kind: "state" },
  ],
  processes: [{ id: "moscow-process", name: "Moscow Process", convenors: ["russia"] }],
  events: [
    {
      id: "moscow-2016",
      title: "Moscow trilateral",
      type: "CONSULT",
      mode: "meeting",
      date: day("2016-12-27"),
      process: "moscow-process",
      participants: [
        { actor: "russia", role: "convenor" },
        { actor: "pakistan", role: "attendee" },
        { actor: "afghan-government", role: "not_invited" },
      ],
    },
    {
      id: "moscow-2018-02",
      title: "Moscow meeting, postponed",
      type: "CONSULT",
      date: { text: "February 2018", start: "2018-02-01", end: "2018-02-28", precision: "month" },
      process: "moscow-process",
      status: "postponed",
      participants: [
        { actor: "russia", role: "host" },
        { actor: "taliban", role: "invited" },
        { actor: "afghan-government", role: "declined" },
      ],
    },
    {
      id: "moscow-2018-11",
      title: "Moscow meeting",
      type: "CONSULT",
      date: day("2018-11-09"),
      process: "moscow-process",
      format: "direct",
      participants: [
        { actor: "russia", role: "host" },
        { actor: "taliban", role: "attendee" },
        { actor: "united-states", role: "observer", delegation: { level: "embassy_observer" } },
      ],
    },
  ],
  relations: [
    {
      id: "pakistan-russia-drills",
      type: "cooperates_with",
      source: "pakistan",
      target: "russia",
      period: {
        text: "since 2016",
        start: "2016-01-01",
        end: null,
        precision: "year",
        qualifier: "since",
      },
      recurrence: {
        text: "annual since 2016",
        start: "2016-01-01",
        end: null,
        precision: "year",
        qualifier: "since",
        recurrence: "annual",
      },
      topic: "military drills",
    },
    {
      id: "russia-arms-taliban",
      type: "arms",
      source: "russia",
      target: "taliban",
      period: { text: "2017", start: "2017-01-01", end: "2017-12-31", precision: "year" },
    },
  ],
  claims: [
    {
      id: "c1",
      subject: "event:moscow-2016",
      note: "Russia convened a meeting.",
      evidence: { source: "essay" },
    },
    {
      id: "c2",
      subject: "participation:moscow-2016/afghan-government/not_invited",
      note: "Kabul was not invited.",
      evidence: { source: "essay", span: { start: 0, end: 6, exact: "Moscow" } },
    },
    {
      id: "c3",
      subject: "event:moscow-2018-02",
      note: "A February meeting was planned.",
      evidence: { source: "essay" },
      reported: day("2018-02-20"),
    },
    {
      id: "c4",
      subject: "participation:moscow-2018-11/united-states/observer",
      note: "An embassy official observed.",
      evidence: { source: "tass" },
      credibility: 2,
      reported: {
        text: "February 2019",
        start: "2019-02-01",
        end: "2019-02-28",
        precision: "month",
      },
    },
    {
      id: "c5",
      subject: "event:moscow-2018-11",
      note: "The meeting was held.",
      evidence: { source: "tass" },
    },
    {
      id: "c6",
      subject: "relation:russia-arms-taliban",
      note: "There is speculation that Russia arms the Taliban.",
      evidence: { source: "essay" },
      hedge: "speculated",
      credibility: 5,
    },
    {
      id: "c7",
      subject: "relation:russia-arms-taliban",
      note: "Moscow denies arming the Taliban.",
      evidence: { source: "tass" },
      asserter: "russia",
      stance: "denies",
      links: [{ type: "denies", claim: "c6" }],
    },
    {
      id: "c8",
      subject: "relation:pakistan-russia-drills",
      note: "Annual drills since 2016.",
      evidence: { source: "essay" },
    },
    {
      id: "c9",
      subject: "actor:russia",
      attribute: { name: "aim", value: "a seat at the table" },
      note: "Russia wants to matter.",
      asserter: "analyst:ibrahimi",
      hedge: "analyst",
      reliability: "A",
    },
  ],
};
