import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium, type Page } from "playwright-core";

/** Debian's Chromium, driven headless; never a downloaded browser. */
export const chromiumPath = "/usr/bin/chromium";

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

/** Launches Chromium (1280x720) with a fresh temporary profile and records console errors. */
export async function openBrowser(): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), "parley-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
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
