import {
  type Actor,
  type Claim,
  type Event,
  err,
  ok,
  ParleyError,
  type PloverType,
  type Problem,
  ploverTypes,
  type Result,
} from "@parley/core";
import { DateTimes, isoDateOf } from "./import-dates";
import {
  type CaseFragment,
  emptyFragment,
  type ImportOptions,
  reportedClaim,
} from "./import-fragment";
import { ImportIds, slugOf } from "./import-ids";
import { baseName, datasetSource } from "./import-source";

/** Accepted spellings of each field (keys are compared in lower case, spaces as underscores). */
const FIELDS = {
  id: ["id", "event_id"],
  date: ["date", "event_date", "story_date"],
  type: ["event", "event_type", "plover_type", "type"],
  mode: ["mode", "event_mode"],
  source: ["source", "source_actor", "actor", "actor_name", "actor1"],
  sourceCountry: ["source_country", "actor_country"],
  target: ["target", "target_actor", "recipient", "recipient_name", "actor2"],
  targetCountry: ["target_country", "recipient_country"],
  place: ["placename", "location", "place", "city"],
  country: ["country"],
  text: ["text", "event_text", "story_text", "notes"],
} as const;

const MAX_PROBLEMS = 50;
const PLOVER = new Set<string>(ploverTypes);

/**
 * A case fragment from PLOVER-coded event data (the Open Event Data Alliance's PLOVER codebook) or
 * POLECAT records, as JSON: an array of records, an object with an `events` or `data` array, or
 * JSON Lines. Each record is an event of its PLOVER type and mode, the source actor as `source`
 * and the target as `target` (a name, or an object with `name`, `country`, `wikidata`). Field
 * names are matched case-insensitively with the usual variants (see docs/formats.md). Problems are
 * located by JSON pointer (and line, for JSON Lines); any problem imports nothing.
 */
