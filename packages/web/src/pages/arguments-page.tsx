import type { Claim } from "@parley/core";
import type { PageProps } from "../app";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";

/**
 * The author's argument map: each judgment with the claims that support it (+) and undermine it
 * (−), and what each of those claims rests on.
 */
export default function ArgumentsPage(_props: PageProps) {
  const { view, full } = useCaseData();
  const evidence = useEvidence();
  if (!view || !full) return <p className="muted">Loading the case…</p>;
  const byId = new Map(full.claims.map((c) => [c.id, c]));
  const item = (id: string, cls: string) => {
    const cl: Claim | undefined = byId.get(id);
    return (
      <li key={`${cls}-${id}`} className={cls}>
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
          id
        )}
        {cl ? <span className="muted"> ({cl.hedge})</span> : null}
      </li>
    );
  };
  return (
    <div className="page arguments">
      <h2>Argument map</h2>
      {view.judgments.length === 0 ? <p>No judgment recorded in this window.</p> : null}
      <ul className="arg-tree">
        {view.judgments.map((j) => (
          <li key={j.id} className="card">
            <strong>{j.text}</strong> <span className="muted">— {j.author}</span>
            {j.supports.length + j.undermines.length > 0 ? (
              <ul>
                {j.supports.map((id) => item(id, "supports"))}
                {j.undermines.map((id) => item(id, "undermines"))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
