import { createContext, type ReactNode, useContext, useMemo, useState } from "react";

/** What the evidence panel shows: the claims about one subject (`event:x`, `relation:y`...). */
export interface EvidenceRequest {
  subject: string;
  /** A heading for the panel ("Moscow meeting, 9 Nov 2018"). */
  title: string;
  /** Only these claims, when given (one claim opened from a list). */
  claimIds?: string[];
}

interface EvidenceApi {
  request: EvidenceRequest | null;
  open(r: EvidenceRequest): void;
  close(): void;
}

const EvidenceContext = createContext<EvidenceApi | null>(null);

/** Holds which subject's evidence is open; any view opens it with `useEvidence().open`. */
export function EvidenceProvider({ children }: { children: ReactNode }) {
  const [request, setRequest] = useState<EvidenceRequest | null>(null);
  const api = useMemo<EvidenceApi>(
    () => ({ request, open: setRequest, close: () => setRequest(null) }),
    [request],
  );
  return <EvidenceContext.Provider value={api}>{children}</EvidenceContext.Provider>;
}

/** Opens and closes the evidence panel. */
export function useEvidence(): EvidenceApi {
  const c = useContext(EvidenceContext);
  if (!c) throw new Error("useEvidence outside EvidenceProvider");
  return c;
}
