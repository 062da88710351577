import type { Actor, ActorKind, Claim, Event, Result } from "@parley/core";
import { DateTimes, isoDateOf } from "./import-dates";
import {
  type CaseFragment,
  emptyFragment,
  type ImportOptions,
  reportedClaim,
} from "./import-fragment";
import { ImportIds, slugOf } from "./import-ids";
import { baseName, datasetSource } from "./import-source";
import { openTable } from "./import-table";

const REQUIRED = [
  "id",
  "type_of_violence",
  "side_a",
  "side_b",
  "date_start",
  "date_end",
  "country",
];

/** UCDP's three types of organised violence, kept as the PLOVER mode of an ASSAULT. */
const VIOLENCE: Record<string, string> = { "1": "state-based", "2": "non-state", "3": "one-sided" };

/**
 * A case fragment from the UCDP Georeferenced Event Dataset (GED) CSV (Sundberg and Melander,
 * "Introducing the UCDP Georeferenced Event Dataset", Journal of Peace Research 50(4), 2013):
 * each row an ASSAULT event with side A as `source` and side B as `target`, the best estimate of
 * deaths as an attribute claim, and UCDP actor ids (`side_a_new_id`) kept in `codes.ucdp`.
 * Every row is checked first; a file with any bad row imports nothing.
 */
export function importUcdp(text: string, options: ImportOptions = {}): Result<CaseFragment> {
  const op = "importUcdp";
  const opened = openTable(text, "UCDP GED", options.file, op, REQUIRED);
  if (!opened.ok) return opened;
  const t = opened.value;
  const sourceId = options.sourceId ?? `ucdp-${slugOf(baseName(options.file ?? "ged")) || "ged"}`;
  const ids = new ImportIds("actor");
  const times = new DateTimes();
  const fragment = emptyFragment();
  const seen = new Set<string>();

  for (let r = 0; r < t.table.rows.length; r++) {
    const key = t.required(r, "id", "a UCDP GED event id");
    const violence = t.required(r, "type_of_violence", "1, 2 or 3");
    const sideA = t.required(r, "side_a", "the name of side A");
    const sideB = t.required(r, "side_b", "the name of side B");
    const startText = t.required(r, "date_start", "a date such as 2017-01-01");
    const endText = t.required(r, "date_end", "a date such as 2017-01-01");
    const mode = violence === undefined ? undefined : VIOLENCE[violence];
    if (violence !== undefined && mode === undefined)
      t.problem(
        r,
        "type_of_violence",
        `"${violence}" is not a UCDP type of violence; expected 1 (state-based), 2 (non-state) or 3 (one-sided)`,
      );
    const start = startText === undefined ? undefined : isoDateOf(startText);
    if (startText !== undefined && (start === undefined || start.length !== 10))
      t.problem(r, "date_start", `"${startText}" is not a day; expected YYYY-MM-DD`);
    const end = endText === undefined ? undefined : isoDateOf(endText);
    if (endText !== undefined && (end === undefined || end.length !== 10))
      t.problem(r, "date_end", `"${endText}" is not a day; expected YYYY-MM-DD`);
    if (start !== undefined && end !== undefined && end < start)
      t.problem(
        r,
        "date_end",
        `"${endText}" is before date_start ${startText}; expected the last day of the event`,
      );
    const bestText = t.get(r, "best");
    const best = /^\d+$/.test(bestText) ? Number(bestText) : undefined;
    if (bestText !== "" && best === undefined)
      t.problem(r, "best", `"${bestText}" is not a count; expected a whole number of 0 or more`);
    let eventId: string | undefined;
    if (key !== undefined) {
      eventId = `ucdp-${slugOf(key)}`;
      if (slugOf(key) === "" || seen.has(eventId)) {
        t.problem(
          r,
          "id",
          slugOf(key) === ""
            ? `"${key}" has no letters or digits; expected a UCDP GED event id`
            : `"${key}" appears on an earlier row; expected each event once`,
        );
        eventId = undefined;
      } else seen.add(eventId);
    }
    if (
      t.problems.length > 0 ||
      eventId === undefined ||
      key === undefined ||
      sideA === undefined ||
      sideB === undefined ||
      start === undefined ||
      end === undefined ||
      mode === undefined
    )
      continue;

    const evidenceNote = `UCDP GED row ${t.rowNumber(r)} (id ${key})`;

    const evidence = { source: sourceId, note: evidenceNote };
    const participants: Event["participants"] = [];
    const claims: Claim[] = [];
    const side = (name: string, code: string, role: "source" | "target") => {
      const { id, fresh } = ids.idFor(code !== "" ? `ucdp:${code}` : `name:${name}`, name);
      if (fresh) {
        const actor: Actor = {
          id,
          name,
          kind: kindOf(name),
          aliases: [],
          metonyms: [],
          codes: code !== "" ? { ucdp: code } : {},
        };
        fragment.actors.push(actor);
      }
      participants.push({ actor: id, role });
      claims.push(
        reportedClaim(
          `${eventId}_${id}_${role}`,
          `participation:${eventId}/${id}/${role}`,
          `${name} is side ${role === "source" ? "A" : "B"} of UCDP GED event ${key}.`,
          evidence,
        ),
      );
    };
    side(sideA, t.get(r, "side_a_new_id"), "source");
    side(sideB, t.get(r, "side_b_new_id"), "target");
    const place = [
      t.get(r, "where_coordinates") || t.get(r, "where_description"),
      t.get(r, "adm_1"),
      t.get(r, "country"),
    ].filter((x) => x !== "");
    const conflict = t.get(r, "conflict_name");
    const headline = t.get(r, "source_headline");
    fragment.events.push({
      id: eventId,
      title: `${t.get(r, "dyad_name") || `${sideA} - ${sideB}`}, ${start}`,
      type: "ASSAULT",
      mode,
      date: times.between(start, end),
      ...(place.length > 0 ? { place: place.join(", ") } : {}),
      status: "held",
      participants,
      ...(conflict !== "" ? { description: conflict } : {}),
    });
    fragment.claims.push(
      reportedClaim(
        `${eventId}_event`,
        `event:${eventId}`,
        headline !== ""
          ? headline
          : `${mode} violence between ${sideA} and ${sideB}${conflict ? ` (${conflict})` : ""}.`,
        evidence,
      ),
    );
    if (best !== undefined) {
      fragment.claims.push(
        reportedClaim(
          `${eventId}_deaths`,
          `event:${eventId}`,
          `UCDP's best estimate is ${best} death${best === 1 ? "" : "s"} in event ${key}.`,
          evidence,
          { name: "deaths_best", value: best },
        ),
      );
    }
    fragment.claims.push(...claims);
  }
  return t.finish(op, () => {
    fragment.sources.push(
      datasetSource(sourceId, "UCDP Georeferenced Event Dataset", options.file, {
        authors: ["Uppsala Conflict Data Program"],
        publisher: "Uppsala University",
        url: "https://ucdp.uu.se",
      }),
    );
    return fragment;
  });
}

function kindOf(name: string): ActorKind {
  if (/^government of /i.test(name)) return "government";
  if (/^civilians$/i.test(name)) return "group";
  return "armed_group";
}
