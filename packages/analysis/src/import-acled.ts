import type { Actor, ActorKind, Claim, Event, PloverType, Result } from "@parley/core";
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
  "event_id_cnty",
  "event_date",
  "event_type",
  "sub_event_type",
  "actor1",
  "country",
];

/** ACLED event types and, for strategic developments, sub-event types, as PLOVER types. */
const EVENT_TYPES: Record<string, PloverType> = {
  battles: "ASSAULT",
  "explosions/remote violence": "ASSAULT",
  "violence against civilians": "ASSAULT",
  protests: "PROTEST",
  riots: "PROTEST",
  "strategic developments": "MOBILIZE",
};
const STRATEGIC: Record<string, PloverType> = {
  agreement: "AGREE",
  arrests: "COERCE",
  "change to group/activity": "MOBILIZE",
  "disrupted weapons use": "COERCE",
  "headquarters or base established": "MOBILIZE",
  "looting/property destruction": "COERCE",
  "non-violent transfer of territory": "RETREAT",
  other: "MOBILIZE",
};

/** ACLED interaction codes (inter1, inter2) as actor kinds; newer files spell them out. */
const INTER_KINDS: Record<string, ActorKind> = {
  "1": "government",
  "state forces": "government",
  "2": "armed_group",
  "rebel group": "armed_group",
  "3": "armed_group",
  "political militia": "armed_group",
  "4": "armed_group",
  "identity militia": "armed_group",
  "5": "group",
  rioters: "group",
  "6": "group",
  protesters: "group",
  "7": "group",
  civilians: "group",
  "8": "group",
  "external/other forces": "group",
};

/**
 * A case fragment from an ACLED export (CSV, one row per event; ACLED Codebook 2023): each row
 * an event typed after PLOVER, with actor1 and its associates as `source` participants and actor2
 * and its associates as `target`, fatalities as an attribute claim, and every fact held by a claim
 * whose evidence names the dataset row (claim ids join event, actor and role with `_`, which
 * readable ids made by slugOf never contain, so they cannot collide). Actors are keyed by their ACLED name (kept in
 * `codes.acled`). Every row is checked first; a file with any bad row imports nothing.
 */
