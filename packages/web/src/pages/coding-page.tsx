import { type Claim, type Event, participationId, type Role } from "@parley/core";
import { ploverTypes } from "@parley/core/vocabulary";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { apiFetch, describeApiError } from "../api/api-client";
import type { CodedSpan, SavedRecord } from "../api/api-responses";
import type { PageProps } from "../app";
import { CertaintyFields } from "../components/certainty-fields";
import { ParticipantsEditor } from "../components/participants-editor";
import { sourceText } from "../lib/source-text";
import { selectionOffsets, selectOffsets } from "../lib/text-selection";
import { fuzzyFromIso, isIsoPartial } from "../lib/time";
import { useCaseData } from "../state/case-context";
import { linkTo } from "../state/route";

// CONSULT first: coding a span is most often coding a meeting.
const types = ["CONSULT", ...ploverTypes.filter((t) => t !== "CONSULT")];

/** The claim form being filled from a span. */
interface CodingForm {
  span: CodedSpan["span"];
  title: string;
  type: string;
  mode: string;
  date: string;
  process: string;
  participants: Array<{ actor: string; role: Role }>;
  /** Add the claim to this existing event instead of creating one. */
  event: string;
  note: string;
  hedge: string;
  stance: string;
  credibility: string;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 48);
}

function formFrom(coded: CodedSpan): CodingForm {
  const ids = coded.actors.map((a) => (typeof a === "string" ? a : a.id));
  const byRole = new Map((coded.roles ?? []).map((r) => [r.actor, r.role as Role]));
  const date = typeof coded.date === "string" ? coded.date : (coded.date?.text ?? "");
  return {
    span: coded.span,
    title: coded.span.exact.slice(0, 90),
    type: coded.type ?? "CONSULT",
    mode: coded.mode ?? "",
    date,
    process: "",
    participants: ids.map((actor) => ({ actor, role: byRole.get(actor) ?? "attendee" })),
    event: "",
    note: coded.span.exact.slice(0, 200),
    hedge: "reported",
    stance: "asserts",
    credibility: "",
  };
}

/** A source's text shown for coding: selectable, with the coded spans of its claims marked. */
function SourceView({
  text,
  marks,
  textRef,
}: {
  text: string;
  marks: Array<{ start: number; end: number }>;
  textRef: React.RefObject<HTMLDivElement | null>;
}) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    parts.push(text.slice(at, m.start));
    parts.push(<mark key={m.start}>{text.slice(m.start, m.end)}</mark>);
    at = m.end;
  }
  parts.push(text.slice(at));
  return (
    <div className="source-text" ref={textRef} data-testid="source-text">
      {parts}
    </div>
  );
}

/**
 * Coding from a source: open an attached text, select a span, and get a claim form filled from
 * it (actors found in the span, the date, a proposed event type and roles) to correct and save.
 */
