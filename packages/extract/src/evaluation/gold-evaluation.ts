import { extractDocument } from "../extract-document";
import { sentenceTimes } from "../time-expressions";
import { type GoldPassage, goldSet } from "./gold-set";
import { multisetOverlap, type PrecisionRecall, precisionRecall } from "./scores";

/** Scores of extraction on Parley's own gold set. */
export interface GoldEvaluation {
  passages: number;
  events: PrecisionRecall;
  relations: PrecisionRecall;
  mentions: PrecisionRecall;
  dates: PrecisionRecall;
  /** Share of extracted events and ties in hedged passages that carry the gold certainty. */
  certaintyAccuracy: number;
  /** Passages whose events or ties differ from the gold, for inspection. */
  misses: { text: string; gold: string[]; predicted: string[] }[];
}

const eventKey = (type: string, participants: readonly { actor: string; role: string }[]): string =>
  `${type} ${participants
    .map((p) => `${p.actor}:${p.role}`)
    .sort()
    .join(",")}`;

function goldEvents(g: GoldPassage): string[] {
  return g.events
    .split(";")
    .map((e) => e.trim())
    .filter((e) => e.length > 0)
    .map((e) => {
      const [type = "", roles = ""] = e.split(" ");
      return eventKey(
        type,
        roles.split(",").map((r) => {
          const [actor = "", role = ""] = r.split(":");
          return { actor, role };
        }),
      );
    });
}

function goldMentions(g: GoldPassage): string[] {
  const out: string[] = [];
  let cursor = 0;
  for (const m of g.mentions.split("|").filter((x) => x.length > 0)) {
    const [surface = "", actor = ""] = m.split("=");
    const at = g.text.indexOf(surface, cursor);
    if (at < 0) throw new Error(`gold mention "${surface}" not found in "${g.text}"`);
    out.push(`${at}:${at + surface.length}:${actor}`);
    cursor = at + surface.length;
  }
  return out;
}

/**
 * Runs extraction on every gold passage and scores events (type and the exact set of
 * participants with roles), ties (type, source, target), actor mentions (exact span and
 * actor) and date phrases (exact text), micro-averaged over the set.
 */
export function goldEvaluation(passages: readonly GoldPassage[] = goldSet): GoldEvaluation {
  const tally = { e: [0, 0, 0], r: [0, 0, 0], m: [0, 0, 0], d: [0, 0, 0] };
  let hedged = 0;
  let hedgedRight = 0;
  const misses: GoldEvaluation["misses"] = [];
  const add = (t: number[], predicted: string[], gold: string[]): void => {
    t[0] = (t[0] ?? 0) + multisetOverlap(predicted, gold);
    t[1] = (t[1] ?? 0) + predicted.length;
    t[2] = (t[2] ?? 0) + gold.length;
  };
  for (const g of passages) {
    const r = extractDocument(g.text);
    const pe = r.events.map((e) => eventKey(e.type, e.participants));
    const ge = goldEvents(g);
    add(tally.e, pe, ge);
    const pr = r.relations.map((x) => `${x.type} ${x.source}>${x.target}`);
    const gr = (g.relations ?? "")
      .split(";")
      .map((x) => x.trim())
      .filter((x) => x.length > 0);
    add(tally.r, pr, gr);
    const pm = r.actors.flatMap((a) => a.mentions.map((m) => `${m.start}:${m.end}:${a.id}`));
    add(tally.m, pm, goldMentions(g));
    const pd = sentenceTimes(g.text, 0, null).map((t) => t.time.text);
    add(
      tally.d,
      pd,
      (g.dates ?? "").split("|").filter((x) => x.length > 0),
    );
    if (g.certainty !== undefined) {
      for (const x of [...r.events, ...r.relations]) {
        hedged++;
        if (x.certainty === g.certainty) hedgedRight++;
      }
    }
    if (
      multisetOverlap(pe, ge) !== ge.length ||
      pe.length !== ge.length ||
      multisetOverlap(pr, gr) !== gr.length ||
      pr.length !== gr.length
    ) {
      misses.push({ text: g.text, gold: [...ge, ...gr], predicted: [...pe, ...pr] });
    }
  }
  const score = (t: number[]): PrecisionRecall => precisionRecall(t[0] ?? 0, t[1] ?? 0, t[2] ?? 0);
  return {
    passages: passages.length,
    events: score(tally.e),
    relations: score(tally.r),
    mentions: score(tally.m),
    dates: score(tally.d),
    certaintyAccuracy: hedged === 0 ? 0 : hedgedRight / hedged,
    misses,
  };
}
