// Importing 100,000 ACLED-style rows (generated here with a fixed seed) into a case fragment:
// RFC 4180 parsing (csv-parse), row checks, actors, events, participations and claims. Baseline in the same
// run: splitting the same text into lines and fields naively (no quotes, no checks).
// Usage: node --import tsx bench/analysis-import.bench.ts
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { importAcled } from "../packages/analysis/src/import-acled";
import { parseCsv } from "../packages/analysis/src/import-csv";
import { seededRandom } from "../packages/analysis/src/seeded-random";
import { median } from "./stats";

const ROWS = 100_000;
const RUNS = 5;

const random = seededRandom(2021);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
const ACTORS = Array.from({ length: 400 }, (_, i) => `Armed Group ${i} (Afghanistan)`);
const STATE = [
  "Military Forces of Afghanistan (2014-2021)",
  "Police Forces of Afghanistan (2014-2021)",
  "Taliban",
];
const TYPES: [string, string][] = [
  ["Battles", "Armed clash"],
  ["Explosions/Remote violence", "Remote explosive/landmine/IED"],
  ["Violence against civilians", "Attack"],
  ["Protests", "Peaceful protest"],
  ["Riots", "Mob violence"],
  ["Strategic developments", "Agreement"],
];
const PROVINCES = [
  "Kabul",
  "Kandahar",
  "Helmand",
  "Herat",
  "Kunduz",
  "Nangarhar",
  "Ghazni",
  "Balkh",
];
const header =
  "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";
const lines = [header];
for (let i = 0; i < ROWS; i++) {
  const [type, sub] = pick(TYPES);
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * 2500) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const province = pick(PROVINCES);
  const a1 = random() < 0.5 ? pick(STATE) : pick(ACTORS);
  const a2 = random() < 0.7 ? pick(STATE) : "";
  const note = `On ${day}, ${a1} and ${a2 || "unknown"} clashed in ${province}, "reportedly" near the market;\nsources differ.`;
  lines.push(
    [
      `AFG${100000 + i}`,
      day,
      day.slice(0, 4),
      "1",
      "Political violence",
      type,
      sub,
      a1,
      random() < 0.2 ? "Civilians (Afghanistan); Women (Afghanistan)" : "",
      "2",
      a2,
      "",
      a2 ? "1" : "",
      "12",
      "",
      "4",
      "Caspian",
      "Afghanistan",
      province,
      province,
      "",
      `${province} City`,
      "34.5",
      "69.2",
      "1",
      "Pajhwok",
      "National",
      `"${note.replaceAll('"', '""')}"`,
      String(Math.floor(random() * 10)),
      "",
      "1600000000",
    ]
      .map((f) => (f.includes(",") && !f.startsWith('"') ? `"${f}"` : f))
      .join(","),
  );
}
const text = `${lines.join("\r\n")}\r\n`;

const times: Record<string, number[]> = { baseline: [], parseCsv: [], importAcled: [] };
let summary = "";
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  let fields = 0;
  for (const line of text.split("\n")) fields += line.split(",").length;
  times.baseline?.push((performance.now() - t) / 1000);
  if (fields === 0) throw new Error("no fields");
  t = performance.now();
  const parsed = parseCsv(text);
  times.parseCsv?.push((performance.now() - t) / 1000);
  if (!parsed.ok) throw parsed.error;
  t = performance.now();
  const r = importAcled(text, { file: "acled-bench.csv" });
  times.importAcled?.push((performance.now() - t) / 1000);
  if (!r.ok) throw r.error;
  summary = `${r.value.events.length} events, ${r.value.actors.length} actors, ${r.value.claims.length} claims`;
}

const base = median(times.baseline ?? []);
console.log(
  `machine: ${cpus().length} x ${cpus()[0]?.model ?? "?"}, node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
console.log(`${ROWS} rows, ${(text.length / 1e6).toFixed(1)} MB of CSV -> ${summary}`);
console.log("step              median s   x baseline");
for (const [k, xs] of Object.entries(times)) {
  const m = median(xs);
  console.log(
    `${k.padEnd(16)}  ${m.toFixed(3).padStart(8)}   ${(m / base).toFixed(1).padStart(9)}`,
  );
}
const total = median(times.importAcled ?? []);
console.log(
  `import of ${ROWS} rows: ${total.toFixed(2)} s; target < 10 s: ${total < 10 ? "met" : "NOT met"}`,
);
