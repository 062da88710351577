import { useState } from "react";
import { apiFetch, describeApiError } from "../api/api-client";
import type { HistoryItem, Paged } from "../api/api-responses";
import { useApi } from "../api/use-api";
import type { PageProps } from "../app";
import { AnalystField } from "../components/analyst-field";
import { ColumnHeads } from "../components/column-heads";
import { useCaseData } from "../state/case-context";

const PAGE = 25;

/** A record's name as the history shows it: an actor's name, an event's title, else its id. */
function recordName(kind: string, id: string, value: unknown): string {
  if (kind === "case") return id;
  const v = (value ?? {}) as Record<string, unknown>;
  const n = v.name ?? v.title ?? v.label;
  return typeof n === "string" && n ? n : id;
}

/** What changed between two versions of a record: the top-level fields that differ. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
}

/** How a field's value reads in the history: text as is, a fuzzy time as its phrase, else JSON. */
export function valueText(v: unknown, max = 90): string {
  if (v === undefined || v === null) return "—";
  let t: string;
  if (typeof v === "string") t = v;
  else if (typeof v === "number" || typeof v === "boolean") t = String(v);
  else if (typeof v === "object" && "text" in v && "precision" in v) t = String(v.text);
  else t = JSON.stringify(v);
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The fields that differ between two versions of a record, each with its old and new value. */
export function fieldChanges(
  before: unknown,
  after: unknown,
): Array<{ field: string; before: unknown; after: unknown }> {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  return changedFields(before, after).map((field) => ({
    field,
    before: a[field],
    after: b[field],
  }));
}

/** The history of changes, newest first, each with who, when, what changed and an undo. */
export default function HistoryPage({ route, navigate }: PageProps) {
  const data = useCaseData();
  const offset = Number(route.params.offset ?? 0) || 0;
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  const caseId = data.caseId;
  const h = useApi<Paged<HistoryItem>>(
    caseId ? `/cases/${encodeURIComponent(caseId)}/history` : null,
    { limit: PAGE, offset },
    data.version,
  );
  const undo = async (item: HistoryItem) => {
    if (!caseId) return;
    setMessage(null);
    try {
      await apiFetch(`/cases/${encodeURIComponent(caseId)}/history/${item.id}/undo`, {
        method: "POST",
      });
      setMessage({ good: true, text: `Undid change ${item.id}.` });
      data.refresh();
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    }
  };
  return (
    <div className="page history">
      <h2>History</h2>
      <AnalystField />
      {message ? (
        <p className={`banner ${message.good ? "good" : "bad"}`} role="status">
          {message.text}
        </p>
      ) : null}
      {h.error ? <p className="muted">{describeApiError(h.error)}</p> : null}
      {h.data ? (
        <>
          <table>
            <ColumnHeads
              names={[
                "When",
                "Who",
                "Change",
                "What changed (before → after)",
                <span className="sr-only">Undo</span>,
              ]}
            />
            <tbody>
              {h.data.items.map((x) => (
                <tr key={String(x.id)}>
                  <td>{x.at.slice(0, 19).replace("T", " ")}</td>
                  <td data-testid="history-who">{x.who}</td>
                  <td>
                    {x.op ?? ""} {x.kind}{" "}
                    <span title={x.entity}>
                      {recordName(x.kind, x.entity, x.after ?? x.before)}
                    </span>
                  </td>
                  <td>
                    {x.op === "import" ? (
                      <span className="muted">the whole case</span>
                    ) : (
                      <ul className="changes" data-testid="history-changes">
                        {fieldChanges(x.before, x.after).map((c) => (
                          <li key={c.field}>
                            <strong>{c.field}</strong>:{" "}
                            <span className="before">{valueText(c.before)}</span> →{" "}
                            <span className="after">{valueText(c.after)}</span>
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td>
                    {x.op !== "import" ? (
                      <button type="button" onClick={() => undo(x)}>
                        Undo
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            {offset > 0 ? (
              <button
                type="button"
                onClick={() => navigate({ params: { offset: String(Math.max(0, offset - PAGE)) } })}
              >
                Newer
              </button>
            ) : null}{" "}
            {offset + PAGE < h.data.total ? (
              <button
                type="button"
                onClick={() => navigate({ params: { offset: String(offset + PAGE) } })}
              >
                Older
              </button>
            ) : null}{" "}
            <span className="muted">
              {h.data.total} change{h.data.total === 1 ? "" : "s"}
            </span>
          </p>
        </>
      ) : null}
    </div>
  );
}
