import type { Participation } from "@parley/core";
import { actorKinds, hedges, ploverTypes, relationTypes } from "@parley/core/vocabulary";
import { type FormEvent, useState } from "react";
import { apiFetch, describeApiError } from "../api/api-client";
import type { Paged, ProposalItem } from "../api/api-responses";
import { useApi } from "../api/use-api";
import { codeLabel } from "../lib/labels";
import { ParticipantsEditor } from "./participants-editor";

/** One line describing a proposal's payload, as text; actors by their names in the case. */
export function proposalSummary(
  p: ProposalItem,
  nameOf: (id: string) => string = (id) => id,
): string {
  const v = (p.payload ?? {}) as Record<string, unknown>;
  if (p.kind === "event" && Array.isArray(v.participants)) {
    const who = (v.participants as { actor?: unknown; role?: unknown }[])
      .map((x) => `${nameOf(String(x.actor))} (${codeLabel(String(x.role))})`)
      .join(", ");
    return [v.type, v.mode, who, v.certainty === "reported" ? "" : v.certainty]
      .filter((x) => typeof x === "string" && x !== "")
      .join(" · ");
  }
  const named = (x: unknown) => (typeof x === "string" && x !== "" ? nameOf(x) : x);
  const parts = [v.title, v.type, named(v.source), named(v.target), v.name, v.country, v.note]
    .filter((x) => typeof x === "string" && x !== "")
    .map(String);
  return parts.length > 0 ? parts.join(" · ") : JSON.stringify(p.payload).slice(0, 160);
}

interface Span {
  exact?: string;
  prefix?: string;
  suffix?: string;
}

/** The proposal's sentence with the quoted span marked; rendered as text only. */
function EvidenceLine({ evidence }: { evidence: unknown }) {
  const span = (evidence as { span?: Span } | null | undefined)?.span;
  if (span?.exact === undefined) return <p className="muted">No evidence span.</p>;
  return (
    <blockquote className="passage proposal-evidence">
      …{span.prefix ?? ""}
      <mark>{span.exact}</mark>
      {span.suffix ?? ""}…
    </blockquote>
  );
}

/** When and where a proposed event took place, as read from its sentence; said when not found. */
export function whenWhere(payload: unknown): { date: string | null; place: string | null } {
  const v = (payload ?? {}) as { date?: { text?: unknown } | null; place?: unknown };
  const date = typeof v.date?.text === "string" && v.date.text !== "" ? v.date.text : null;
  const place = typeof v.place === "string" && v.place !== "" ? v.place : null;
  return { date, place };
}

function WhenWhere({ payload }: { payload: unknown }) {
  const { date, place } = whenWhere(payload);
  return (
    <p className="when-where" data-testid="proposal-when-where">
      <span>Date: {date ?? <span className="muted">none found in the sentence</span>}</span>
      {" · "}
      <span>Place: {place ?? <span className="muted">none found in the sentence</span>}</span>
    </p>
  );
}

type Payload = Record<string, unknown>;
/** Actor choices: the case's actors, plus ids the proposal names that the case lacks. */
function actorOptions(caseActors: readonly { id: string; name: string }[], extra: string[]) {
  const known = new Set(caseActors.map((a) => a.id));
  return [
    ...caseActors.map((a) => ({ id: a.id, label: a.name })),
    ...[...new Set(extra)]
      .filter((id) => id !== "" && !known.has(id))
      .map((id) => ({ id, label: `${id} (not in the case)` })),
  ];
}