export default function CodingPage({ route, navigate }: PageProps) {
  const data = useCaseData();
  const c = data.full;
  const caseId = data.caseId;
  const sourceId = route.id;
  const [text, setText] = useState<string | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [form, setForm] = useState<CodingForm | null>(null);
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  const [find, setFind] = useState("");
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setText(undefined);
    setError(null);
    if (!caseId || !sourceId) return;
    sourceText(caseId, sourceId).then(setText, (e: unknown) => setError(describeApiError(e)));
  }, [caseId, sourceId]);

  if (!c || !caseId) return <p className="muted">Loading the case…</p>;
  if (!sourceId) {
    return (
      <div className="page coding">
        <h2>Coding from a source</h2>
        <p>Choose a source; those with attached text can be coded span by span.</p>
        <ul>
          {c.sources.map((s) => (
            <li key={s.id}>
              <a href={linkTo(route, "coding", s.id)}>{s.title}</a>{" "}
              <span className="muted">
                {s.authors.join(", ")} {s.date ?? ""} {s.fingerprint ? "· text expected" : ""}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const source = c.sources.find((s) => s.id === sourceId);
  const marks = c.claims.flatMap((cl) =>
    cl.evidence?.source === sourceId && cl.evidence.span
      ? [{ start: cl.evidence.span.start, end: cl.evidence.span.end }]
      : [],
  );

  const codeSelection = async () => {
    setMessage(null);
    const el = textRef.current;
    if (!el || !text) return;
    const at = selectionOffsets(el);
    if (!at) {
      setMessage({ good: false, text: "Select a span of the text first (or find a phrase)." });
      return;
    }
    try {
      const coded = await apiFetch<CodedSpan>(`/cases/${encodeURIComponent(caseId)}/code-span`, {
        method: "POST",
        body: { source: sourceId, start: at.start, end: at.end },
      });
      setForm(formFrom(coded));
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    }
  };

  const findPhrase = (e: FormEvent) => {
    e.preventDefault();
    if (!text || !textRef.current || !find.trim()) return;
    const i = text.toLowerCase().indexOf(find.trim().toLowerCase());
    if (i === -1) {
      setMessage({ good: false, text: `"${find}" is not in this text.` });
      return;
    }
    selectOffsets(textRef.current, i, i + find.trim().length);
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    if (!form) return;
    setMessage(null);
    // A claim from the span about `subject`: the event, or one of its participations.
    const claimAbout = (subject: string): Claim => {
      const claim: Claim = {
        id: `${slug(subject)}-${Date.now().toString(36)}`,
        subject,
        note: form.note,
        asserter: "author",
        stance: form.stance as Claim["stance"],
        hedge: form.hedge as Claim["hedge"],
        links: [],
        evidence: { source: sourceId, span: form.span },
      };
      if (form.credibility)
        claim.credibility = Number(form.credibility) as NonNullable<Claim["credibility"]>;
      return claim;
    };
    try {
      let subject: string;
      if (form.event) {
        subject = `event:${form.event}`;
        await apiFetch(`/cases/${encodeURIComponent(caseId)}/claims`, {
          method: "POST",
          body: claimAbout(subject),
        });
      } else {
        const date = form.date.trim();
        if (date && !isIsoPartial(date)) {
          setMessage({ good: false, text: `Date "${date}": write YYYY, YYYY-MM or YYYY-MM-DD.` });
          return;
        }
        const event: Event = {
          id: `${slug(form.title)}-${date || "undated"}`.replace(/-+$/, ""),
          title: form.title,
          type: form.type as Event["type"],
          status: "held",
          participants: form.participants.filter((p) => p.actor),
        };
        if (form.mode) event.mode = form.mode;
        if (date) event.date = fuzzyFromIso(date);
        if (form.process) event.process = form.process;
        // The span holds the event and each of its participants: one write, with its claims.
        subject = `event:${event.id}`;
        const claims = [
          claimAbout(subject),
          ...event.participants.map((p) =>
            claimAbout(`participation:${participationId(event.id, p)}`),
          ),
        ];
        await apiFetch<SavedRecord<Event>>(`/cases/${encodeURIComponent(caseId)}/events`, {
          method: "POST",
          body: { value: event, claims },
        });
      }
      setMessage({ good: true, text: `Saved the claim about ${subject}.` });
      setForm(null);
      data.refresh();
    } catch (err) {
      setMessage({ good: false, text: describeApiError(err) });
    }
  };

  const textField = (
    open: CodingForm,
    label: string,
    key: "title" | "mode" | "date" | "note",
    required = false,
  ) => (
    <label>
      {label}
      <input
        type="text"
        value={open[key]}
        onChange={(e) => setForm({ ...open, [key]: e.target.value })}
        required={required}
      />
    </label>
  );
  return (
    <div className="page coding">
      <h2>Coding: {source?.title ?? sourceId}</h2>
      {message ? (
        <p className={`banner ${message.good ? "good" : "bad"}`} role="status">
          {message.text}
        </p>
      ) : null}
      {error ? <p className="error">{error}</p> : null}
      {text === null ? (
        <p>
          This source has no attached text. Attach it on the{" "}
          <a href={linkTo(route, "sources")}>Sources</a> page.
        </p>
      ) : null}
      {text ? (
        <>
          <div className="controls">
            <form onSubmit={findPhrase} className="row">
              <label>
                Find in the text{" "}
                <input type="text" value={find} onChange={(e) => setFind(e.target.value)} />
              </label>{" "}
              <button type="submit">Find and select</button>
            </form>
            <button type="button" className="primary" onClick={codeSelection}>
              Code the selection
            </button>
          </div>
          <SourceView text={text} marks={marks} textRef={textRef} />
        </>
      ) : null}
      {form ? (
        <form className="editor card" onSubmit={save} aria-label="Claim from the selected span">
          <h3>Claim from the selected span</h3>
          <blockquote className="quote">{form.span.exact}</blockquote>
          <label>
            Add to an existing event
            <select
              value={form.event}
              onChange={(e) => setForm({ ...form, event: e.target.value })}
            >
              <option value="">no: create a new event</option>
              {c.events.map((ev) => (
                <option key={ev.id} value={ev.id}>
                  {ev.date?.text ?? ""} {ev.title}
                </option>
              ))}
            </select>
          </label>
          {form.event === "" ? (
            <>
              {textField(form, "Title", "title", true)}
              <div className="row">
                <label>
                  Type
                  <select
                    value={form.type}
                    onChange={(e) => setForm({ ...form, type: e.target.value })}
                  >
                    {types.map((t) => (
                      <option key={t}>{t}</option>
                    ))}
                  </select>
                </label>
                {textField(form, "Mode", "mode")}
                {textField(form, "Date", "date")}
                <label>
                  Process
                  <select
                    value={form.process}
                    onChange={(e) => setForm({ ...form, process: e.target.value })}
                  >
                    <option value="">none</option>
                    {c.processes.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <ParticipantsEditor
                legend="Actors found in the span, with their roles"
                value={form.participants}
                actors={c.actors.map((a) => ({ id: a.id, label: a.name }))}
                onChange={(participants) => setForm({ ...form, participants })}
              />
            </>
          ) : null}
          {textField(form, "What is claimed, in your words", "note", true)}
          <div className="row">
            <CertaintyFields value={form} onChange={setForm} withAnalyst={false} />
          </div>
          <div className="row">
            <button type="submit" className="primary">
              Save the claim
            </button>
            <button type="button" onClick={() => setForm(null)}>
              Discard
            </button>
            <button type="button" onClick={() => navigate({ page: "sources" })}>
              Review queue
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
