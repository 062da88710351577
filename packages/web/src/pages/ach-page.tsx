import type { HypothesisSet } from "@parley/core";
import { useState } from "react";
import { apiCall, describeApiError } from "../api/api-client";
import { useRoute } from "../api/use-api";
import type { PageProps } from "../app";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";

const ratings = ["", "CC", "C", "N", "I", "II", "NA"] as const;
type Rating = Exclude<(typeof ratings)[number], "">;

/**
 * Competing hypotheses: the ACH matrix as the server's analysis ranks it (each claim weighted by
 * its reliability and credibility, the same ranking as `parley ach`). Changing a rating saves the
 * hypothesis set with its revision, and the ranking is read again.
 */
export default function AchPage({ route, navigate }: PageProps) {
  const data = useCaseData();
  const evidence = useEvidence();
  const [add, setAdd] = useState("");
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const full = data.full;
  const sets = full?.hypotheses ?? [];
  const current = sets.find((s) => s.id === route.id) ?? sets[0];
  const matrix = useRoute(
    "/api/cases/{case}/analyses/ach/{set}",
    data.caseId && current ? { case: data.caseId, set: current.id } : null,
    data.filter,
    data.version,
  );
  if (!full || !data.caseId) return <p className="muted">Loading the case…</p>;
  if (!current) return <p>No competing hypotheses are recorded for this case.</p>;
  const caseId = data.caseId;
  const save = async (next: HypothesisSet, what: string) => {
    setMessage(null);
    const revision = full.revisions[`hypothesis:${next.id}`];
    if (revision === undefined) {
      setMessage({
        good: false,
        text: `The revision of "${next.id}" is unknown; reload the case.`,
      });
      return;
    }
    setSaving(true);
    try {
      const saved = await apiCall("put", "/api/cases/{case}/hypotheses/{id}", {
        params: { case: caseId, id: next.id },
        body: { value: next, revision },
      });
      setMessage({ good: true, text: `${what} Saved (revision ${saved.revision}).` });
      data.refresh();
    } catch (e) {
      setMessage({ good: false, text: describeApiError(e) });
    } finally {
      setSaving(false);
    }
  };
  const ratingOf = (claim: string, h: string) =>
    current.ratings.find((r) => r.claim === claim && r.hypothesis === h)?.rating ?? "";
  const setRating = (claim: string, h: string, rating: string) => {
    const rest = current.ratings.filter((r) => !(r.claim === claim && r.hypothesis === h));
    const prior = current.ratings.find((r) => r.claim === claim && r.hypothesis === h);
    const kept = prior?.note !== undefined ? { note: prior.note } : {};
    const next: HypothesisSet = {
      ...current,
      ratings: rating
        ? [...rest, { claim, hypothesis: h, rating: rating as Rating, ...kept }]
        : rest,
    };
    void save(next, "Rating changed.");
  };
  const m = matrix.data;
  const hypothesisText = (id: string) => current.hypotheses.find((h) => h.id === id)?.text ?? id;
  const rated = new Set(current.ratings.map((r) => r.claim));
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
      <h3>{current.question}</h3>
      {message ? (
        <p className={`banner ${message.good ? "good" : "bad"}`} role="status">
          {message.text}
        </p>
      ) : null}
      {matrix.error ? <p className="banner bad">{describeApiError(matrix.error)}</p> : null}
      <p className="muted">
        CC very consistent (+2), C consistent (+1), N neutral, I inconsistent (−1), II very
        inconsistent (−2), NA not applicable. Each claim weighs its reliability times its
        credibility; the hypothesis with the least weighted inconsistency ranks first.
      </p>
      {m ? (
        <>
          <ol className="ach-ranking" data-testid="ach-ranking">
            {m.hypotheses.map((h) => (
              <li key={h.id} data-hypothesis={h.id}>
                {h.text}{" "}
                <span className="muted">
                  inconsistency {h.inconsistency.toFixed(2)}, consistency {h.consistency.toFixed(2)}
                </span>
              </li>
            ))}
          </ol>
          <div className="matrix-scroll">
            <table data-testid="ach-matrix">
              <thead>
                <tr>
                  <th scope="col">Evidence (most diagnostic first)</th>
                  <th scope="col">Weight</th>
                  {current.hypotheses.map((h) => (
                    <th scope="col" key={h.id}>
                      {h.text}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {m.evidence.map((row) => (
                  <tr key={row.claim.id} data-claim={row.claim.id}>
                    <th scope="row" style={{ fontWeight: "normal", maxWidth: 380 }}>
                      <button
                        type="button"
                        className="linklike"
                        onClick={() =>
                          evidence.open({
                            subject: row.claim.subject,
                            title: row.claim.note,
                            claimIds: [row.claim.id],
                          })
                        }
                      >
                        {row.claim.note}
                      </button>{" "}
                      {m.mostDiagnostic.includes(row.claim.id) ? (
                        <span className="muted">(most diagnostic)</span>
                      ) : null}
                    </th>
                    <td
                      title={`reliability ${row.claim.reliability}, credibility ${row.claim.credibility ?? 6}`}
                    >
                      {row.weight.toFixed(2)}
                    </td>
                    {current.hypotheses.map((h) => (
                      <td key={h.id} className="rating">
                        <select
                          aria-label={`${row.claim.note} against ${h.text}`}
                          value={ratingOf(row.claim.id, h.id)}
                          disabled={saving}
                          onChange={(e) => setRating(row.claim.id, h.id, e.target.value)}
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
                ))}
              </tbody>
            </table>
          </div>
          {m.sensitivity.length > 0 ? (
            <p className="muted">
              Without{" "}
              {m.sensitivity
                .map(
                  (s) =>
                    `${s.claim}${s.leaderChanges ? ` ${hypothesisText(s.ranking[0] ?? "")} would lead` : ""}`,
                )
                .join("; ")}
              , the ranking would change.
            </p>
          ) : null}
        </>
      ) : (
        <p className="muted">Ranking the hypotheses…</p>
      )}
      <div className="controls">
        <label>
          Add evidence{" "}
          <select value={add} onChange={(e) => setAdd(e.target.value)}>
            <option value="">choose a claim…</option>
            {full.claims
              .filter((c) => !rated.has(c.id))
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {c.note.slice(0, 90)}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          disabled={!add || !current.hypotheses[0] || saving}
          onClick={() => {
            const h = current.hypotheses[0];
            if (!h) return;
            void save(
              {
                ...current,
                ratings: [...current.ratings, { claim: add, hypothesis: h.id, rating: "N" }],
              },
              "Evidence added.",
            );
            setAdd("");
          }}
        >
          Add row
        </button>
      </div>
    </div>
  );
}
