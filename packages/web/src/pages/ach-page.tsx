import type { HypothesisSet } from "@parley/core";
import { useEffect, useState } from "react";
import { apiFetch, describeApiError } from "../api/api-client";
import type { SavedRecord } from "../api/api-responses";
import type { PageProps } from "../app";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";

const ratings = ["", "CC", "C", "N", "I", "II", "NA"] as const;
type Rating = Exclude<(typeof ratings)[number], "">;

/**
 * Heuer's inconsistency score of each hypothesis: I counts 1, II counts 2; the hypothesis with
 * the least inconsistent evidence is the strongest (Heuer, Psychology of Intelligence Analysis,
 * 1999, ch. 8).
 */
export function inconsistency(set: HypothesisSet): Map<string, number> {
  const out = new Map(set.hypotheses.map((h) => [h.id, 0]));
  for (const r of set.ratings) {
    const w = r.rating === "I" ? 1 : r.rating === "II" ? 2 : 0;
    out.set(r.hypothesis, (out.get(r.hypothesis) ?? 0) + w);
  }
  return out;
}

/** Competing hypotheses: the ACH matrix of claims against hypotheses, editable and saved with its revision. */
export default function AchPage({ route, navigate }: PageProps) {
  const data = useCaseData();
  const evidence = useEvidence();
  const full = data.full;
  const sets = full?.hypotheses ?? [];
  const current = sets.find((s) => s.id === route.id) ?? sets[0];
  const [draft, setDraft] = useState<HypothesisSet | null>(null);
  const [revision, setRevision] = useState<number | undefined>(undefined);
  const [add, setAdd] = useState("");
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  useEffect(() => {
    if (!current) return;
    setDraft(structuredClone(current));
    setRevision(full?.revisions?.[`hypothesis:${current.id}`]);
  }, [current, full?.revisions]);
  if (!full || !data.caseId) return <p className="muted">Loading the case…</p>;
  if (!current || !draft) return <p>No competing hypotheses are recorded for this case.</p>;
  const claimIds = [...new Set(draft.ratings.map((r) => r.claim))];
  const claim = (id: string) => full.claims.find((c) => c.id === id);
  const ratingOf = (c: string, h: string) =>
    draft.ratings.find((r) => r.claim === c && r.hypothesis === h)?.rating ?? "";
  const setRating = (c: string, h: string, rating: string) => {
    const rest = draft.ratings.filter((r) => !(r.claim === c && r.hypothesis === h));
    setDraft({
      ...draft,
      ratings: rating ? [...rest, { claim: c, hypothesis: h, rating: rating as Rating }] : rest,
    });
  };
  const score = inconsistency(draft);
  const best = Math.min(...score.values());
  const save = async () => {
    setMessage(null);
    try {
      const saved = await apiFetch<SavedRecord<HypothesisSet>>(
        `/cases/${encodeURIComponent(data.caseId ?? "")}/hypotheses/${encodeURIComponent(draft.id)}`,
        { method: "PUT", body: { value: draft, revision } },
      );
      setRevision(saved.revision);
      setMessage({ good: true, text: `Saved (revision ${saved.revision}).` });
      data.refresh();
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    }
  };
  return (
    <div className="page ach">
      <h2>Competing hypotheses</h2>
      {sets.length > 1 ? (
        <label>
          Question{" "}
          <select value={current.id} onChange={(e) => navigate({ id: e.target.value })}>
            {sets.map((s) => (
              <option key={s.id} value={s.id}>
                {s.question}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <h3>{draft.question}</h3>
      {message ? (
        <p className={`banner ${message.good ? "good" : "bad"}`} role="status">
          {message.text}
        </p>
      ) : null}
      <p className="muted">
        CC very consistent, C consistent, N neutral, I inconsistent, II very inconsistent, NA not
        applicable. The hypothesis with the least inconsistency is the strongest.
      </p>
      <div className="matrix-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Evidence</th>
              {draft.hypotheses.map((h) => (
                <th scope="col" key={h.id}>
                  {h.text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {claimIds.map((cid) => {
              const cl = claim(cid);
              return (
                <tr key={cid}>
                  <th scope="row" style={{ fontWeight: "normal", maxWidth: 380 }}>
                    {cl ? (
                      <button
                        type="button"
                        className="linklike"
                        onClick={() =>
                          evidence.open({ subject: cl.subject, title: cl.note, claimIds: [cl.id] })
                        }
                      >
                        {cl.note}
                      </button>
                    ) : (
                      cid
                    )}
                  </th>
                  {draft.hypotheses.map((h) => (
                    <td key={h.id} className="rating">
                      <select
                        aria-label={`${cl?.note ?? cid} against ${h.text}`}
                        value={ratingOf(cid, h.id)}
                        onChange={(e) => setRating(cid, h.id, e.target.value)}
                      >
                        {ratings.map((r) => (
                          <option key={r} value={r}>
                            {r || "—"}
                          </option>
                        ))}
                      </select>
                    </td>
                  ))}
                </tr>
              );
            })}
            <tr>
              <th scope="row">Inconsistency</th>
              {draft.hypotheses.map((h) => (
                <td key={h.id}>
                  <strong>{score.get(h.id)}</strong>
                  {score.get(h.id) === best ? " (strongest)" : ""}
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <div className="controls">
        <label>
          Add evidence{" "}
          <select value={add} onChange={(e) => setAdd(e.target.value)}>
            <option value="">choose a claim…</option>
            {full.claims
              .filter((c) => !claimIds.includes(c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.note.slice(0, 90)}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!add || !draft.hypotheses[0]}
          onClick={() => {
            const h = draft.hypotheses[0];
            if (!h) return;
            setDraft({
              ...draft,
              ratings: [...draft.ratings, { claim: add, hypothesis: h.id, rating: "N" }],
            });
            setAdd("");
          }}
        >
          Add row
        </button>
        <button type="button" className="primary" onClick={save}>
          Save the matrix
        </button>
      </div>
    </div>
  );
}
