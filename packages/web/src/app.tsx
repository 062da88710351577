import { type ComponentType, lazy, Suspense, useCallback, useState } from "react";
import { describeApiError } from "./api/api-client";
import { ErrorBoundary } from "./components/error-boundary";
import { EvidencePanel } from "./components/evidence-panel";
import { ExportMenu } from "./components/export-menu";
import { FilterMenu } from "./components/filter-menu";
import { PresenterBar } from "./components/presenter-bar";
import { TimeSlider } from "./components/time-slider";
import { OverviewPage } from "./pages/overview-page";
import { CaseProvider, useCaseData } from "./state/case-context";
import { EvidenceProvider, useEvidence } from "./state/evidence-context";
import { linkTo, parseRoute, type Route, useRoute } from "./state/route";
import { readStoryDraft, stepHash, writeStoryDraft } from "./state/story-draft";

/** Props every page receives. */
export interface PageProps {
  route: Route;
  navigate: ReturnType<typeof useRoute>[1];
}

const pages: Array<{ page: string; label: string; component: ComponentType<PageProps> }> = [
  { page: "overview", label: "Overview", component: OverviewPage },
  { page: "network", label: "Network", component: lazy(() => import("./pages/network-page")) },
  { page: "timeline", label: "Timeline", component: lazy(() => import("./pages/timeline-page")) },
  {
    page: "attendance",
    label: "Attendance",
    component: lazy(() => import("./pages/attendance-page")),
  },
  { page: "actor", label: "Actors", component: lazy(() => import("./pages/actor-page")) },
  {
    page: "contested",
    label: "Contested",
    component: lazy(() => import("./pages/contested-page")),
  },
  { page: "ach", label: "Hypotheses", component: lazy(() => import("./pages/ach-page")) },
  {
    page: "arguments",
    label: "Arguments",
    component: lazy(() => import("./pages/arguments-page")),
  },
  {
    page: "alignment",
    label: "Alignment",
    component: lazy(() => import("./pages/alignment-page")),
  },
  { page: "forecast", label: "Forecast", component: lazy(() => import("./pages/forecast-page")) },
  { page: "sources", label: "Sources", component: lazy(() => import("./pages/sources-page")) },
  { page: "coding", label: "Coding", component: lazy(() => import("./pages/coding-page")) },
  { page: "edit", label: "Edit", component: lazy(() => import("./pages/edit-page")) },
  { page: "history", label: "History", component: lazy(() => import("./pages/history-page")) },
  {
    page: "present",
    label: "Presentation",
    component: lazy(() => import("./pages/presentation-page")),
  },
];

/** The workbench: header with the time window and filters, navigation, the page, evidence. */
export function App() {
  const [route, navigate] = useRoute();
  return (
    <CaseProvider route={route}>
      <EvidenceProvider>
        <Shell route={route} navigate={navigate} />
      </EvidenceProvider>
    </CaseProvider>
  );
}

function Shell({ route, navigate }: PageProps) {
  const data = useCaseData();
  const evidence = useEvidence();
  const entry = pages.find((p) => p.page === route.page) ?? pages[0];
  const Page = entry?.component ?? OverviewPage;
  const onTime = useCallback(
    (from: string | undefined, to: string | undefined) =>
      navigate({ params: { from: from ?? "", to: to ?? "" } }),
    [navigate],
  );
  return (
    <div className={`shell${evidence.request ? " with-evidence" : ""}`}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <h1>
          <a href={linkTo(route, "overview")}>Parley</a>
        </h1>
        {data.cases.length > 1 ? (
          <label>
            <span className="sr-only">Case</span>
            <select
              value={data.caseId ?? ""}
              onChange={(e) => navigate({ params: { case: e.target.value } })}
            >
              {data.cases.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <span className="case-title">{data.full?.title ?? data.cases[0]?.title ?? ""}</span>
        )}
        <TimeSlider c={data.full} from={route.params.from} to={route.params.to} onChange={onTime} />
        <FilterMenu route={route} onChange={(params) => navigate({ params })} />
        <ExportMenu caseId={data.caseId} filter={data.filter} />
        <ShareButton />
        <AddStepButton label={entry?.label ?? route.page} />
      </header>
      <nav className="sidenav" aria-label="Pages">
        <ul>
          {pages.map((p) => (
            <li key={p.page}>
              <a
                href={linkTo(route, p.page)}
                aria-current={p.page === entry?.page ? "page" : undefined}
              >
                {p.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        <PresenterBar route={route} />
        {data.error ? (
          <p className="error" role="alert">
            {describeApiError(data.error)}
          </p>
        ) : null}
        <ErrorBoundary key={`${route.page}/${route.id ?? ""}`}>
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <Page route={route} navigate={navigate} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <EvidencePanel />
    </div>
  );
}

function AddStepButton({ label }: { label: string }) {
  const [added, setAdded] = useState(false);
  const add = () => {
    const range = parseRoute(window.location.hash).params;
    const when = range.from || range.to ? ` ${range.from ?? "…"} – ${range.to ?? "…"}` : "";
    writeStoryDraft([
      ...readStoryDraft(),
      { title: `${label}${when}`, hash: stepHash(window.location.hash) },
    ]);
    setAdded(true);
    setTimeout(() => setAdded(false), 1500);
  };
  return (
    <button type="button" onClick={add} title="Add this view as a step of a story (Presentation)">
      {added ? "Added" : "Add step"}
    </button>
  );
}

function ShareButton() {
  const copy = () => {
    void navigator.clipboard?.writeText(window.location.href).catch(() => undefined);
  };
  return (
    <button type="button" onClick={copy} title="Copy the address of this view">
      Share view
    </button>
  );
}
