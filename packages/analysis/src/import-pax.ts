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

const REQUIRED = ["AgtId", "Agt", "Dat", "PP", "PPName", "Part"];

/**
 * A case fragment from the PA-X Peace Agreements Database CSV (Bell and Badanjak, "Introducing
 * PA-X: A new peace agreement database and dataset", Journal of Peace Research 56(3), 2019): each
 * agreement an AGREE event in its peace process (`PP`, kept as process `pax-pp-<PP>`), the parties
 * (`Part`) as `signatory` and third parties (`ThrdPart`) as `witness`. PA-X writes parties as
 * free text; they are split on semicolons and line breaks, and each piece becomes an actor keyed
 * by its name, to be merged by hand. Every row is checked first; a bad row imports nothing.
 */
export function importPax(text: string, options: ImportOptions = {}): Result<CaseFragment> {
  const op = "importPax";
  const opened = openTable(text, "PA-X", options.file, op, REQUIRED);
  if (!opened.ok) return opened;
  const t = opened.value;
  const sourceId =
    options.sourceId ?? `pax-${slugOf(baseName(options.file ?? "agreements")) || "agreements"}`;
  const ids = new ImportIds("party");
  const times = new DateTimes();
  const fragment = emptyFragment();
  const seen = new Set<string>();
  const processes = new Set<string>();

  for (let r = 0; r < t.table.rows.length; r++) {
    const key = t.required(r, "AgtId", "a PA-X agreement id");
    const title = t.required(r, "Agt", "the agreement's name");
    const dateText = t.required(r, "Dat", "a date such as 2018-02-28 or 28/02/2018");
    const pp = t.required(r, "PP", "a PA-X peace process number");
    const ppName = t.required(r, "PPName", "the peace process's name");
    const date = dateText === undefined ? undefined : isoDateOf(dateText);
    if (dateText !== undefined && date === undefined)
      t.problem(r, "Dat", `"${dateText}" is not a date; expected YYYY-MM-DD or DD/MM/YYYY`);
    if (pp !== undefined && slugOf(pp) === "")
      t.problem(r, "PP", `"${pp}" has no letters or digits; expected a PA-X peace process number`);
    let eventId: string | undefined;
    if (key !== undefined) {
      eventId = `pax-${slugOf(key)}`;
      if (slugOf(key) === "" || seen.has(eventId)) {
        t.problem(
          r,
          "AgtId",
          slugOf(key) === ""
            ? `"${key}" has no letters or digits; expected a PA-X agreement id`
            : `"${key}" appears on an earlier row; expected each agreement once`,
        );
        eventId = undefined;
      } else seen.add(eventId);
    }
    if (
      t.problems.length > 0 ||
      eventId === undefined ||
      key === undefined ||
      title === undefined ||
      date === undefined ||
      pp === undefined ||
      ppName === undefined
    )
      continue;

    const processId = `pax-pp-${slugOf(pp)}`;
    if (!processes.has(processId)) {
      processes.add(processId);
      fragment.processes.push({
        id: processId,
        name: ppName,
        aliases: [],
        convenors: [],
        backers: [],
        related: [],
      });
    }
    const evidenceNote = `PA-X row ${t.rowNumber(r)} (AgtId ${key})`;
    const evidence = { source: sourceId, note: evidenceNote };
    const participants: Event["participants"] = [];
    const claims: Claim[] = [];
    const party = (name: string, role: "signatory" | "witness") => {
      const { id, fresh } = ids.idFor(`name:${name}`, name);
      if (fresh) {
        const actor: Actor = { id, name, kind: kindOf(name), aliases: [], metonyms: [], codes: {} };
        fragment.actors.push(actor);
      }
      if (participants.some((p) => p.actor === id && p.role === role)) return;
      participants.push({ actor: id, role });
      claims.push(
        reportedClaim(
          `${eventId}_${id}_${role}`,
          `participation:${eventId}/${id}/${role}`,
          `${name} is ${role === "signatory" ? "a party to" : "a third party to"} agreement ${key}.`,
          evidence,
        ),
      );
    };
    for (const p of splitParties(t.get(r, "Part"))) party(p, "signatory");
    for (const p of splitParties(t.get(r, "ThrdPart"))) party(p, "witness");
    const stage = t.get(r, "Stage");
    const country = t.get(r, "Con");
    fragment.events.push({
      id: eventId,
      title,
      type: "AGREE",
      mode: "agreement",
      date: times.of(date),
      ...(country !== "" ? { place: country } : {}),
      process: processId,
      status: "held",
      outcome: stage !== "" ? `agreement (${stage})` : "agreement",
      participants,
    });
    fragment.claims.push(
      reportedClaim(
        `${eventId}_event`,
        `event:${eventId}`,
        `${title} was concluded on ${date} in the ${ppName} process.`,
        evidence,
      ),
    );
    fragment.claims.push(...claims);
  }
  return t.finish(op, () => {
    fragment.sources.push(
      datasetSource(sourceId, "PA-X Peace Agreements Database", options.file, {
        authors: ["Christine Bell", "Sanja Badanjak"],
        publisher: "University of Edinburgh",
        url: "https://www.peaceagreements.org",
      }),
    );
    return fragment;
  });
}

/** PA-X party fields list parties on separate lines or separated by semicolons. */
function splitParties(text: string): string[] {
  if (text === "") return [];
  return text
    .split(/[;\r\n]+/)
    .map((s) => s.trim().replace(/[.,]$/, ""))
    .filter((s) => s !== "");
}

function kindOf(name: string): ActorKind {
  if (/\b(government|republic|kingdom)\b/i.test(name)) return "government";
  if (/\b(united nations|union|organi[sz]ation)\b/i.test(name)) return "international_org";
  return "group";
}
