import {
  type Case,
  type Claim,
  caseSchema,
  type Event,
  type FuzzyTime,
  hedges,
  ploverTypes,
  reliabilities,
  roles,
} from "@parley/core";
import type { CaseHeader, CaseItem } from "@parley/store";
import { seededRandom } from "../packages/analysis/src/seeded-random";

/** Size and shape of a synthetic case. */
export interface SyntheticCaseOptions {
  events: number;
  participantsPerEvent?: number;
  actors?: number;
  sources?: number;
  processes?: number;
  /** PRNG seed; the same options always give the same case. */
  seed?: number;
}

/** A synthetic case as a header, a record stream, and how many records it streams. */
export interface SyntheticCase {
  header: CaseHeader;
  /** How many records `items()` yields. */
  total: number;
  /** Participations across all events. */
  participations: number;
  /** Sources, actors, processes, then each event followed by the claim that holds it. */
  items(): Generator<CaseItem>;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");
const DAY_MS = 86_400_000;
const FIRST = Date.UTC(1990, 0, 1);
const DAYS = 31 * 365;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// Every day of the period as an ISO string, computed once: formatting a Date per record would
// cost more than the import of it.
let isoDays: string[] | undefined;
function isoDay(day: number): string {
  isoDays ??= Array.from({ length: DAYS }, (_, d) => iso(FIRST + d * DAY_MS));
  return isoDays[day] as string;
}

/**
 * A fuzzy date between 1990 and 2020: 80% to the day, 15% to the month, 5% to the year,
 * like the mix of precisions in event data coded from news reports.
 */
function fuzzyDate(r: () => number): FuzzyTime {
  const day = isoDay(Math.floor(r() * DAYS));
  const p = r();
  if (p < 0.8) return { text: day, start: day, end: day, precision: "day" };
  const y = day.slice(0, 4);
  const m = day.slice(5, 7);
  if (p < 0.95) {
    const last = iso(Date.UTC(Number(y), Number(m), 0));
    return { text: `${y}-${m}`, start: `${y}-${m}-01`, end: last, precision: "month" };
  }
  return { text: `${y}`, start: `${y}-01-01`, end: `${y}-12-31`, precision: "year" };
}

/**
 * A large synthetic case that the model's schemas accept: actors, sources, processes, and
 * events with participants, each event held by one claim. Records are generated as they are
 * streamed, so a case of any size takes no memory to produce.
 */
export function generateCase(options: SyntheticCaseOptions): SyntheticCase {
  const n = options.events;
  const per = options.participantsPerEvent ?? 5;
  const nActors = options.actors ?? 2000;
  const nSources = options.sources ?? 50;
  const nProcesses = options.processes ?? 20;
  const seed = options.seed ?? 1;
  const w = String(n).length;
  return {
    header: { id: `synthetic-${n}`, title: `Synthetic case of ${n} events` },
    total: nSources + nActors + nProcesses + 2 * n,
    participations: n * per,
    *items() {
      const r = seededRandom(seed);
      for (let i = 0; i < nSources; i++) {
        yield {
          kind: "source",
          value: {
            id: `source-${i}`,
            title: `Report ${i}`,
            authors: [],
            type: "report",
            language: "en",
            date: iso(FIRST + Math.floor(r() * DAYS) * DAY_MS),
            reliability: reliabilities[i % 6] ?? "F",
          },
        };
      }
      for (let i = 0; i < nActors; i++) {
        yield {
          kind: "actor",
          value: {
            id: `actor-${i}`,
            name: `Actor ${i}`,
            kind: i % 3 === 0 ? "state" : "armed_group",
            aliases: [],
            metonyms: [],
            codes: {},
          },
        };
      }
      for (let i = 0; i < nProcesses; i++) {
        yield {
          kind: "process",
          value: {
            id: `process-${i}`,
            name: `Process ${i}`,
            aliases: [],
            convenors: [],
            backers: [],
            related: [],
          },
        };
      }
      for (let i = 0; i < n; i++) {
        const id = `event-${pad(i, w)}`;
        const participants: Event["participants"] = [];
        const first = Math.floor(r() * nActors);
        for (let k = 0; k < per; k++) {
          participants.push({
            actor: `actor-${(first + k * 7919) % nActors}`,
            role: roles[Math.floor(r() * roles.length)] ?? "attendee",
          });
        }
        const event: Event = {
          id,
          title: `Event ${i}`,
          type: ploverTypes[Math.floor(r() * ploverTypes.length)] ?? "CONSULT",
          date: fuzzyDate(r),
          process: `process-${Math.floor(r() * nProcesses)}`,
          status: "held",
          participants,
        };
        yield { kind: "event", value: event };
        const claim: Claim = {
          id: `claim-${pad(i, w)}`,
          subject: `event:${id}`,
          note: `Event ${i} took place.`,
          evidence: { source: `source-${Math.floor(r() * nSources)}` },
          asserter: "author",
          stance: "asserts",
          hedge: hedges[Math.floor(r() * 3)] ?? "reported",
          links: [],
        };
        yield { kind: "claim", value: claim };
      }
    },
  };
}

/** A small synthetic case as one parsed `Case` object. */
export function generateCaseObject(options: SyntheticCaseOptions): Case {
  const g = generateCase(options);
  const lists: Record<string, unknown[]> = {};
  const field = {
    source: "sources",
    actor: "actors",
    process: "processes",
    event: "events",
    claim: "claims",
  } as Record<string, string>;
  for (const item of g.items()) {
    const key = field[item.kind] ?? item.kind;
    let list = lists[key];
    if (list === undefined) {
      list = [];
      lists[key] = list;
    }
    list.push(item.value);
  }
  return caseSchema.parse({ ...g.header, ...lists });
}