export function importAcled(text: string, options: ImportOptions = {}): Result<CaseFragment> {
  const op = "importAcled";
  const opened = openTable(text, "ACLED", options.file, op, REQUIRED);
  if (!opened.ok) return opened;
  const t = opened.value;

  const sourceId =
    options.sourceId ?? `acled-${slugOf(baseName(options.file ?? "data")) || "data"}`;
  const ids = new ImportIds("actor");
  const times = new DateTimes();
  const fragment = emptyFragment();
  const seen = new Set<string>();

  for (let r = 0; r < t.table.rows.length; r++) {
    const eventKey = t.required(r, "event_id_cnty", "an ACLED event id such as AFG12345");
    const dateText = t.required(r, "event_date", "a date such as 2021-08-15 or 15 August 2021");
    const eventType = t.required(r, "event_type", "an ACLED event type such as Battles");
    const subType = t.get(r, "sub_event_type");
    const actor1 = t.required(r, "actor1", "the name of the first actor");
    const country = t.get(r, "country");
    let date: string | undefined;
    if (dateText !== undefined) {
      date = isoDateOf(dateText);
      if (date === undefined)
        t.problem(
          r,
          "event_date",
          `"${dateText}" is not a date; expected YYYY-MM-DD or D Month YYYY`,
        );
    }
    let type: PloverType | undefined;
    if (eventType !== undefined) {
      const key = eventType.toLowerCase();
      type =
        key === "strategic developments"
          ? (STRATEGIC[subType.toLowerCase()] ?? "MOBILIZE")
          : EVENT_TYPES[key];
      if (type === undefined)
        t.problem(
          r,
          "event_type",
          `"${eventType}" is not an ACLED event type; expected one of Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments`,
        );
    }
    const fatalitiesText = t.get(r, "fatalities");
    let fatalities: number | undefined;
    if (fatalitiesText !== "") {
      fatalities = /^\d+$/.test(fatalitiesText) ? Number(fatalitiesText) : undefined;
      if (fatalities === undefined)
        t.problem(
          r,
          "fatalities",
          `"${fatalitiesText}" is not a count; expected a whole number of 0 or more`,
        );
    }
    let eventId: string | undefined;
    if (eventKey !== undefined) {
      eventId = `acled-${slugOf(eventKey)}`;
      if (slugOf(eventKey) === "") {
        t.problem(
          r,
          "event_id_cnty",
          `"${eventKey}" has no letters or digits; expected an ACLED event id such as AFG12345`,
        );
        eventId = undefined;
      } else if (seen.has(eventId)) {
        t.problem(
          r,
          "event_id_cnty",
          `"${eventKey}" appears on an earlier row; expected each event once`,
        );
        eventId = undefined;
      } else seen.add(eventId);
    }
    if (
      t.problems.length > 0 ||
      eventId === undefined ||
      date === undefined ||
      type === undefined ||
      actor1 === undefined ||
      eventKey === undefined
    )
      continue;

    const row = t.rowNumber(r);
    const evidenceNote = `ACLED row ${row} (event_id_cnty ${eventKey})`;
    const evidence = { source: sourceId, note: evidenceNote };
    const participants: Event["participants"] = [];
    const claims: Claim[] = [];
    const addActor = (name: string, inter: string, role: "source" | "target") => {
      const { id, fresh } = ids.idFor(`acled:${name}`, name);
      if (fresh) {
        const actor: Actor = {
          id,
          name,
          kind: INTER_KINDS[inter.toLowerCase()] ?? "group",
          aliases: [],
          metonyms: [],
          codes: { acled: name },
        };
        fragment.actors.push(actor);
      }
      if (participants.some((p) => p.actor === id && p.role === role)) return;
      participants.push({ actor: id, role });
      claims.push(
        reportedClaim(
          `${eventId}_${id}_${role}`,
          `participation:${eventId}/${id}/${role}`,
          `${name} is ${role === "source" ? "the first side" : "the second side"} of ACLED event ${eventKey}.`,
          evidence,
        ),
      );
    };
    addActor(actor1, t.get(r, "inter1"), "source");
    for (const a of splitNames(t.get(r, "assoc_actor_1"))) addActor(a, "", "source");
    const actor2 = t.get(r, "actor2");
    if (actor2 !== "") addActor(actor2, t.get(r, "inter2"), "target");
    for (const a of splitNames(t.get(r, "assoc_actor_2"))) addActor(a, "", "target");

    const place = [t.get(r, "location"), t.get(r, "admin1"), country].filter((x) => x !== "");
    const notes = t.get(r, "notes");
    const what = subType || (eventType ?? "");
    const event: Event = {
      id: eventId,
      title: `${what}${place[0] ? ` in ${place[0]}` : ""}, ${date}`,
      type,
      mode: what.toLowerCase(),
      date: times.of(date),
      ...(place.length > 0 ? { place: place.join(", ") } : {}),
      status: "held",
      participants,
      ...(notes !== "" ? { description: notes } : {}),
    };
    fragment.events.push(event);
    fragment.claims.push(
      reportedClaim(
        `${eventId}_event`,
        `event:${eventId}`,
        notes !== ""
          ? notes
          : `${what} on ${date}${place.length > 0 ? ` in ${place.join(", ")}` : ""}.`,
        evidence,
      ),
    );
    if (fatalities !== undefined) {
      fragment.claims.push(
        reportedClaim(
          `${eventId}_fatalities`,
          `event:${eventId}`,
          `ACLED records ${fatalities} fatalit${fatalities === 1 ? "y" : "ies"} for event ${eventKey}.`,
          evidence,
          { name: "fatalities", value: fatalities },
        ),
      );
    }
    fragment.claims.push(...claims);
  }
  return t.finish(op, () => {
    fragment.sources.push(
      datasetSource(sourceId, "ACLED event data", options.file, {
        authors: ["Armed Conflict Location & Event Data Project"],
        publisher: "ACLED",
        url: "https://acleddata.com",
      }),
    );
    return fragment;
  });
}

/** ACLED lists associated actors separated by semicolons. */
export function splitNames(text: string): string[] {
  if (text === "") return [];
  return text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
