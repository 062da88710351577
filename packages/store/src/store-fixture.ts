import { type Actor, actorSchema, type CaseInput, type FuzzyTime } from "@parley/core";
import { actor, claim, event, participants } from "@parley/core/test-support/case-builders";

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
    actor("russia", "Russia", "state", { metonyms: ["Moscow"] }),
    actor("afghan-government", "Afghan government", "government", { parent: "afghanistan" }),
    actor("taliban", "Taliban", "armed_group", { aliases: ["Taleban"] }),
    actor("united-states", "United States", "state"),
    actor("pakistan", "Pakistan", "state"),
  ],
  processes: [{ id: "moscow-process", name: "Moscow Process", convenors: ["russia"] }],
  events: [
    event(
      "moscow-2016",
      "Moscow trilateral",
      { mode: "meeting", date: day("2016-12-27"), process: "moscow-process" },
      "russia:convenor",
      "pakistan:attendee",
      "afghan-government:not_invited",
    ),
    event(
      "moscow-2018-02",
      "Moscow meeting, postponed",
      {
        date: { text: "February 2018", start: "2018-02-01", end: "2018-02-28", precision: "month" },
        process: "moscow-process",
        status: "postponed",
      },
      "russia:host",
      "taliban:invited",
      "afghan-government:declined",
    ),
    event("moscow-2018-11", "Moscow meeting", {
      date: day("2018-11-09"),
      process: "moscow-process",
      format: "direct",
      participants: [
        ...participants("russia:host", "taliban:attendee"),
        { actor: "united-states", role: "observer", delegation: { level: "embassy_observer" } },
      ],
    }),
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
    claim("c1", "event:moscow-2016", "Russia convened a meeting.", {
      evidence: { source: "essay" },
    }),
    claim(
      "c2",
      "participation:moscow-2016/afghan-government/not_invited",
      "Kabul was not invited.",
      {
        evidence: { source: "essay", span: { start: 0, end: 6, exact: "Moscow" } },
      },
    ),
    claim("c3", "event:moscow-2018-02", "A February meeting was planned.", {
      evidence: { source: "essay" },
      reported: day("2018-02-20"),
    }),
    claim(
      "c4",
      "participation:moscow-2018-11/united-states/observer",
      "An embassy official observed.",
      {
        evidence: { source: "tass" },
        credibility: 2,
        reported: {
          text: "February 2019",
          start: "2019-02-01",
          end: "2019-02-28",
          precision: "month",
        },
      },
    ),
    claim("c5", "event:moscow-2018-11", "The meeting was held.", { evidence: { source: "tass" } }),
    claim(
      "c6",
      "relation:russia-arms-taliban",
      "There is speculation that Russia arms the Taliban.",
      {
        evidence: { source: "essay" },
        hedge: "speculated",
        credibility: 5,
      },
    ),
    claim("c7", "relation:russia-arms-taliban", "Moscow denies arming the Taliban.", {
      evidence: { source: "tass" },
      asserter: "russia",
      stance: "denies",
      links: [{ type: "denies", claim: "c6" }],
    }),
    claim("c8", "relation:pakistan-russia-drills", "Annual drills since 2016.", {
      evidence: { source: "essay" },
    }),
    claim("c9", "actor:russia", "Russia wants to matter.", {
      attribute: { name: "aim", value: "a seat at the table" },
      asserter: "analyst:ibrahimi",
      hedge: "analyst",
      reliability: "A",
    }),
  ],
};

/** An actor {@link storeFixture} lacks, for the tests that add one. */
export const iran: Actor = actorSchema.parse(actor("iran", "Iran", "state"));
