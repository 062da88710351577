import { extractDocument } from "../extract-document";
import type { ExtractedEvent, PloverType } from "../extraction";
import { builtInGazetteer } from "../gazetteer/gazetteer";
import { type PrecisionRecall, precisionRecall } from "./scores";

/** One record of the PLOVER gold-standard file, as far as scoring needs it. */
export interface PloverRecord {
  id: string;
  event: string;
  text?: string;
  source?: unknown;
  target?: unknown;
}

/** Scores on the PLOVER gold-standard records. */
export interface PloverEvaluation {
  records: number;
  /** Records for which extraction proposed at least one event. */
  covered: number;
  typeAccuracy: number;
  source: PrecisionRecall;
  target: PrecisionRecall;
}

/**
 * The records' early PLOVER labels in today's types: DEMAND is REQUEST, FIGHT is ASSAULT,
 * DISAPPROVE is ACCUSE, and INVESTIGATE, which has no type of its own now, is scored as ACCUSE
 * (PLOVER 2021 makes it a mode of ACCUSE).
 */
export const ploverLabelMap: Record<string, PloverType> = {
  DEMAND: "REQUEST",
  FIGHT: "ASSAULT",
  DISAPPROVE: "ACCUSE",
  INVESTIGATE: "ACCUSE",
};

/** CAMEO country codes that differ from ISO 3166 alpha-3. */
const cameoCodes: Record<string, string> = {
  JAP: "JPN",
  ITL: "ITA",
  ROM: "ROU",
  SER: "SRB",
  GMY: "DEU",
};

const sourceRoles = new Set(["source", "attendee", "host", "convenor", "signatory", "mediator"]);

function codesOf(field: unknown): string[] {
  if (!Array.isArray(field)) return [];
  const out: string[] = [];
  for (const a of field) {
    if (
      a !== null &&
      typeof a === "object" &&
      "code" in a &&
      typeof a.code === "string" &&
      a.code.length > 0
    ) {
      const c = a.code.toUpperCase();
      out.push(cameoCodes[c] ?? c);
    }
  }
  return [...new Set(out)];
}

/**
 * Runs extraction on each record's sentence and compares the first, most confident event with
 * the record: its type (accuracy over all records, a record with no event counting as wrong)
 * and its source and target actors as country codes (the extracted actor's `country`: a
 * state's alpha-3, a group's home state, "IGO" for organisations, a proposed actor's country
 * from its context; a place standing for its state takes the gazetteer's), micro-averaged precision, recall and F1. Roles map to
 * PLOVER's actor and recipient: source, attendee, host, convenor, signatory and mediator are the
 * actor side, the rest the recipient, except the host of a visit, who receives it. Actors are
 * compared by country code only: the records give a sector for 397 of their 650 actors, in
 * CAMEO's codes with ethnic and religious suffixes ("CVLalb", "REBHUT"), and Parley's actors are
 * states, named groups and a state's non-state sectors (`afg-rebels`), not sectors of a state.
 */
export function ploverEvaluation(records: readonly PloverRecord[]): PloverEvaluation {
  const g = builtInGazetteer();
  let n = 0;
  let covered = 0;
  let right = 0;
  const s = [0, 0, 0];
  const t = [0, 0, 0];
  const tally = (acc: number[], predicted: string[], gold: string[]): void => {
    acc[0] = (acc[0] ?? 0) + predicted.filter((p) => gold.includes(p)).length;
    acc[1] = (acc[1] ?? 0) + predicted.length;
    acc[2] = (acc[2] ?? 0) + gold.length;
  };
  for (const r of records) {
    if (r.event === "DOCUMENT" || typeof r.text !== "string") continue;
    n++;
    const gold = ploverLabelMap[r.event] ?? r.event;
    const { events, actors } = extractDocument(r.text);
    const codeOf = (id: string): string | null =>
      actors.find((a) => a.id === id)?.country ?? g.actors.get(id)?.code ?? null;
    let best: ExtractedEvent | undefined;
    for (const e of events) if (best === undefined || e.confidence > best.confidence) best = e;
    if (best !== undefined) covered++;
    if (best?.type === gold) right++;
    const parts = best?.participants ?? [];
    // the host of a visit receives it: PLOVER codes the visitor as actor, the host as recipient
    const isSource = (p: { actor: string; role: string }): boolean =>
      sourceRoles.has(p.role) && !(p.role === "host" && best?.mode === "visit");
    const codes = (pick: (p: { actor: string; role: string }) => boolean): string[] => [
      ...new Set(
        parts
          .filter(pick)
          .map((p) => codeOf(p.actor))
          .filter((c): c is string => c !== null),
      ),
    ];
    tally(s, codes(isSource), codesOf(r.source));
    tally(
      t,
      codes((p) => !isSource(p)),
      codesOf(r.target),
    );
  }
  return {
    records: n,
    covered,
    typeAccuracy: n === 0 ? 0 : right / n,
    source: precisionRecall(s[0] ?? 0, s[1] ?? 0, s[2] ?? 0),
    target: precisionRecall(t[0] ?? 0, t[1] ?? 0, t[2] ?? 0),
  };
}
