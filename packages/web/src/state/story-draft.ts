import type { SavedView } from "../api/api-responses";

const KEY = "parley-story-draft";

/** The story being assembled: steps added from any view, kept for the browser session. */
export function readStoryDraft(): SavedView["steps"] {
  try {
    const raw = sessionStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as SavedView["steps"]) : [];
  } catch {
    return [];
  }
}

/** Replaces the story draft. */
export function writeStoryDraft(steps: SavedView["steps"]): void {
  sessionStorage.setItem(KEY, JSON.stringify(steps));
}

/** The current address without the presentation's own parameters: what a step shows. */
export function stepHash(hash: string): string {
  const [path, query = ""] = hash.split("?");
  const params = new URLSearchParams(query);
  params.delete("present");
  params.delete("step");
  const qs = params.toString();
  return `${path}${qs ? `?${qs}` : ""}`;
}
