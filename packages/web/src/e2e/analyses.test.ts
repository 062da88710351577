import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AchMatrix, Alignment, ArgumentNode, ContestedClaim } from "@parley/analysis";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { afghanistanCase, essayText, startWorkbench } from "./workbench-server";
import { screenshots, workbenchSuite } from "./workbench-suite";

const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const cli = join(repoRoot, "packages/cli/dist/parley.mjs");

let cliDir: string;

/** The built CLI's `--json` answer on the built-in Afghanistan case, from its own store. */
function parleyJson<T>(...args: string[]): T {
  const out = execFileSync(
    process.execPath,
    [cli, ...args, "--case", "afghanistan", "--json", "--db", join(cliDir, "parley.db")],
    { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } },
  );
  return JSON.parse(out) as T;
}

/** Opens a page of the workbench and waits for the answer of the analysis it reads. */
async function openReading<T>(page: Page, hash: string, analysis: RegExp): Promise<T> {
  const answer = page.waitForResponse(
    (r) => analysis.test(new URL(r.url()).pathname) && r.request().method() === "GET",
    { timeout: 30_000 },
  );
  await page.goto(`${wb.server.url}${hash}`);
  const r = await answer;
  expect(r.status()).toBe(200);
  return (await r.json()) as T;
}

// Registered before the shared set-up, so they run before it and their after-hooks after it.
beforeAll(() => {
  if (!wb.present) return;
  if (!existsSync(cli)) {
    throw new Error(`${cli} is missing: build it first with \`node scripts/build.mjs\``);
  }
  cliDir = mkdtempSync(join(tmpdir(), "parley-cli-"));
});

afterAll(() => {
  if (cliDir) rmSync(cliDir, { recursive: true, force: true });
});

afterEach(() => {
  if (!wb.present) return;
  expect(wb.browser.errors).toEqual([]);
});

const wb = workbenchSuite(
  "the analysis pages in Chromium",
  () => {
    const essay = essayText();
    return startWorkbench(
      [afghanistanCase()],
      essay ? { afghanistan: { "ibrahimi-2018": essay } } : {},
    );
  },
  240_000,
);
const describeInBrowser = describe.skipIf(!wb.present);
const shot = (page: Page, name: string) => wb.shot(page, name, true);

describeInBrowser("the workbench and the CLI give one answer", () => {
  test("alignment: the pairs and camps the page reads and shows are the CLI's", async () => {
    const fromCli = parleyJson<Alignment & { case: string }>("alignment");
    const page = await wb.browser.newPage();
    const received = await openReading<Alignment>(
      page,
      "#/alignment?case=afghanistan",
      /\/analyses\/alignment$/,
    );
    expect(received).toEqual({
      actors: fromCli.actors,
      pairs: fromCli.pairs,
      camps: fromCli.camps,
    });
    await page.waitForSelector("[data-testid=camps] li");
    const camps = await page.$$eval("[data-testid=camps] li", (items) =>
      items.map((li) =>
        [...li.querySelectorAll("a[data-actor]")].map((a) => a.getAttribute("data-actor")),
      ),
    );
    expect(camps).toEqual(fromCli.camps);
    // One cell each way per pair, each showing the alignment in percent.
    // Plot labels each mark's group; the text mark holds the cells' values.
    const cells = await page.$$eval(
      "[data-testid=alignment-heatmap] svg g[aria-label=text] text",
      (ts) => ts.map((t) => t.textContent ?? ""),
    );
    const expected = fromCli.pairs.flatMap((p) => {
      const v = `${Math.round(p.alignment * 100)}%`;
      return [v, v];
    });
    expect([...cells].sort()).toEqual([...expected].sort());
    await shot(page, "analyses-alignment");
    await page.close();
  });

  test("ACH: the ranking the page shows is the CLI's", async () => {
    const fromCli = parleyJson<{ matrices: AchMatrix[] }>("ach");
    const first = fromCli.matrices[0];
    if (!first) throw new Error("the Afghanistan case has no hypothesis set");
    const page = await wb.browser.newPage();
    const received = await openReading<AchMatrix>(
      page,
      "#/ach?case=afghanistan",
      /\/analyses\/ach\/[^/]+$/,
    );
    expect(received).toEqual(first);
    await page.waitForSelector("[data-testid=ach-ranking] li");
    const ranking = await page.$$eval("[data-testid=ach-ranking] li", (items) =>
      items.map((li) => li.getAttribute("data-hypothesis")),
    );
    expect(ranking).toEqual(first.hypotheses.map((h) => h.id));
    await page.close();
  });

  test("contested: the claims the page lists are the CLI's", async () => {
    const fromCli = parleyJson<{ claims: ContestedClaim[] }>("contested");
    const page = await wb.browser.newPage();
    const received = await openReading<ContestedClaim[]>(
      page,
      "#/contested?case=afghanistan",
      /\/analyses\/contested$/,
    );
    expect(received).toEqual(fromCli.claims);
    await page.waitForSelector("[data-testid=contested-list] li[data-claim]");
    const listed = await page.$$eval("[data-testid=contested-list] > li", (items) =>
      items.map((li) => li.getAttribute("data-claim")),
    );
    expect(listed).toEqual(fromCli.claims.map((c) => c.claim.id));
    await page.close();
  });
});

