import type { ClaimRef } from "@parley/analysis";
import { describeApiError } from "../api/api-client";
import { useRoute } from "../api/use-api";
import type { PageProps } from "../app";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";

const flags = {
  rests_on_allegation: "rests only on alleged or speculated claims",
  unsupported: "no supporting claim in this window",
} as const;

/**
 * The author's argument map, as the server's analysis gives it (the same as `parley arguments`):
 * each judgment with the claims that support it (+) and undermine it (−), their hedges, and a flag
 * when its support rests on allegations only or is gone.
 */
export default function ArgumentsPage(_props: PageProps) {
  const { caseId, filter, version } = useCaseData();
  const evidence = useEvidence();
  const result = useRoute(
    "/api/cases/{case}/analyses/arguments",
    caseId ? { case: caseId } : null,
    filter,
    version,
  );
  if (result.error) return <p className="banner bad">{describeApiError(result.error)}</p>;
  const nodes = result.data;
  if (!nodes) return <p className="muted">Loading the argument map…</p>;
  const item = (cl: ClaimRef, cls: "supports" | "undermines") => (
    <li key={`${cls}-${cl.id}`} className={cls}>
      <button
        type="button"
        className="linklike"
        onClick={() => evidence.open({ subject: cl.subject, title: cl.note, claimIds: [cl.id] })}
      >
        {cl.note}
      </button>
      <span className="muted"> ({cl.hedge})</span>
    </li>
  );
  return (
    <div className="page arguments">
      <h2>Argument map</h2>
      {nodes.length === 0 ? <p>No judgment recorded in this window.</p> : null}
      <ul className="arg-tree" data-testid="argument-map">
        {nodes.map((j) => (
          <li key={j.id} className="card" data-judgment={j.id}>
            <strong>{j.text}</strong> <span className="muted">— {j.author}</span>
            {j.flag ? <p className="banner bad">This judgment {flags[j.flag]}.</p> : null}
            {j.supports.length + j.undermines.length > 0 ? (
              <ul>
                {j.supports.map((cl) => item(cl, "supports"))}
                {j.undermines.map((cl) => item(cl, "undermines"))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
