import { type ChangeEvent, type FormEvent, useState } from "react";
import { apiFetch, describeApiError } from "../api/api-client";
import type { PageProps } from "../app";
import { ColumnHeads } from "../components/column-heads";
import { ReviewQueue } from "../components/review-queue";
import { SourceField } from "../components/source-field";
import { reliabilityMeaning, safeUrl } from "../lib/labels";
import { newSourceId } from "../lib/source-ids";
import { forgetSourceText } from "../lib/source-text";
import { useCaseData } from "../state/case-context";
import { linkTo } from "../state/route";

/**
 * Sources: the case's documents with their reliability; paste or upload a text, attach it to a
 * source, run extraction on it, and work through the review queue of proposals.
 */
export default function SourcesPage({ route }: PageProps) {
  const data = useCaseData();
  const c = data.full;
  const caseId = data.caseId;
  const [text, setText] = useState("");
  const [target, setTarget] = useState("");
  const [title, setTitle] = useState("");
  const [csl, setCsl] = useState("");
  const [message, setMessage] = useState<{ good: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [version, setVersion] = useState(0);
  if (!c || !caseId) return <p className="muted">Loading the case…</p>;
  const base = `/cases/${encodeURIComponent(caseId)}`;
  const report = (good: boolean, t: string) => setMessage({ good, text: t });

  const upload = async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) setText(await f.text());
  };
  const attach = async () => {
    if (!target || !text) return report(false, "Choose a source and paste or upload its text.");
    try {
      await apiFetch(`${base}/sources/${encodeURIComponent(target)}/text`, {
        method: "PUT",
        body: { text },
      });
      forgetSourceText(caseId, target);
      report(true, "The text is attached; its claims now show their sentences.");
      data.refresh();
    } catch (err) {
      report(false, describeApiError(err));
    }
  };
  const extract = async () => {
    if (!text) return report(false, "Paste or upload a text first.");
    // the text is a source of the case: a chosen one, or a new one under its title
    const sourceTitle = title.trim();
    if (!target && !sourceTitle)
      return report(false, "Give the new source a title, or choose the source the text is.");
    const sourceId = target || newSourceId(sourceTitle, new Set(c.sources.map((s) => s.id)));
    setBusy(true);
    try {
      const r = await apiFetch<{ proposals?: unknown[] } | unknown[]>(`${base}/extract`, {
        method: "POST",
        body: target ? { text, sourceId } : { text, sourceId, sourceTitle },
      });
      if (!target) {
        setTarget(sourceId);
        setTitle("");
        data.refresh();
      }
      forgetSourceText(caseId, sourceId);
      const n = Array.isArray(r) ? r.length : (r.proposals?.length ?? 0);
      report(true, `Extraction proposed ${n} record${n === 1 ? "" : "s"}; review them below.`);
      setVersion((v) => v + 1);
    } catch (err) {
      report(false, describeApiError(err));
    } finally {
      setBusy(false);
    }
  };
  const importCsl = async (e: FormEvent) => {
    e.preventDefault();
    let items: unknown;
    try {
      items = JSON.parse(csl);
    } catch (err) {
      return report(false, `The CSL-JSON does not parse: ${(err as Error).message}`);
    }
    try {
      const r = await apiFetch<{ sources?: unknown[] }>(`${base}/sources/csl`, {
        method: "POST",
        body: items,
      });
      report(true, `Imported ${r.sources?.length ?? 0} source(s).`);
      setCsl("");
      data.refresh();
    } catch (err) {
      report(false, describeApiError(err));
    }
  };
  return (
    <div className="page sources">
      <h2>Sources</h2>
      {message ? (
        <p className={`banner ${message.good ? "good" : "bad"}`} role="status">
          {message.text}
        </p>
      ) : null}
      <table>
        <ColumnHeads names={["Source", "Date", "Reliability", "Claims", "Text"]} />
        <tbody>
          {c.sources.map((s) => {
            const url = safeUrl(s.url);
            return (
              <tr key={s.id}>
                <td>
                  {url ? (
                    <a href={url} target="_blank" rel="noopener noreferrer">
                      {s.title}
                    </a>
                  ) : (
                    s.title
                  )}
                  <div className="muted">
                    {s.authors.join(", ")}
                    {s.container && !s.authors.includes(s.container) ? `, ${s.container}` : ""}
                  </div>
                </td>
                <td>{s.date ?? ""}</td>
                <td title={reliabilityMeaning[s.reliability]}>{s.reliability}</td>
                <td>{c.claims.filter((cl) => cl.evidence?.source === s.id).length}</td>
                <td>
                  <a href={linkTo(route, "coding", s.id)}>Open and code</a>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <section className="card" aria-labelledby="add-text-h">
        <h3 id="add-text-h">Paste or upload a text</h3>
        <div className="row controls">
          <label>
            Upload a .txt file <input type="file" accept=".txt,text/plain" onChange={upload} />
          </label>
          <SourceField
            label="Source "
            sources={c.sources}
            value={target}
            none="a new source"
            onChange={setTarget}
          />
          {target ? null : (
            <label>
              Title of the new source{" "}
              <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
            </label>
          )}
        </div>
        <label className="sr-only" htmlFor="source-text-input">
          Text
        </label>
        <textarea
          id="source-text-input"
          rows={8}
          style={{ width: "100%" }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Paste the text of an article or report"
        />
        <div className="row">
          <button type="button" onClick={attach}>
            Attach to the source
          </button>{" "}
          <button type="button" className="primary" onClick={extract} disabled={busy}>
            {busy ? "Extracting…" : "Run extraction"}
          </button>
        </div>
      </section>

      <ReviewQueue
        caseId={caseId}
        caseActors={c.actors}
        version={version + data.version}
        onAccepted={() => data.refresh()}
      />

      <section className="card" aria-labelledby="csl-h">
        <h3 id="csl-h">Import sources from CSL-JSON (Zotero)</h3>
        <form onSubmit={importCsl}>
          <label className="sr-only" htmlFor="csl-input">
            CSL-JSON
          </label>
          <textarea
            id="csl-input"
            rows={4}
            style={{ width: "100%" }}
            value={csl}
            onChange={(e) => setCsl(e.target.value)}
            placeholder='[{"id": "...", "type": "article-newspaper", "title": "..."}]'
          />
          <button type="submit">Import</button>
        </form>
      </section>
    </div>
  );
}
