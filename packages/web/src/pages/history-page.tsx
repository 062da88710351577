import { useState } from "react";
import { apiFetch, describeApiError } from "../api/api-client";
import type { HistoryItem, Paged } from "../api/api-responses";
import { useApi } from "../api/use-api";
import type { PageProps } from "../app";
import { useCaseData } from "../state/case-context";

const PAGE = 25;

/** What changed between two versions of a record: the top-level fields that differ. */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = (before ?? {}) as Record<string, unknown>;
  const b = (after ?? {}) as Record<string, unknown>;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k])).sort();
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
      {message ? (
        <p className={`banner ${message.good ? "good" : "bad"}`} role="status">
          {message.text}
        </p>
      ) : null}
      {h.error ? <p className="muted">{describeApiError(h.error)}</p> : null}
      {h.data ? (
        <>
          <table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Change</th>
                <th scope="col">Fields</th>
                <th scope="col">
                  <span className="sr-only">Undo</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {h.data.items.map((x) => (
                <tr key={String(x.id)}>
                  <td>{x.at.slice(0, 19).replace("T", " ")}</td>
                  <td>{x.who}</td>
                  <td>
                    {x.op ?? ""} {x.kind} {x.entity}
                  </td>
                  <td>{changedFields(x.before, x.after).join(", ")}</td>
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
