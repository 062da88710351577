import { accessSync, constants, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** How to get a browser for the browser tests, printed when none is found. */
const installHint =
  "install Chromium (apt-get install chromium) or set PARLEY_CHROMIUM to a Chromium or Chrome executable";

/** Whether `path` is a file this process may execute. */
function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** Chromium builds Playwright has installed in its cache (`~/.cache/ms-playwright/chromium-*`). */
function playwrightCacheChromium(env: NodeJS.ProcessEnv): string[] {
  const cache =
    env.PLAYWRIGHT_BROWSERS_PATH || join(env.HOME || homedir(), ".cache", "ms-playwright");
  let builds: string[];
  try {
    builds = readdirSync(cache).filter((d) => /^chromium(_headless_shell)?-\d+$/.test(d));
  } catch {
    return [];
  }
  // Newest build first.
  builds.sort((a, b) => Number(b.replace(/\D+/g, "")) - Number(a.replace(/\D+/g, "")));
  return builds.flatMap((b) => [
    join(cache, b, "chrome-linux", "chrome"),
    join(cache, b, "chrome-linux64", "chrome"),
    join(cache, b, "chrome-headless-shell-linux64", "chrome-headless-shell"),
    join(cache, b, "chrome-mac", "Chromium.app", "Contents", "MacOS", "Chromium"),
    join(cache, b, "chrome-win", "chrome.exe"),
  ]);
}

/**
 * The Chromium the browser tests drive, never a downloaded one: `$PARLEY_CHROMIUM`, else the first
 * of chromium, chromium-browser, google-chrome on PATH, else a build in Playwright's cache. Without
 * one, `reason` says how to install it.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
): { path: string } | { path: undefined; reason: string } {
  const named = env.PARLEY_CHROMIUM;
  if (named !== undefined && named !== "") {
    return executable(named)
      ? { path: named }
      : {
          path: undefined,
          reason: `PARLEY_CHROMIUM=${named} is not an executable file; ${installHint}`,
        };
  }
  const dirs = (env.PATH ?? "").split(delimiter).filter((d) => d !== "");
  for (const name of ["chromium", "chromium-browser", "google-chrome"]) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (executable(candidate)) return { path: candidate };
    }
  }
  const cached = playwrightCacheChromium(env).find(executable);
  if (cached !== undefined) return { path: cached };
  return {
    path: undefined,
    reason: `no Chromium on PATH (chromium, chromium-browser, google-chrome), in PARLEY_CHROMIUM or in Playwright's cache; ${installHint}`,
  };
}

/**
 * Whether this run has a Chromium for the browser tests of `group`; when it has none, prints one
 * line saying the group is skipped and how to install one. A test file gates its groups and its
 * set-up on the answer.
 */
export function chromiumPresent(group: string): boolean {
  const found = findChromium();
  if (found.path === undefined) console.log(`skipped "${group}": ${found.reason}`);
  return found.path !== undefined;
}

/** A headless Chromium with a fresh profile, and the console errors of its pages. */
export interface BrowserSession {
  context: BrowserContext;
  /** Console errors and uncaught page errors, as `<kind>: <text>`, in order. */
  errors: string[];
  /**
   * Allows API answers of status 400 or more whose `<status> <METHOD> <path>` matches a pattern,
   * for the running test: the ones a test provokes on purpose.
   */
  allow(...patterns: RegExp[]): void;
  /**
   * The API answers of status 400 or more since the last call that no allowed pattern matches,
   * as `<status> <METHOD> <path>`; clears them and the allow-list for the next test. A test
   * harness asserts this is empty after each test, so a page failing quietly fails the test.
   */
  unexpectedFailures(): string[];
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** Launches the Chromium `findChromium` finds (1280x720) with a fresh temporary profile and records console errors. */
export async function openBrowser(): Promise<BrowserSession> {
  const found = findChromium();
  if (found.path === undefined) throw new Error(`Launching Chromium: ${found.reason}`);
  const profile = mkdtempSync(join(tmpdir(), "parley-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: found.path,
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-quic",
    ],
  });
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(`console: ${m.text()}`);
    });
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  };
  context.on("page", watch);
  let failures: string[] = [];
  let allowed: RegExp[] = [];
  context.on("response", (r) => {
    const url = new URL(r.url());
    if (r.status() >= 400 && url.pathname.startsWith("/api/"))
      failures.push(`${r.status()} ${r.request().method()} ${url.pathname}${url.search}`);
  });
  for (const p of context.pages()) watch(p);
  return {
    context,
    errors,
    allow(...patterns) {
      allowed.push(...patterns);
    },
    unexpectedFailures() {
      const out = failures.filter((f) => !allowed.some((p) => p.test(f)));
      failures = [];
      allowed = [];
      return out;
    },
    newPage: () => context.newPage(),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