export function importPlover(text: string, options: ImportOptions = {}): Result<CaseFragment> {
  const op = "importPlover";
  const where = options.file ?? "PLOVER JSON";
  const records = readRecords(text, where, options.file);
  if (!records.ok) return records;
  if (records.value.length === 0) {
    return err(
      new ParleyError(
        "invalid_input",
        `${op}: ${where} holds no event records; expected a JSON array of events, an object with an "events" array, or JSON Lines`,
        {
          location: { pointer: "", ...(options.file === undefined ? {} : { file: options.file }) },
        },
      ),
    );
  }
  const sourceId =
    options.sourceId ?? `plover-${slugOf(baseName(options.file ?? "events")) || "events"}`;
  const ids = new ImportIds("actor");
  const times = new DateTimes();
  const fragment = emptyFragment();
  const problems: Problem[] = [];
  let problemCount = 0;
  const seen = new Set<string>();

  records.value.forEach(({ value, line }, i) => {
    const at = (field: string, message: string) => {
      problemCount++;
      if (problems.length >= MAX_PROBLEMS) return;
      const pointer = `/${i}${field === "" ? "" : `/${field}`}`;
      problems.push({
        pointer,
        ...(line === undefined ? {} : { line }),
        ...(options.file === undefined ? {} : { file: options.file }),
        message: `record ${i}${line === undefined ? "" : ` (line ${line})`} at ${pointer}: ${message}`,
      });
    };
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      at("", "not an object; expected an event record");
      return;
    }
    const rec = normaliseKeys(value as Record<string, unknown>);
    const field = (names: readonly string[]) => {
      for (const n of names) if (rec.has(n)) return { name: n, value: rec.get(n) };
      return undefined;
    };
    const text = (names: readonly string[]) => {
      const f = field(names);
      return typeof f?.value === "string"
        ? f.value.trim()
        : typeof f?.value === "number"
          ? String(f.value)
          : "";
    };
    const idField = field(FIELDS.id);
    const key = text(FIELDS.id);
    if (key === "") at(idField?.name ?? "id", "missing; expected an event id");
    const dateField = field(FIELDS.date);
    const dateText = text(FIELDS.date);
    const date = dateText === "" ? undefined : isoDateOf(dateText);
    if (date === undefined)
      at(
        dateField?.name ?? "date",
        dateText === ""
          ? "missing; expected a date such as 2018-11-09"
          : `"${dateText}" is not a date; expected YYYY-MM-DD`,
      );
    const typeField = field(FIELDS.type);
    const typeText = text(FIELDS.type).toUpperCase();
    const type = PLOVER.has(typeText) ? (typeText as PloverType) : undefined;
    if (type === undefined)
      at(
        typeField?.name ?? "event",
        typeText === ""
          ? `missing; expected a PLOVER type (${ploverTypes.join(", ")})`
          : `"${text(FIELDS.type)}" is not a PLOVER type; expected one of ${ploverTypes.join(", ")}`,
      );
    const source = actorOf(field(FIELDS.source), text(FIELDS.sourceCountry), at);
    const target = actorOf(field(FIELDS.target), text(FIELDS.targetCountry), at);
    if (source === undefined && target === undefined)
      at("source", "no source or target actor; expected at least one");
    let eventId: string | undefined;
    if (key !== "") {
      eventId = `plover-${slugOf(key)}`;
      if (slugOf(key) === "" || seen.has(eventId)) {
        at(
          idField?.name ?? "id",
          slugOf(key) === ""
            ? `"${key}" has no letters or digits`
            : `"${key}" appears in an earlier record; expected each event once`,
        );
        eventId = undefined;
      } else seen.add(eventId);
    }
    if (problemCount > 0 || eventId === undefined || date === undefined || type === undefined)
      return;

    const evidenceNote = `${options.file === undefined ? "PLOVER" : baseName(options.file)} record ${i} (id ${key})`;

    const evidence = { source: sourceId, note: evidenceNote };
    const participants: Event["participants"] = [];
    const claims: Claim[] = [];
    for (const [a, role] of [
      [source, "source"],
      [target, "target"],
    ] as const) {
      if (a === undefined) continue;
      const { id, fresh } = ids.idFor(
        a.wikidata ? `wikidata:${a.wikidata}` : `name:${a.name}|${a.country}`,
        a.name,
      );
      if (fresh) {
        const actor: Actor = {
          id,
          name: a.name,
          kind: "group",
          aliases: [],
          metonyms: [],
          codes: {
            ...(/^[A-Z]{3}$/.test(a.country) ? { iso3: a.country } : {}),
            ...(a.wikidata ? { wikidata: a.wikidata } : {}),
          },
        };
        fragment.actors.push(actor);
      }
      if (participants.some((p) => p.actor === id && p.role === role)) continue;
      participants.push({ actor: id, role });
      claims.push(
        reportedClaim(
          `${eventId}_${id}_${role}`,
          `participation:${eventId}/${id}/${role}`,
          `${a.name} is the ${role} of ${type} event ${key}.`,
          evidence,
        ),
      );
    }
    const mode = text(FIELDS.mode);
    const place = [text(FIELDS.place), text(FIELDS.country)].filter((x) => x !== "");
    const story = text(FIELDS.text);
    const names = [source?.name, target?.name].filter((x) => x !== undefined);
    fragment.events.push({
      id: eventId,
      title: `${type}${mode ? ` (${mode})` : ""}: ${names.join(" to ")}, ${date}`,
      type,
      ...(mode !== "" ? { mode: mode.toLowerCase() } : {}),
      date: times.of(date),
      ...(place.length > 0 ? { place: place.join(", ") } : {}),
      status: "held",
      participants,
      ...(story !== "" ? { description: story } : {}),
    });
    fragment.claims.push(
      reportedClaim(
        `${eventId}_event`,
        `event:${eventId}`,
        story !== ""
          ? story
          : `${names.join(" to ")}: ${type}${mode ? ` (${mode})` : ""} on ${date}.`,
        evidence,
      ),
    );
    fragment.claims.push(...claims);
  });
  if (problemCount > 0) {
    const first = problems[0];
    return err(
      new ParleyError(
        "invalid_input",
        `${op}: ${where} has ${problemCount} problem${problemCount === 1 ? "" : "s"}${problemCount > problems.length ? ` (the first ${problems.length} are listed)` : ""}; nothing was imported`,
        { problems, ...(first === undefined ? {} : { location: first }) },
      ),
    );
  }
  fragment.sources.push(
    datasetSource(sourceId, "PLOVER event data", options.file, {
      authors: [],
      publisher: "Open Event Data Alliance",
    }),
  );
  return ok(fragment);
}

