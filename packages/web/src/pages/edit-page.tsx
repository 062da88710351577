import { type Claim, type FuzzyTime, type Participation, participationId } from "@parley/core";
import {
  actorKinds,
  eventFormats,
  eventStatuses,
  ploverTypes,
  relationTypes,
} from "@parley/core/vocabulary";
import { type FormEvent, useEffect, useState } from "react";
import { apiFetch, describeApiError } from "../api/api-client";
import type { RecordWithClaims, SavedRecord } from "../api/api-responses";
import type { PageProps } from "../app";
import { AnalystField } from "../components/analyst-field";
import { CertaintyFields } from "../components/certainty-fields";
import { ParticipantsEditor } from "../components/participants-editor";
import { SourceField } from "../components/source-field";
import { codeLabel } from "../lib/labels";
import { actorName } from "../lib/names";
import { fuzzyFromIso, isIsoPartial } from "../lib/time";
import { type CaseData, useCaseData } from "../state/case-context";
import { linkTo } from "../state/route";

const statuses = eventStatuses;
const formats = ["", ...eventFormats];

/** Kinds the editor handles, by their API path. */
const kinds = {
  events: "event",
  actors: "actor",
  relations: "relation",
  positions: "position",
} as const;
type KindPath = keyof typeof kinds;

/** A record as the analyst knows it: an actor's name, an event's title, a tie in words. */
function recordLabel(c: CaseData["full"], path: KindPath, id: string): string {
  if (!c) return id;
  if (path === "actors") return actorName(c, id);
  if (path === "events") return c.events.find((e) => e.id === id)?.title ?? id;
  if (path === "relations") {
    const r = c.relations.find((x) => x.id === id);
    return r ? `${actorName(c, r.source)} ${codeLabel(r.type)} ${actorName(c, r.target)}` : id;
  }
  const p = c.positions.find((x) => x.id === id);
  return p
    ? `${actorName(c, p.actor)} on ${c.issues.find((i) => i.id === p.issue)?.name ?? p.issue}`
    : id;
}

type Draft = Record<string, unknown>;

/** Drops empty strings, NaN and undefined, so optional fields are absent rather than blank. */
function cleaned(d: Draft): Draft {
  const out: Draft = {};
  for (const [k, v] of Object.entries(d)) {
    if (v === undefined || v === "" || (typeof v === "number" && Number.isNaN(v))) continue;
    out[k] = v;
  }
  return out;
}

/** A time field: the phrase as stored, replaced only when the analyst types an ISO date. */
function timeFrom(text: string, original: FuzzyTime | undefined): FuzzyTime | undefined | Error {
  const t = text.trim();
  if (t === "") return undefined;
  if (original && t === original.text) return original;
  if (isIsoPartial(t)) return fuzzyFromIso(t);
  return new Error(`"${t}" is not an ISO date: write YYYY, YYYY-MM or YYYY-MM-DD`);
}

/** A new claim to record with the change: what is said, where, and how sure. */
interface ClaimDraft {
  note: string;
  source: string;
  quote: string;
  hedge: string;
  stance: string;
  reliability: string;
  credibility: string;
}

const emptyClaim: ClaimDraft = {
  note: "",
  source: "",
  quote: "",
  hedge: "reported",
  stance: "asserts",
  reliability: "",
  credibility: "",
};

/** A claim from the draft; analyst judgment when no source is given. */
export function claimFromDraft(d: ClaimDraft, subject: string, analyst: string): Claim {
  const id = `${subject.replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}-${Date.now().toString(36)}`;
  const claim: Claim = {
    id,
    subject,
    note: d.note.trim(),
    asserter: d.source ? "author" : `analyst:${analyst}`,
    stance: d.stance as Claim["stance"],
    hedge: (d.source ? d.hedge : "analyst") as Claim["hedge"],
    links: [],
  };
  if (d.source) {
    claim.evidence = { source: d.source };
    if (d.quote.trim()) claim.evidence.note = `"${d.quote.trim()}"`;
  }
  if (d.reliability) claim.reliability = d.reliability as NonNullable<Claim["reliability"]>;
  if (d.credibility) claim.credibility = Number(d.credibility) as NonNullable<Claim["credibility"]>;
  return claim;
}

/**
 * Editing a record: actors, events with their participants and roles, relations, positions.
 * Each save carries the revision read, so a stale write is refused (409) and nothing changes;
 * a claim can be recorded with the change, with its evidence and certainty.
 */
