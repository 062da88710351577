import { readFileSync } from "node:fs";

/** Reads a file from the repository's sibling `shared/forecast` folder (tests only). */
export function sharedForecastFile(name: string): string {
  return readFileSync(new URL(`../../../../../shared/forecast/${name}`, import.meta.url), "utf8");
}

/** KTAB's log section "History of actor positions over time": name → dimension → values by turn. */
export function ktabHistory(log: string): { states: number; history: Map<string, number[][]> } {
  const states = Number(/There were (\d+) states/.exec(log)?.[1] ?? Number.NaN);
  const start = log.indexOf("History of actor positions over time:");
  const end = log.indexOf("History of actors' winning probabilities:");
  const history = new Map<string, number[][]>();
  for (const line of log.slice(start, end).split("\n").slice(1)) {
    const m = /^(.+?),\s*(.+?):\s+([-\d.\s]+)$/.exec(line.trim());
    if (m === null) continue;
    const values = (m[3] as string).trim().split(/\s+/).map(Number);
    const name = m[1] as string;
    const dims = history.get(name) ?? [];
    dims.push(values);
    history.set(name, dims);
  }
  return { states, history };
}
