import { useState } from "react";
import { ApiError, apiFetch, describeApiError } from "../api/api-client";
import type { Paged, SavedView } from "../api/api-responses";
import { useApi } from "../api/use-api";
import type { PageProps } from "../app";
import { stepAddress } from "../components/presenter-bar";
import { useCaseData } from "../state/case-context";
import { filterKeys, parseRoute } from "../state/route";
import { readStoryDraft, writeStoryDraft } from "../state/story-draft";

type Step = SavedView["steps"][number];

/** A saved view as the server keeps it: its case, its revision, and what each step shows. */
interface StoredView extends SavedView {
  case: string;
  revision: number;
  updated: string;
}

/** What a step shows, read from its address: the page, the case filters, the time window, the layout. */
function stepFields(step: Step) {
  const r = parseRoute(step.hash);
  const filters: Record<string, string> = {};
  const layout: Record<string, string> = {};
  const span: { from?: string; to?: string } = {};
  for (const [k, v] of Object.entries(r.params)) {
    if (k === "from" || k === "to") span[k] = v;
    else if ((filterKeys as readonly string[]).includes(k)) filters[k] = v;
    else if (k !== "case" && k !== "present" && k !== "step") layout[k] = v;
  }
  return {
    title: step.title,
    ...(step.note ? { note: step.note } : {}),
    hash: step.hash,
    page: r.id ? `${r.page}/${r.id}` : r.page,
    ...(Object.keys(filters).length > 0 ? { filters } : {}),
    ...(span.from || span.to ? { window: span } : {}),
    ...(Object.keys(layout).length > 0 ? { layout } : {}),
  };
}

/** The address that opens a view's first step, to share. */
function shareUrl(v: SavedView): string {
  const h = stepAddress(v, 0) ?? "#/";
  return `${window.location.origin}${window.location.pathname}${h}`;
}

/**
 * Presentation: saved views that step through a story (each step a workbench address with its
 * page, filters, time window and layout), assembled from "Add step" in the header, saved in the
 * store, loaded again to edit, presented, and shared by URL.
 */
export default function PresentationPage(_props: PageProps) {
  const { caseId } = useCaseData();
  const [version, setVersion] = useState(0);
  const views = useApi<Paged<StoredView>>(
    caseId ? "/views" : null,
    caseId ? { case: caseId, limit: 1000 } : undefined,
    version,
  );
  const [steps, setSteps] = useState(readStoryDraft);
  const [title, setTitle] = useState("");
  /** The saved view being edited (its id and the revision it was loaded at), or null for a new one. */
  const [editing, setEditing] = useState<{ id: string; revision: number } | null>(null);
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  const list = views.data?.items ?? [];
  const update = (next: Step[]) => {
    setSteps(next);
    writeStoryDraft(next);
  };
  const reset = () => {
    update([]);
    setTitle("");
    setEditing(null);
  };
  const save = async () => {
    if (!caseId || !title.trim() || steps.length === 0) {
      setMessage({ good: false, text: "Give the story a title and add at least one step." });
      return;
    }
    const body = { title: title.trim(), steps: steps.map(stepFields) };
    try {
      const saved = editing
        ? await apiFetch<StoredView>(`/views/${encodeURIComponent(editing.id)}`, {
            method: "PUT",
            body: { ...body, revision: editing.revision },
          })
        : await apiFetch<StoredView>("/views", { method: "POST", body: { ...body, case: caseId } });
      reset();
      setMessage({ good: true, text: `Saved "${saved.title}".` });
      setVersion((v) => v + 1);
    } catch (e) {
      const stale = e instanceof ApiError && e.code === "stale_revision";
      setMessage({
        good: false,
        text: stale
          ? "Someone changed this story since you opened it. Open it again to see their version."
          : describeApiError(e),
      });
    }
  };
  const edit = (v: StoredView) => {
    update(
      v.steps.map((s) => ({ title: s.title, hash: s.hash, ...(s.note ? { note: s.note } : {}) })),
    );
    setTitle(v.title);
    setEditing({ id: v.id, revision: v.revision });
    setMessage(null);
  };
  const remove = async (v: StoredView) => {
    try {
      await apiFetch(`/views/${encodeURIComponent(v.id)}`, {
        method: "DELETE",
        query: { revision: v.revision },
      });
      if (editing?.id === v.id) setEditing(null);
      setMessage({ good: true, text: `Removed "${v.title}".` });
      setVersion((n) => n + 1);
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    }
  };
  return (
    <div className="page presentation">
      <h2>Presentation</h2>
      {message ? (
        <p className={`banner ${message.good ? "good" : "bad"}`} role="status">
          {message.text}
        </p>
      ) : null}
      <section>
        <h3>Saved stories</h3>
        {views.error ? <p className="muted">{describeApiError(views.error)}</p> : null}
        {list.length === 0 && !views.error && !views.loading ? (
          <p className="muted">None yet.</p>
        ) : null}
        <ul className="saved-stories">
          {list.map((v) => (
            <li key={v.id}>
              <strong>{v.title}</strong>{" "}
              <span className="muted">
                ({v.steps.length} {v.steps.length === 1 ? "step" : "steps"})
              </span>{" "}
              <a href={stepAddress(v, 0) ?? "#"}>Present</a>{" "}
              <button type="button" onClick={() => edit(v)} aria-label={`Edit ${v.title}`}>
                Edit
              </button>{" "}
              <button type="button" onClick={() => remove(v)} aria-label={`Remove ${v.title}`}>
                Remove
              </button>{" "}
              <label>
                <span className="muted">Link</span>{" "}
                <input
                  type="text"
                  readOnly
                  size={40}
                  value={shareUrl(v)}
                  aria-label={`Link to share ${v.title}`}
                  onFocus={(e) => e.currentTarget.select()}
                />
              </label>
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h3>{editing ? `Editing "${title || editing.id}"` : "New story"}</h3>
        <p className="muted">
          Open any page, set the time window and filters, and press "Add step" in the header. Each
          step keeps its address, so a story is also a set of links to share.
        </p>
        {steps.length === 0 ? <p>No step yet.</p> : null}
        <ol>
          {steps.map((s, i) => (
            <li key={`${s.hash}-${i}`} className="present-step">
              <input
                type="text"
                aria-label={`Title of step ${i + 1}`}
                value={s.title}
                onChange={(e) =>
                  update(steps.map((x, j) => (j === i ? { ...x, title: e.target.value } : x)))
                }
              />{" "}
              <input
                type="text"
                aria-label={`Note of step ${i + 1}`}
                placeholder="what to say"
                value={s.note ?? ""}
                onChange={(e) =>
                  update(steps.map((x, j) => (j === i ? { ...x, note: e.target.value } : x)))
                }
              />{" "}
              <a href={s.hash}>open</a>{" "}
              <button
                type="button"
                aria-label={`Move step ${i + 1} up`}
                disabled={i === 0}
                onClick={() => {
                  const next = [...steps];
                  [next[i - 1], next[i]] = [next[i] as Step, next[i - 1] as Step];
                  update(next);
                }}
              >
                ↑
              </button>{" "}
              <button
                type="button"
                aria-label={`Remove step ${i + 1}`}
                onClick={() => update(steps.filter((_, j) => j !== i))}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
        <label>
          Title <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>{" "}
        <button type="button" className="primary" onClick={save}>
          {editing ? "Save the changes" : "Save the story"}
        </button>{" "}
        {editing || steps.length > 0 ? (
          <button type="button" onClick={reset}>
            {editing ? "Stop editing" : "Clear"}
          </button>
        ) : null}
      </section>
    </div>
  );
}
