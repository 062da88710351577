import { useState } from "react";
import { apiFetch, describeApiError } from "../api/api-client";
import type { Paged, SavedView } from "../api/api-types";
import { useApi } from "../api/use-api";
import type { PageProps } from "../app";
import { stepAddress } from "../components/presenter-bar";
import { readStoryDraft, writeStoryDraft } from "../state/story-draft";

/**
 * Presentation: saved views that step through a story (each step a workbench address with its
 * page, filters and time window), assembled from "Add step" in the header, saved, and presented.
 */
export default function PresentationPage(_props: PageProps) {
  const [version, setVersion] = useState(0);
  const views = useApi<Paged<SavedView> | SavedView[]>("/views", undefined, version);
  const [steps, setSteps] = useState(readStoryDraft);
  const [title, setTitle] = useState("");
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  const list = Array.isArray(views.data) ? views.data : (views.data?.items ?? []);
  const update = (next: SavedView["steps"]) => {
    setSteps(next);
    writeStoryDraft(next);
  };
  const save = async () => {
    if (!title.trim() || steps.length === 0) {
      setMessage({ good: false, text: "Give the story a title and add at least one step." });
      return;
    }
    try {
      await apiFetch("/views", { method: "POST", body: { title: title.trim(), steps } });
      update([]);
      setTitle("");
      setMessage({ good: true, text: "Saved." });
      setVersion((v) => v + 1);
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
        {list.length === 0 && !views.error ? <p className="muted">None yet.</p> : null}
        <ul>
          {list.map((v) => (
            <li key={v.id}>
              {v.title} <span className="muted">({v.steps.length} steps)</span>{" "}
              <a href={stepAddress(v, 0) ?? "#"}>Present</a>
            </li>
          ))}
        </ul>
      </section>
      <section className="card">
        <h3>New story</h3>
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
                  [next[i - 1], next[i]] = [
                    next[i] as SavedView["steps"][number],
                    next[i - 1] as SavedView["steps"][number],
                  ];
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
          Save the story
        </button>
      </section>
    </div>
  );
}