export default function EditPage({ route, navigate }: PageProps) {
  const data = useCaseData();
  const [path, id] = (route.id ?? "").split("/") as [string, string | undefined];
  if (!data.full || !data.caseId) return <p className="muted">Loading the case…</p>;
  if (!(path in kinds) || !id) return <EditIndex data={data} route={route} />;
  return (
    <Editor
      key={`${path}/${id}`}
      data={data}
      path={path as KindPath}
      id={id}
      onDone={(newId) => navigate({ id: `${path}/${newId}` })}
    />
  );
}

function EditIndex({ data, route }: { data: CaseData; route: PageProps["route"] }) {
  const c = data.full;
  const [kind, setKind] = useState<KindPath>("events");
  const [pick, setPick] = useState("");
  if (!c) return null;
  const options: Array<[string, string]> =
    kind === "events"
      ? c.events.map((e) => [e.id, `${e.date?.text ?? ""} ${e.title}`])
      : kind === "actors"
        ? c.actors.map((a) => [a.id, a.name])
        : kind === "relations"
          ? c.relations.map((r) => [
              r.id,
              `${actorName(c, r.source)} ${codeLabel(r.type)} ${actorName(c, r.target)}`,
            ])
          : c.positions.map((p) => [
              p.id,
              `${actorName(c, p.actor)} on ${c.issues.find((i) => i.id === p.issue)?.name ?? p.issue}${p.date ? ` (${p.date.text})` : ""}`,
            ]);
  return (
    <div className="page edit">
      <h2>Edit</h2>
      <AnalystField />
      <div className="controls">
        <label>
          Kind{" "}
          <select value={kind} onChange={(e) => setKind(e.target.value as KindPath)}>
            {Object.keys(kinds).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label>
          Record{" "}
          <select value={pick} onChange={(e) => setPick(e.target.value)}>
            <option value="">choose…</option>
            {options.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        {pick ? <a href={linkTo(route, "edit", `${kind}/${pick}`)}>Edit it</a> : null}
        <a href={linkTo(route, "edit", `${kind}/new`)}>New {kinds[kind]}</a>
        <a href={linkTo(route, "history")}>History and undo</a>
      </div>
    </div>
  );
}

function blank(path: KindPath): Draft {
  if (path === "events")
    return { id: "", title: "", type: "CONSULT", status: "held", participants: [] };
  if (path === "actors")
    return { id: "", name: "", kind: "state", aliases: [], metonyms: [], codes: {} };
  if (path === "relations") return { id: "", type: "supports", source: "", target: "" };
  return { id: "", actor: "", issue: "", value: 50, salience: 0.5 };
}

function Editor({
  data,
  path,
  id,
  onDone,
}: {
  data: CaseData;
  path: KindPath;
  id: string;
  onDone(id: string): void;
}) {
  const c = data.full;
  const caseId = data.caseId ?? "";
  const isNew = id === "new";
  const base = `/cases/${encodeURIComponent(caseId)}/${path}`;
  const [loaded, setLoaded] = useState<RecordWithClaims<Draft> | null>(null);
  const [draft, setDraft] = useState<Draft | null>(isNew ? blank(path) : null);
  const [times, setTimes] = useState<Record<string, string>>({});
  const [claim, setClaim] = useState<ClaimDraft>(emptyClaim);
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (isNew) return;
    apiFetch<RecordWithClaims<Draft>>(`${base}/${encodeURIComponent(id)}`).then(
      (r) => {
        setLoaded(r);
        setDraft(structuredClone(r.value));
        const t: Record<string, string> = {};
        for (const k of ["date", "period"]) {
          const v = r.value[k] as FuzzyTime | undefined;
          if (v) t[k] = v.text;
        }
        setTimes(t);
      },
      (e: unknown) => setMessage({ good: false, text: describeApiError(e) }),
    );
  }, [base, id, isNew]);

  if (!c) return null;
  if (!draft) {
    return message ? (
      <p className="banner bad" role="alert">
        {message.text}
      </p>
    ) : (
      <p className="muted">Loading…</p>
    );
  }
  const set = (k: string, v: unknown) => setDraft({ ...draft, [k]: v });
  const str = (k: string) => (draft[k] === undefined ? "" : String(draft[k]));

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    setMessage(null);
    const value = cleaned(draft);
    for (const k of path === "relations" ? ["period"] : path === "actors" ? [] : ["date"]) {
      const t = timeFrom(times[k] ?? "", loaded?.value[k] as FuzzyTime | undefined);
      if (t instanceof Error) {
        setMessage({ good: false, text: `${codeLabel(k)}: ${t.message}` });
        return;
      }
      if (t) value[k] = t;
      else delete value[k];
    }
    // The claim written with the change holds the record and every participant it adds; it is
    // saved with the change, in one transaction, or neither is.
    const recordId = String(value.id ?? "");
    const had = new Set(
      ((loaded?.value.participants as Participation[] | undefined) ?? []).map((p) =>
        participationId(recordId, p),
      ),
    );
    const addedParticipations = ((value.participants as Participation[] | undefined) ?? [])
      .map((p) => participationId(recordId, p))
      .filter((pid) => !had.has(pid));
    const claims: Claim[] = [];
    if (claim.note.trim()) {
      claims.push(claimFromDraft(claim, `${kinds[path]}:${recordId}`, "workbench"));
      for (const pid of addedParticipations)
        claims.push(claimFromDraft(claim, `participation:${pid}`, "workbench"));
    } else if (addedParticipations.length > 0) {
      setMessage({
        good: false,
        text: `A new participant needs a claim that holds it: write what is said, and where, under "Record a claim with this change" (${addedParticipations.join(", ")}).`,
      });
      return;
    }
    setBusy(true);
    try {
      let saved: SavedRecord<Draft>;
      if (isNew) {
        saved = await apiFetch<SavedRecord<Draft>>(base, {
          method: "POST",
          body: { value, claims },
        });
      } else {
        saved = await apiFetch<SavedRecord<Draft>>(`${base}/${encodeURIComponent(id)}`, {
          method: "PUT",
          body: { value, revision: loaded?.revision, claims },
        });
      }
      setLoaded({
        value: saved.value,
        revision: saved.revision,
        claims: [...(loaded?.claims ?? []), ...claims],
      });
      setDraft(structuredClone(saved.value));
      let text = `Saved (revision ${saved.revision}).`;
      if (claims.length > 0) {
        setClaim(emptyClaim);
        text +=
          claims.length === 1
            ? " The claim was recorded."
            : ` ${claims.length} claims were recorded.`;
      }
      setMessage({ good: true, text });
      data.refresh();
      if (isNew) onDone(String(saved.value.id));
    } catch (err) {
      setMessage({ good: false, text: describeApiError(err) });
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    if (!loaded || !window.confirm(`Delete ${kinds[path]} ${id}?`)) return;
    try {
      await apiFetch(`${base}/${encodeURIComponent(id)}`, {
        method: "DELETE",
        query: { revision: loaded.revision },
      });
      data.refresh();
      setMessage({ good: true, text: "Deleted. Undo it from the history." });
    } catch (err) {
      setMessage({ good: false, text: describeApiError(err) });
    }
  }

  const actorOptions = [...c.actors].sort((a, b) => a.name.localeCompare(b.name));
  const recordSelect = (
    k: string,
    label: string,
    records: readonly { id: string; name: string }[],
    blank: string,
    required = false,
  ) => (
    <label>
      {label}
      <select value={str(k)} onChange={(e) => set(k, e.target.value)} required={required}>
        <option value="">{blank}</option>
        {records.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
      </select>
    </label>
  );
  const actorSelect = (k: string, label: string) =>
    recordSelect(k, label, actorOptions, "choose…", true);
  // An optional number is removed from the record when its field is cleared.
  const numberField = (
    k: string,
    label: string,
    bounds: { min?: number; max?: number; step?: number },
    optional: boolean,
  ) => (
    <label>
      {label}
      <input
        type="number"
        {...bounds}
        value={str(k)}
        onChange={(e) => set(k, optional && !e.target.value ? undefined : Number(e.target.value))}
      />
    </label>
  );
  const longText = (k: string, label: string, rows: number) => (
    <label>
      {label}
      <textarea rows={rows} value={str(k)} onChange={(e) => set(k, e.target.value)} />
    </label>
  );
  const text = (k: string, label: string, required = false) => (
    <label>
      {label}
      <input
        type="text"
        value={str(k)}
        required={required}
        onChange={(e) => set(k, e.target.value)}
      />
    </label>
  );
  const choice = (k: string, label: string, values: readonly string[]) => (
    <label>
      {label}
      <select value={str(k)} onChange={(e) => set(k, e.target.value)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {v === "" ? "—" : codeLabel(v)}
          </option>
        ))}
      </select>
    </label>
  );
  const timeField = (k: string, label: string) => (
    <label>
      {label} <span className="muted">(YYYY, YYYY-MM or YYYY-MM-DD; a stored phrase is kept)</span>
      <input
        type="text"
        value={times[k] ?? ""}
        onChange={(e) => setTimes({ ...times, [k]: e.target.value })}
      />
    </label>
  );

  return (
    <div className="page edit">
      <h2>
        {isNew ? (
          `New ${kinds[path]}`
        ) : (
          <>
            Edit {kinds[path]} <span title={id}>{recordLabel(c, path, id)}</span>
          </>
        )}
        {loaded ? <span className="muted"> · revision {loaded.revision}</span> : null}
      </h2>
      <AnalystField />
      {message ? (
        <p
          className={`banner ${message.good ? "good" : "bad"}`}
          role={message.good ? "status" : "alert"}
          data-testid="edit-message"
        >
          {message.text}
        </p>
      ) : null}
      <form className="editor" onSubmit={save} aria-label={`Edit ${kinds[path]}`}>
        {isNew ? text("id", "Id (lower-case, hyphens)", true) : null}
        {path === "events" ? (
          <>
            {text("title", "Title", true)}
            <div className="row">
              {choice("type", "Type (PLOVER)", ploverTypes)}
              {text("mode", "Mode")}
              {choice("status", "Status", statuses)}
              {choice("format", "Format", formats)}
            </div>
            <div className="row">
              {timeField("date", "Date")}
              {text("place", "Place")}
            </div>
            <div className="row">
              {recordSelect("process", "Process", c.processes, "none")}
              {numberField("round", "Round", { min: 1 }, true)}
              {text("outcome", "Outcome")}
            </div>
            {longText("description", "Description", 3)}
            <ParticipantsEditor
              delegation
              value={(draft.participants as Participation[]) ?? []}
              actors={actorOptions.map((a) => ({ id: a.id, label: a.name }))}
              onChange={(p) => set("participants", p)}
            />
          </>
        ) : null}
        {path === "actors" ? (
          <>
            {text("name", "Name", true)}
            <div className="row">
              {choice("kind", "Kind", actorKinds)}
              {text("bloc", "Bloc")}
              {recordSelect("parent", "Part of", actorOptions, "none")}
            </div>
            <label>
              Also called (comma-separated)
              <input
                type="text"
                value={((draft.aliases as string[]) ?? []).join(", ")}
                onChange={(e) =>
                  set(
                    "aliases",
                    e.target.value
                      .split(",")
                      .map((s) => s.trim())
                      .filter(Boolean),
                  )
                }
              />
            </label>
            {longText("description", "Description", 3)}
          </>
        ) : null}
        {path === "relations" ? (
          <>
            <div className="row">
              {actorSelect("source", "From")}
              {choice("type", "Relation", relationTypes)}
              {actorSelect("target", "To")}
            </div>
            <div className="row">
              {timeField("period", "Period")}
              {numberField("strength", "Strength 0..1", { min: 0, max: 1, step: 0.1 }, true)}
              {text("topic", "Topic")}
            </div>
            {longText("description", "Description", 3)}
          </>
        ) : null}
        {path === "positions" ? (
          <>
            <div className="row">
              {actorSelect("actor", "Actor")}
              {recordSelect("issue", "Issue", c.issues, "choose…", true)}
            </div>
            <div className="row">
              {numberField("value", "Value", {}, false)}
              {numberField("salience", "Salience 0..1", { min: 0, max: 1, step: 0.05 }, false)}
              {timeField("date", "Date")}
            </div>
            {longText("note", "Note", 2)}
          </>
        ) : null}

        <fieldset>
          <legend>Record a claim with this change (evidence and certainty)</legend>
          <label>
            What the source says, in your words
            <input
              type="text"
              value={claim.note}
              onChange={(e) => setClaim({ ...claim, note: e.target.value })}
            />
          </label>
          <div className="row">
            <SourceField
              label="Source"
              sources={c.sources}
              value={claim.source}
              none="none: my own judgment"
              onChange={(source) => setClaim({ ...claim, source })}
            />
            <CertaintyFields value={claim} onChange={setClaim} />
          </div>
          <label>
            Quote (the sentence behind it)
            <input
              type="text"
              value={claim.quote}
              onChange={(e) => setClaim({ ...claim, quote: e.target.value })}
            />
          </label>
        </fieldset>
        <div className="row">
          <button type="submit" className="primary" disabled={busy}>
            {isNew ? "Create" : "Save"}
          </button>
          {!isNew && loaded ? (
            <button type="button" onClick={remove}>
              Delete
            </button>
          ) : null}
        </div>
      </form>
      {loaded?.claims && loaded.claims.length > 0 ? (
        <section>
          <h3>Claims about it</h3>
          <ul>
            {loaded.claims.map((cl) => (
              <li key={cl.id}>
                {cl.note}{" "}
                <span className="muted">
                  ({cl.hedge}, {cl.asserter})
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
