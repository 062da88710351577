// Server benchmark: API latency under a steady 500 requests per second on loopback, for actor
// and event listings of a 100,000-event synthetic case in a SQLite store. The server runs in
// this process; the load comes from a second process (this file with `--client`), an
// open-loop client that sends on a fixed schedule, so a slow answer delays none of the
// following requests and latency is counted from when each request was due. A short run of
// Debian's `wrk` (closed loop, as many requests as the server takes) gives the ceiling.
// Size: PARLEY_BENCH_EVENTS (default 100,000), rate PARLEY_BENCH_RATE (500 /s), duration
// PARLEY_BENCH_SECONDS (20 s per endpoint).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { Agent, request } from "node:http";
import { availableParallelism, cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { startServer } from "@parley/server";
import { openStore } from "@parley/store";
import { seededRandom } from "../packages/analysis/src/seeded-random";
import { generateCase } from "./generate-case";

const EVENTS = Number(process.env.PARLEY_BENCH_EVENTS ?? 100_000);
const RATE = Number(process.env.PARLEY_BENCH_RATE ?? 500);
const SECONDS = Number(process.env.PARLEY_BENCH_SECONDS ?? 20);

interface LoadResult {
  name: string;
  sent: number;
  ok: number;
  failed: number;
  /** Failures by HTTP status or socket error code. */
  failures: Record<string, number>;
  seconds: number;
  /** Latency from when the request was due (ms). */
  due: { p50: number; p90: number; p99: number; max: number };
  /** Latency from when it was sent (ms). */
  sent_: { p50: number; p99: number };
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
}

// ------------------------------------------------------------------ the client (second process)

async function load(
  base: string,
  name: string,
  paths: () => string,
  duration = SECONDS,
): Promise<LoadResult> {
  // Idle sockets close after 4 s, before the server's 5 s keep-alive timeout, so that no request
  // is sent on a socket the server is closing (which would be an ECONNRESET of the client's making).
  const agent = new Agent({ keepAlive: true, maxSockets: 64, timeout: 4000 });
  const total = RATE * duration;
  const interval = 1000 / RATE;
  const dueLatency: number[] = [];
  const sentLatency: number[] = [];
  let ok = 0;
  let failed = 0;
  const failures: Record<string, number> = {};
  const fail = (why: string) => {
    failed++;
    failures[why] = (failures[why] ?? 0) + 1;
  };
  let issued = 0;
  let finished = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const send = (due: number) => {
      const sentAt = performance.now();
      const req = request(`${base}${paths()}`, { agent }, (res) => {
        res.resume();
        res.on("end", () => {
          const end = performance.now();
          if (res.statusCode === 200) ok++;
          else fail(String(res.statusCode));
          dueLatency.push(end - due);
          sentLatency.push(end - sentAt);
          if (++finished === total) resolve();
        });
      });
      req.on("error", (e: NodeJS.ErrnoException) => {
        fail(e.code ?? "error");
        if (++finished === total) resolve();
      });
      req.end();
    };
    // Bounded loop: exactly `total` requests, each at its due time (or as soon after as the timer allows).
    const tick = () => {
      const now = performance.now();
      while (issued < total && t0 + issued * interval <= now) {
        send(t0 + issued * interval);
        issued++;
      }
      if (issued < total) setTimeout(tick, Math.max(0, t0 + issued * interval - performance.now()));
    };
    tick();
  });
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  dueLatency.sort((a, b) => a - b);
  sentLatency.sort((a, b) => a - b);
  return {
    name,
    sent: total,
    ok,
    failed,
    failures,
    seconds,
    due: {
      p50: quantile(dueLatency, 0.5),
      p90: quantile(dueLatency, 0.9),
      p99: quantile(dueLatency, 0.99),
      max: dueLatency[dueLatency.length - 1] ?? Number.NaN,
    },
    sent_: { p50: quantile(sentLatency, 0.5), p99: quantile(sentLatency, 0.99) },
  };
}

async function client(base: string, caseId: string, actors: number): Promise<void> {
  const r = seededRandom(7);
  // Warm up (connections, JIT in both processes) for a second at the same rate; not counted.
  await load(
    base,
    "warm-up",
    () => `/api/cases/${caseId}/actors?limit=50&offset=${Math.floor(r() * 20) * 50}`,
    1,
  );
  const page = () => Math.floor(r() * 20) * 50;
  const results: LoadResult[] = [];
  results.push(
    await load(
      base,
      "actors, 50 a page",
      () => `/api/cases/${caseId}/actors?limit=50&offset=${page()}`,
    ),
  );
  results.push(
    await load(
      base,
      "events, 50 a page",
      () => `/api/cases/${caseId}/events?limit=50&offset=${Math.floor(r() * (EVENTS - 50))}`,
    ),
  );
  results.push(
    await load(base, "events of one actor", () => {
      const a = Math.floor(r() * Math.min(actors, 20));
      return `/api/cases/${caseId}/events?actor=actor-${String(a).padStart(String(actors).length, "0")}&limit=50&offset=${page() % 100}`;
    }),
  );
  process.stdout.write(JSON.stringify(results));
}

