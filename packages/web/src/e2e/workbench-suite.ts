import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { type BrowserSession, chromiumPresent, openBrowser } from "./browser-session";
import { buildWebApp, type WorkbenchServer } from "./workbench-server";

/** Where browser tests write their screenshots. */
export const screenshots = fileURLToPath(
  new URL("../../../../test-output/screenshots/", import.meta.url),
);

/** A browser test file's running workbench; `server` and `browser` are set once set-up has run. */
export interface WorkbenchSuite {
  /** Whether Chromium is present; the file's groups skip when it is not. */
  present: boolean;
  server: WorkbenchServer;
  browser: BrowserSession;
  /** Opens a page of the workbench by its address hash and waits for the page to render. */
  open(page: Page, hash: string): Promise<void>;
  /** A new browser page, at `viewport` when given, opened at `hash` as `open` does. */
  openPage(hash: string, viewport?: { width: number; height: number }): Promise<Page>;
  /** Writes a screenshot of the page as `<name>.png`, of the whole page when `fullPage`. */
  shot(page: Page, name: string, fullPage?: boolean): Promise<void>;
}

/**
 * The set-up every browser test file shares, as its hooks: when Chromium is present, builds the
 * web app, starts the server `start` gives and a browser before all tests; fails each test after
 * which an API answer of 400 or more is left that it did not provoke on purpose; and stops the
 * browser and the server after all tests.
 */
export function workbenchSuite(
  group: string,
  start: () => Promise<WorkbenchServer>,
  setUpTimeout?: number,
): WorkbenchSuite {
  const suite = {
    present: chromiumPresent(group),
    async open(page: Page, hash: string) {
      await page.goto(`${suite.server.url}${hash}`);
      await page.waitForSelector("main .page", { timeout: 20_000 });
    },
    async openPage(hash: string, viewport?: { width: number; height: number }) {
      const page = await suite.browser.newPage();
      if (viewport) await page.setViewportSize(viewport);
      await suite.open(page, hash);
      return page;
    },
    async shot(page: Page, name: string, fullPage = false) {
      const path = join(screenshots, `${name}.png`);
      await page.screenshot(fullPage ? { path, fullPage } : { path });
    },
  } as WorkbenchSuite;

  beforeAll(async () => {
    if (!suite.present) return;
    mkdirSync(screenshots, { recursive: true });
    await buildWebApp();
    suite.server = await start();
    suite.browser = await openBrowser();
  }, setUpTimeout);

  afterEach(() => {
    if (!suite.present) return;
    // An API answer of 400 or more that a test did not provoke on purpose fails that test.
    expect(suite.browser.unexpectedFailures()).toEqual([]);
  });

  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.stop();
  });

  return suite;
}