/** The form that corrects a proposal before it is accepted. */
function EditForm({
  proposal,
  caseActors,
  onSubmit,
  onCancel,
}: {
  proposal: ProposalItem;
  caseActors: readonly { id: string; name: string }[];
  onSubmit: (payload: Payload) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState<Payload>(() => ({ ...(proposal.payload as Payload) }));
  const set = (k: string, v: unknown) => setDraft((d) => ({ ...d, [k]: v }));
  // A proposal's participants have the shape of an event's; the store checks them on accept.
  const participants = (draft.participants as Participation[] | undefined) ?? [];
  const options = actorOptions(caseActors, [
    ...participants.map((p) => p.actor),
    String(draft.source ?? ""),
    String(draft.target ?? ""),
  ]);
  const actorSelect = (label: string, value: string, change: (v: string) => void) => (
    <select aria-label={label} value={value} onChange={(e) => change(e.target.value)}>
      <option value="">choose…</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
  const choice = (label: string, key: string, values: readonly string[]) => (
    <label>
      {label}{" "}
      <select value={String(draft[key] ?? "")} onChange={(e) => set(key, e.target.value)}>
        {values.map((v) => (
          <option key={v} value={v}>
            {codeLabel(v)}
          </option>
        ))}
      </select>
    </label>
  );
  const textField = (label: string, key: string) => (
    <label>
      {label}{" "}
      <input
        type="text"
        value={String(draft[key] ?? "")}
        onChange={(e) => set(key, e.target.value)}
      />
    </label>
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(draft);
  };
  const certainties = hedges.filter((h) => h !== "analyst");
  return (
    <form className="card proposal-edit" onSubmit={submit} aria-label="Correct the proposal">
      {proposal.kind === "event" ? (
        <>
          <div className="row controls">
            {choice("Type", "type", ploverTypes)}
            {choice("Certainty", "certainty", certainties)}
            <label>
              <input
                type="checkbox"
                checked={draft.negated === true}
                onChange={(e) => set("negated", e.target.checked)}
              />{" "}
              Negated
            </label>
          </div>
          <ParticipantsEditor
            value={participants}
            actors={options}
            onChange={(p) => set("participants", p)}
          />
        </>
      ) : proposal.kind === "relation" ? (
        <div className="row controls">
          {choice("Type", "type", relationTypes)}
          <span>
            Source {actorSelect("Source", String(draft.source ?? ""), (v) => set("source", v))}
          </span>
          <span>
            Target {actorSelect("Target", String(draft.target ?? ""), (v) => set("target", v))}
          </span>
          {choice("Certainty", "certainty", certainties)}
        </div>
      ) : (
        <div className="row controls">
          {textField("Name", "name")}
          {textField("Id", "id")}
          {choice("Kind", "kind", actorKinds)}
        </div>
      )}
      <div className="row">
        <button type="submit" className="primary">
          Accept as corrected
        </button>{" "}
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * The review queue of a case: each pending proposal with its sentence (the quoted span marked),
 * accepted as is, corrected then accepted, or rejected; a filter by kind and confidence, and
 * "accept all at or above" a confidence, one proposal after another with its progress.
 */
export function ReviewQueue({
  caseId,
  caseActors,
  version,
  onAccepted,
}: {
  caseId: string;
  caseActors: readonly { id: string; name: string }[];
  version: number;
  onAccepted: () => void;
}) {
  const base = `/cases/${encodeURIComponent(caseId)}`;
  const [kind, setKind] = useState("");
  const [threshold, setThreshold] = useState(0.8);
  const [editing, setEditing] = useState<string | null>(null);
  const [bump, setBump] = useState(0);
  const [status, setStatus] = useState<{ good: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const proposals = useApi<Paged<ProposalItem>>(
    `${base}/proposals`,
    { status: "pending", limit: 1000, ...(kind ? { kind } : {}) },
    version + bump,
  );
  const items = proposals.data?.items ?? [];
  const names = new Map(caseActors.map((a) => [a.id, a.name]));
  const nameOf = (id: string) => names.get(id) ?? id;

  const decide = async (
    p: ProposalItem,
    body: { decision: "accept" } | { decision: "reject" } | { decision: "edit"; payload: Payload },
  ): Promise<boolean> => {
    try {
      await apiFetch(`${base}/proposals/${encodeURIComponent(p.id)}`, { method: "POST", body });
      return true;
    } catch (err) {
      setStatus({ good: false, text: describeApiError(err) });
      return false;
    }
  };
  const one = async (
    p: ProposalItem,
    body: { decision: "accept" } | { decision: "reject" } | { decision: "edit"; payload: Payload },
  ) => {
    setStatus(null);
    if (await decide(p, body)) {
      setEditing(null);
      setBump((b) => b + 1);
      if (body.decision !== "reject") onAccepted();
    }
  };
  const acceptAbove = async () => {
    const chosen = items.filter((p) => (p.confidence ?? 0) >= threshold);
    if (chosen.length === 0) {
      setStatus({ good: false, text: `No pending proposal is at or above ${threshold}.` });
      return;
    }
    setBusy(true);
    let done = 0;
    for (const p of chosen) {
      setStatus({ good: true, text: `Accepting ${done + 1} of ${chosen.length}…` });
      if (!(await decide(p, { decision: "accept" }))) break;
      done++;
    }
    setBusy(false);
    setBump((b) => b + 1);
    if (done > 0) onAccepted();
    if (done === chosen.length)
      setStatus({ good: true, text: `Accepted ${done} of ${chosen.length} proposals.` });
  };

  return (
    <section aria-labelledby="queue-h">
      <h3 id="queue-h">Review queue</h3>
      <div className="row controls">
        <label>
          Kind{" "}
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">all</option>
            <option value="event">events</option>
            <option value="relation">ties</option>
            <option value="actor">actors</option>
          </select>
        </label>
        <label>
          Confidence at least{" "}
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={threshold}
            onChange={(e) => setThreshold(Number(e.target.value))}
          />
        </label>
        <button type="button" onClick={acceptAbove} disabled={busy || items.length === 0}>
          Accept all at or above
        </button>
      </div>
      {status ? (
        <p className={`banner ${status.good ? "good" : "bad"}`} role="status">
          {status.text}
        </p>
      ) : null}
      {proposals.error ? (
        <p className="muted">{describeApiError(proposals.error)}</p>
      ) : items.length === 0 ? (
        <p className="muted">Nothing waits for review.</p>
      ) : (
        <ol className="proposals">
          {items.map((p) => (
            <li key={p.id} className="proposal" data-proposal={p.id}>
              <div>
                <strong>{p.kind}</strong> {proposalSummary(p, nameOf)}{" "}
                {p.confidence != null ? (
                  <span className="muted">({Math.round(p.confidence * 100)}%)</span>
                ) : null}
              </div>
              {p.kind === "event" ? <WhenWhere payload={p.payload} /> : null}
              <EvidenceLine evidence={p.evidence} />
              {editing === p.id ? (
                <EditForm
                  proposal={p}
                  caseActors={caseActors}
                  onSubmit={(payload) => one(p, { decision: "edit", payload })}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <div className="row">
                  <button type="button" onClick={() => one(p, { decision: "accept" })}>
                    Accept
                  </button>{" "}
                  <button type="button" onClick={() => setEditing(p.id)}>
                    Edit
                  </button>{" "}
                  <button type="button" onClick={() => one(p, { decision: "reject" })}>
                    Reject
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