// ------------------------------------------------------------------ the server (this process)

function runChild(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      out += d;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`client exited with ${code}`)),
    );
  });
}

function runWrk(url: string): Promise<string | null> {
  return new Promise((resolve) => {
    const child = spawn("wrk", ["-t1", "-c8", "-d10s", "--latency", url], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    let out = "";
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (d: string) => {
      out += d;
    });
    child.on("error", () => resolve(null));
    child.on("close", (code) => resolve(code === 0 ? out : null));
  });
}

const ms = (x: number) => x.toFixed(1);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "parley-server-bench-"));
  const loadAtStart = loadavg()
    .map((x) => x.toFixed(1))
    .join(" ");
  try {
    const path = join(dir, "bench.db");
    const store = await openStore(path);
    const g = generateCase({ events: EVENTS });
    let t = performance.now();
    await store.importCaseStream(g.header, g.items(), { total: g.total });
    const importS = (performance.now() - t) / 1000;
    const caseId = g.header.id;
    const actorCount = (await store.listCases()).find((c) => c.id === caseId)?.counts.actors ?? 0;
    const server = await startServer({ store, port: 0 });
    const base = server.url.replace(/\/$/, "");
    // The first read exports the case into the server's memory; later listings slice it.
    t = performance.now();
    const first = (await (await fetch(`${base}/api/cases/${caseId}/events?limit=50`)).json()) as {
      total: number;
    };
    const coldS = (performance.now() - t) / 1000;
    const rss = process.memoryUsage().rss / 1024 / 1024;

    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const results = JSON.parse(
      await runChild([
        "--import",
        "tsx",
        fileURLToPath(import.meta.url),
        "--client",
        base,
        caseId,
        String(actorCount),
      ]),
    ) as LoadResult[];
    delay.disable();
    const loadAfter = loadavg()
      .map((x) => x.toFixed(1))
      .join(" ");
    const wrk = await runWrk(`${base}/api/cases/${caseId}/events?limit=50&offset=50000`);
    const wrkRate = wrk ? /Requests\/sec:\s+([\d.]+)/.exec(wrk)?.[1] : undefined;
    const wrkP99 = wrk ? /\s99%\s+(\S+)/.exec(wrk)?.[1] : undefined;
    const wrkP50 = wrk ? /\s50%\s+(\S+)/.exec(wrk)?.[1] : undefined;
    await server.close();
    await store.close();

    const lines = [
      `Machine: ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}, load average at start ${loadAtStart}.`,
      "",
      `Case: ${EVENTS.toLocaleString("en")} events (${g.participations.toLocaleString("en")} participations, one claim each), ${actorCount.toLocaleString("en")} actors, SQLite file store (import ${importS.toFixed(1)} s, ${(statSync(path, { throwIfNoEntry: false })?.size ?? 0) > 0 ? "file kept in a temp folder" : "temp folder"}). First listing after start (exports the case into the server's memory): ${coldS.toFixed(2)} s for ${first.total.toLocaleString("en")} events; server RSS after it ${rss.toFixed(0)} MB.`,
      "",
      `Open-loop load from a second process on loopback, ${RATE} requests/s for ${SECONDS} s per row (keep-alive), latency from when each request was due:`,
      "",
      "| listing | requests | 200 OK | achieved rate | p50 | p90 | p99 | max | p99 from send |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...results.map(
        (r) =>
          `| ${r.name} | ${r.sent.toLocaleString("en")} | ${r.ok.toLocaleString("en")} | ${(r.sent / r.seconds).toFixed(0)}/s | ${ms(r.due.p50)} ms | ${ms(r.due.p90)} ms | ${ms(r.due.p99)} ms | ${ms(r.due.max)} ms | ${ms(r.sent_.p99)} ms |`,
      ),
      ...results
        .filter((r) => r.failed > 0)
        .map((r) => `\nFailures in "${r.name}": ${JSON.stringify(r.failures)}.`),
      "",
      `Server event-loop delay during that load: p50 ${ms(delay.percentile(50) / 1e6)} ms, p99 ${ms(delay.percentile(99) / 1e6)} ms, max ${ms(delay.max / 1e6)} ms. Load average after it: ${loadAfter}.`,
      "",
      wrkRate
        ? `Ceiling (wrk 4.1, 1 thread, 8 connections, 10 s, closed loop) on the events listing: ${Number(wrkRate).toFixed(0)} requests/s, p50 ${wrkP50}, p99 ${wrkP99}.`
        : "wrk is not installed (apt-get install wrk): no ceiling measured.",
    ];
    console.log(lines.join("\n"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--client") {
  await client(process.argv[3] as string, process.argv[4] as string, Number(process.argv[5]));
} else {
  await main();
}
