import { useState } from "react";
import { apiUrl } from "../api/api-client";

/** What the menu offers: the brief, the network for other tools, the case itself. */
const downloads: Array<{
  group: string;
  label: string;
  path: "report" | "export";
  format: string;
  file: string;
}> = [
  { group: "Brief", label: "Brief (HTML)", path: "report", format: "html", file: "brief.html" },
  { group: "Brief", label: "Brief (Word)", path: "report", format: "docx", file: "brief.docx" },
  { group: "Brief", label: "Brief (Markdown)", path: "report", format: "md", file: "brief.md" },
  {
    group: "Network",
    label: "Network (GEXF, Gephi)",
    path: "export",
    format: "gexf",
    file: "network.gexf",
  },
  {
    group: "Network",
    label: "Network (GraphML)",
    path: "export",
    format: "graphml",
    file: "network.graphml",
  },
  {
    group: "Network",
    label: "Actors (CSV)",
    path: "export",
    format: "csv-nodes",
    file: "actors.csv",
  },
  { group: "Network", label: "Ties (CSV)", path: "export", format: "csv-edges", file: "ties.csv" },
  { group: "Case", label: "Case (JSON)", path: "export", format: "json", file: "case.json" },
  { group: "Case", label: "Case (YAML)", path: "export", format: "yaml", file: "case.yaml" },
];

/** The bearer token the workbench was opened with, if any (see the API client). */
function authHeaders(): Record<string, string> {
  try {
    const token = sessionStorage.getItem("parley-token");
    return token ? { Authorization: `Bearer ${token}` } : {};
  } catch {
    return {};
  }
}

/**
 * Downloads of the case as the view filters it (time window, hedges, reliability): the brief as
 * HTML, Word or Markdown, the network as GEXF, GraphML or CSV, the case as JSON or YAML. Each is
 * fetched with the workbench's credentials and saved under a name that says case and format.
 */
export function ExportMenu({
  caseId,
  filter,
}: {
  caseId: string | undefined;
  filter: Record<string, string>;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (!caseId) return null;
  const save = async (d: (typeof downloads)[number]) => {
    setBusy(d.label);
    setProblem(null);
    try {
      const url = apiUrl(`/cases/${encodeURIComponent(caseId)}/${d.path}`, {
        ...filter,
        format: d.format,
      });
      const r = await fetch(url, { headers: authHeaders() });
      if (!r.ok) {
        const body = (await r.json().catch(() => null)) as { message?: string } | null;
        throw new Error(body?.message ?? `${r.status} ${r.statusText}`);
      }
      const blob = await r.blob();
      const href = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = href;
      a.download = `${caseId}-${d.file}`;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
    } catch (e) {
      setProblem(`${d.label}: ${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  };
  const groups = [...new Set(downloads.map((d) => d.group))];
  return (
    <details className="export-menu">
      <summary>Export</summary>
      <div className="export-body" role="menu">
        {groups.map((g) => (
          <fieldset key={g}>
            <legend>{g}</legend>
            {downloads
              .filter((d) => d.group === g)
              .map((d) => (
                <button
                  key={d.format + d.path}
                  type="button"
                  role="menuitem"
                  disabled={busy !== null}
                  onClick={() => void save(d)}
                >
                  {busy === d.label ? "Preparing…" : d.label}
                </button>
              ))}
          </fieldset>
        ))}
        <p className="muted">As filtered now: the time window and the claim filters apply.</p>
        {problem ? (
          <p className="error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    </details>
  );
}