describeInBrowser("the argument map is the CLI's too", () => {
  test("arguments: the judgments and their flags the page shows are the CLI's", async () => {
    const fromCli = parleyJson<{ judgments: ArgumentNode[] }>("arguments");
    const page = await wb.browser.newPage();
    const received = await openReading<ArgumentNode[]>(
      page,
      "#/arguments?case=afghanistan",
      /\/analyses\/arguments$/,
    );
    expect(received).toEqual(fromCli.judgments);
    await page.waitForSelector("[data-testid=argument-map] > li");
    const shown = await page.$$eval("[data-testid=argument-map] > li", (items) =>
      items.map((li) => [
        li.getAttribute("data-judgment"),
        li.querySelectorAll("li.supports").length,
        li.querySelectorAll("li.undermines").length,
        li.querySelector(".banner") !== null,
      ]),
    );
    expect(shown).toEqual(
      fromCli.judgments.map((j) => [j.id, j.supports.length, j.undermines.length, j.flag !== null]),
    );
    await shot(page, "analyses-arguments");
    await page.close();
  });
});

describeInBrowser("actions on the analysis pages", () => {
  test("alignment: a tighter camp cut splits the camps, down to one actor each", async () => {
    const page = await wb.browser.newPage();
    const before = await openReading<Alignment>(
      page,
      "#/alignment?case=afghanistan",
      /\/analyses\/alignment$/,
    );
    await page.waitForSelector("[data-testid=camps] li");
    const answer = page.waitForResponse((r) => r.url().includes("campDistance=0"));
    await page.locator("input[aria-label='Camp distance']").fill("0");
    await answer;
    await page.waitForFunction(
      (n) => document.querySelectorAll("[data-testid=camps] li").length === n,
      before.actors.length,
    );
    await shot(page, "analyses-alignment-split");
    await page.close();
  });

  test("contested: a claim's title opens its evidence", async () => {
    const page = await wb.browser.newPage();
    const rows = await openReading<ContestedClaim[]>(
      page,
      "#/contested?case=afghanistan",
      /\/analyses\/contested$/,
    );
    const first = rows[0];
    if (!first) throw new Error("nothing is contested in the Afghanistan case");
    await page.locator(`li[data-claim="${first.claim.id}"] h3 button`).click();
    const panel = page.locator("[data-testid=evidence-panel]");
    await panel.waitFor();
    // The panel names the subject in words and keeps its id on hover.
    expect(await panel.locator(".subject").getAttribute("title")).toBe(first.claim.subject);
    expect(await panel.textContent()).toContain(first.claim.note);
    await shot(page, "analyses-contested-evidence");
    await page.close();
  });

  test("ACH: rating a cell saves the matrix and the ranking changes", async () => {
    const page = await wb.browser.newPage();
    const before = await openReading<AchMatrix>(
      page,
      "#/ach?case=afghanistan",
      /\/analyses\/ach\/[^/]+$/,
    );
    expect(before.hypotheses.map((h) => h.id)).toEqual([
      "intelligence-not-arms",
      "armed-against-iskp",
      "armed-broadly",
      "diplomatic-contacts-only",
    ]);
    await page.waitForSelector("[data-testid=ach-ranking] li");
    // "Russia's footprint is small" moves from C to II against the leader: its inconsistency
    // becomes 0.32 + 2 x 0.64 = 1.60, behind 0.40, 1.28 and 1.44.
    const row = page.locator('[data-testid=ach-matrix] tr[data-claim="russia-footprint-small"]');
    const cells = row.locator("select");
    const leaderColumn = (
      await page.$$eval("[data-testid=ach-matrix] thead th", (ths) =>
        ths.map((th) => th.textContent ?? ""),
      )
    ).indexOf(before.hypotheses[0]?.text ?? "");
    const after = page.waitForResponse(
      (r) => /\/analyses\/ach\/[^/]+$/.test(new URL(r.url()).pathname) && r.status() === 200,
    );
    // Columns: evidence, weight, then one per hypothesis.
    await cells.nth(leaderColumn - 2).selectOption("II");
    const ranked = (await (await after).json()) as AchMatrix;
    expect(ranked.hypotheses.map((h) => [h.id, Number(h.inconsistency.toFixed(2))])).toEqual([
      ["armed-against-iskp", 0.4],
      ["armed-broadly", 1.28],
      ["diplomatic-contacts-only", 1.44],
      ["intelligence-not-arms", 1.6],
    ]);
    await page.waitForFunction(
      () =>
        document.querySelector("[data-testid=ach-ranking] li")?.getAttribute("data-hypothesis") ===
        "armed-against-iskp",
    );
    expect(await page.locator("[role=status]").textContent()).toMatch(/Saved \(revision 2\)/);
    await shot(page, "analyses-ach-edited");
    await page
      .locator("[data-testid=ach-matrix]")
      .screenshot({ path: join(screenshots, "analyses-ach-matrix.png") });
    await page.close();
  });

  test("forecast: a run shows each model's outcome, the rounds and the spread", async () => {
    const page = await wb.browser.newPage();
    await page.goto(`${wb.server.url}#/forecast?case=afghanistan`);
    await page.waitForSelector("main .page.forecast");
    const answer = page.waitForResponse((r) => r.url().endsWith("/forecast"));
    await page.getByRole("button", { name: "Run the forecast" }).click();
    const r = await answer;
    expect(r.status()).toBe(200);
    const body = (await r.json()) as {
      issues: { id: string }[];
      outcomes: { model: string; issue: string; value: number }[];
      rounds: unknown[];
      monteCarlo: { runs: number } | null;
    };
    expect(body.issues.length).toBe(1);
    expect(body.monteCarlo?.runs).toBe(500);
    await page.waitForSelector("[data-testid=forecast-outcomes] tbody tr");
    const shown = await page.$$eval("[data-testid=forecast-outcomes] tbody tr", (trs) =>
      trs.map((tr) => [tr.getAttribute("data-model"), tr.querySelector("td")?.textContent]),
    );
    expect(shown).toEqual(body.outcomes.map((o) => [o.model, o.value.toFixed(1)]));
    expect(shown.map(([m]) => m)).toEqual(["mean", "median", "nash", "eu", "smp"]);
    expect(body.rounds.length).toBeGreaterThan(0);
    await page.waitForSelector("[data-testid=forecast-rounds] svg");
    await page.waitForSelector("[data-testid=forecast-spread] svg");
    await shot(page, "analyses-forecast-run");
    await page
      .locator("[data-testid=forecast-result]")
      .screenshot({ path: join(screenshots, "analyses-forecast-charts.png") });
    await page.close();
  });

  test("forecast: a moved position saved as a scenario compares side by side", async () => {
    const page = await wb.browser.newPage();
    await page.goto(`${wb.server.url}#/forecast?case=afghanistan`);
    await page.waitForSelector("main .page.forecast [role=slider]");
    const handle = page.locator("[role=slider]").first();
    const start = Number(await handle.getAttribute("aria-valuenow"));
    await handle.focus();
    await page.keyboard.press("Shift+ArrowLeft");
    await page.keyboard.press("Shift+ArrowLeft");
    expect(Number(await handle.getAttribute("aria-valuenow"))).toBe(Math.max(0, start - 20));
    await page.getByLabel("Scenario name").fill("Moved by twenty");
    const saved = page.waitForResponse((r) => r.url().endsWith("/scenarios"));
    await page.getByRole("button", { name: "Save as scenario" }).click();
    expect((await saved).status()).toBe(201);
    await page.getByText('Saved scenario "Moved by twenty".').waitFor();
    await page.getByLabel(/Moved by twenty/).check();
    await page.getByLabel(/The Moscow and Kabul processes run apart/).check();
    const compared = page.waitForResponse((r) => r.url().includes("/scenarios/compare"));
    await page.getByRole("button", { name: "Compare" }).click();
    expect((await compared).status()).toBe(200);
    await page.waitForSelector("[data-testid=scenario-comparison] tbody tr");
    const head = await page.$$eval("[data-testid=scenario-comparison] thead th", (ths) =>
      ths.map((th) => th.textContent),
    );
    expect(head.slice(2)).toEqual(["Moved by twenty", "The Moscow and Kabul processes run apart"]);
    await shot(page, "analyses-forecast-compare");
    await page.close();
  });
});

describeInBrowser("the harness", () => {
  test("reports an API answer of 400 or more that the test did not allow", async () => {
    const page = await wb.browser.newPage();
    await page.goto(`${wb.server.url}#/overview?case=afghanistan`);
    await page.waitForSelector("main .page");
    wb.browser.allow(/^404 GET \/api\/cases\/allowed-missing$/);
    await page.evaluate(async () => {
      await fetch("/api/cases/allowed-missing");
      await fetch("/api/cases/afghanistan/analyses/brokers?a=nobody&b=russia");
    });
    expect(wb.browser.unexpectedFailures()).toEqual([
      "404 GET /api/cases/afghanistan/analyses/brokers?a=nobody&b=russia",
    ]);
    // The failed fetches are logged by the browser as console errors; they were provoked here.
    wb.browser.errors.length = 0;
    await page.close();
  });
});
