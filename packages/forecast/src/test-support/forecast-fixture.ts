import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Reads one of the forecast package's fixtures: the KTAB scenarios dummyData_3Dim and SOE-Pol-Comp
 * (KAPSARC KTAB, MIT licence), the position history of KTAB's reference run of each, and the EC
 * car-emissions table (Bueno de Mesquita 1994).
 */
export function forecastFixture(name: string): string {
  return readFileSync(forecastFixturePath(name), "utf8");
}

/** The absolute path of a forecast fixture. */
export function forecastFixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
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
