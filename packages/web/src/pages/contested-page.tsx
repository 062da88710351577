import type { Case, Claim } from "@parley/core";
import type { PageProps } from "../app";
import { claimsAbout, isContested, linkedClaims } from "../lib/claims";
import { useCaseData } from "../state/case-context";
import { useEvidence } from "../state/evidence-context";

/** A subject under dispute with the claims for and against it. */
export interface ContestedSubject {
  subject: string;
  claims: Claim[];
}

/**
 * The subjects of a case that some claim denies, or about which claims contradict each other:
 * allegations nobody can settle, denials, conflicting accounts.
 */
export function contestedSubjects(c: Pick<Case, "claims">): ContestedSubject[] {
  const subjects = [...new Set(c.claims.map((x) => x.subject))];
  return subjects
    .map((subject) => ({ subject, claims: c.claims.filter((x) => x.subject === subject) }))
    .filter((s) => isContested(c, s.claims))
    .sort((a, b) => a.subject.localeCompare(b.subject));
}

function subjectTitle(c: Case, subject: string): string {
  const [kind, id] = [
    subject.slice(0, subject.indexOf(":")),
    subject.slice(subject.indexOf(":") + 1),
  ];
  const name = (a: string) => c.actors.find((x) => x.id === a)?.name ?? a;
  if (kind === "event") return c.events.find((e) => e.id === id)?.title ?? id;
  if (kind === "relation") {
    const r = c.relations.find((x) => x.id === id);
    return r ? `${name(r.source)} ${r.type.replace(/_/g, " ")} ${name(r.target)}` : id;
  }
  if (kind === "participation") {
    const [ev, actor, role] = id.split("/");
    const e = c.events.find((x) => x.id === ev);
    return `${name(actor ?? "")} ${String(role).replace(/_/g, " ")} at ${e?.title ?? ev}`;
  }
  if (kind === "actor") return name(id);
  return subject;
}

/** Contested claims: what is asserted, what denies or contradicts it, and who says each. */
export default function ContestedPage(_props: PageProps) {
  const { view, full } = useCaseData();
  const evidence = useEvidence();
  if (!view || !full) return <p className="muted">Loading the case…</p>;
  const rows = contestedSubjects(view);
  return (
    <div className="page contested">
      <h2>Contested claims</h2>
      <p className="muted">
        Subjects that a claim denies or about which claims contradict one another, in this window.
      </p>
      {rows.length === 0 ? <p>Nothing is contested in this window.</p> : null}
      <ul className="contested-list">
        {rows.map((r) => {
          const title = subjectTitle(full, r.subject);
          const against = r.claims.filter((x) => x.stance === "denies");
          const forIt = r.claims.filter((x) => x.stance !== "denies");
          const links = r.claims.flatMap((x) =>
            linkedClaims(full, x).filter((l) => l.type === "contradicts" || l.type === "denies"),
          );
          return (
            <li key={r.subject} className="card">
              <h3>
                <button
                  type="button"
                  className="linklike"
                  onClick={() => evidence.open({ subject: r.subject, title })}
                >
                  {title}
                </button>
              </h3>
              <div className="columns">
                <div>
                  <h4>Asserted or reported</h4>
                  <ul>
                    {forIt.map((x) => (
                      <li key={x.id}>
                        {x.note}{" "}
                        <span className="muted">
                          ({x.asserter}, {x.hedge})
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h4>Denied or contradicted</h4>
                  <ul>
                    {against.map((x) => (
                      <li key={x.id}>
                        {x.note}{" "}
                        <span className="muted">
                          ({x.asserter}, {x.hedge})
                        </span>
                      </li>
                    ))}
                    {links
                      .filter((l) => !r.claims.some((x) => x.id === l.claim.id))
                      .map((l) => (
                        <li key={`${l.type}-${l.claim.id}`}>
                          {l.claim.note}{" "}
                          <span className="muted">
                            ({l.type}, {l.claim.asserter}, {l.claim.hedge})
                          </span>
                        </li>
                      ))}
                  </ul>
                </div>
              </div>
              <p className="muted">{claimsAbout(full, r.subject).length} claims in all</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