interface RecordAt {
  value: unknown;
  line?: number;
}

/** The records of a JSON document (array or `{events|data: [...]}`) or of JSON Lines. */
function readRecords(text: string, where: string, file: string | undefined): Result<RecordAt[]> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const trimmed = body.trimStart();
  if (
    trimmed.startsWith("[") ||
    (trimmed.startsWith("{") && !/^\{[^\n]*\}\s*\n\s*\{/.test(trimmed))
  ) {
    try {
      const doc: unknown = JSON.parse(body);
      const list = Array.isArray(doc)
        ? doc
        : typeof doc === "object" && doc !== null
          ? ((doc as Record<string, unknown>).events ?? (doc as Record<string, unknown>).data)
          : undefined;
      if (Array.isArray(list)) return ok(list.map((value) => ({ value })));
      // A single object on one line is one JSON Lines record.
      if (typeof doc === "object" && doc !== null && !body.trim().includes("\n"))
        return ok([{ value: doc }]);
      return err(
        new ParleyError(
          "invalid_input",
          `importPlover: ${where} is neither an array of events nor an object with an "events" array; expected PLOVER records`,
          {
            location: { pointer: "", ...(file === undefined ? {} : { file }) },
          },
        ),
      );
    } catch (e) {
      return err(
        new ParleyError(
          "invalid_input",
          `importPlover: ${where} is not valid JSON (${(e as Error).message}); expected an array of event records or JSON Lines`,
          {
            location: { ...(file === undefined ? {} : { file }) },
            cause: e,
          },
        ),
      );
    }
  }
  const out: RecordAt[] = [];
  const lines = body.split(/\r?\n/);
  for (let k = 0; k < lines.length; k++) {
    const l = (lines[k] ?? "").trim();
    if (l === "") continue;
    try {
      out.push({ value: JSON.parse(l), line: k + 1 });
    } catch (e) {
      return err(
        new ParleyError(
          "invalid_input",
          `importPlover: ${where} line ${k + 1} is not valid JSON (${(e as Error).message}); expected one event record per line`,
          {
            location: { line: k + 1, ...(file === undefined ? {} : { file }) },
            cause: e,
          },
        ),
      );
    }
  }
  return ok(out);
}

function normaliseKeys(rec: Record<string, unknown>): Map<string, unknown> {
  const m = new Map<string, unknown>();
  for (const [k, v] of Object.entries(rec))
    m.set(
      k
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, "_"),
      v,
    );
  return m;
}

interface ActorRef {
  name: string;
  country: string;
  wikidata?: string;
}

function actorOf(
  f: { name: string; value: unknown } | undefined,
  country: string,
  at: (field: string, message: string) => void,
): ActorRef | undefined {
  if (f === undefined || f.value === null || f.value === "") return undefined;
  if (typeof f.value === "string") return { name: f.value.trim(), country };
  if (typeof f.value === "object" && !Array.isArray(f.value)) {
    const o = normaliseKeys(f.value as Record<string, unknown>);
    const name = o.get("name");
    if (typeof name !== "string" || name.trim() === "") {
      at(`${f.name}/name`, "missing; expected the actor's name");
      return undefined;
    }
    const c = o.get("country");
    const w = o.get("wikidata");
    return {
      name: name.trim(),
      country: typeof c === "string" ? c : country,
      ...(typeof w === "string" && /^Q\d+$/.test(w) ? { wikidata: w } : {}),
    };
  }
  at(f.name, "neither a name nor an object with a name; expected an actor");
  return undefined;
}
