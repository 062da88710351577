import { filterCase } from "@parley/analysis";
import { type Case, type Claim, caseSchema } from "@parley/core";
import { describe, expect, test } from "vitest";
import { afghanistanCase, essayText, startWorkbench } from "./workbench-server";
import { workbenchSuite } from "./workbench-suite";

// Untrusted text that would run script if it were ever parsed as HTML.
const payload =
  'Before <script>window.__parleyPwned = "script"</script> and <img src="x" onerror="window.__parleyPwned = \'img\'"> after.';

/** A tiny case whose source title, claim note and text carry script. */
function probeCase(): Case {
  const start = payload.indexOf("<script>");
  const end = payload.indexOf("after.");
  return caseSchema.parse({
    id: "probe",
    title: "Probe case",
    sources: [{ id: "hostile", title: 'Hostile <img src="x" onerror="window.__parleyPwned=1">' }],
    actors: [
      { id: "alpha", name: "Alpha <script>window.__parleyPwned=2</script>", kind: "state" },
      { id: "beta", name: "Beta", kind: "state" },
    ],
    events: [
      {
        id: "probe-meeting",
        title: "Probe meeting",
        type: "CONSULT",
        date: { text: "2019-05-01", start: "2019-05-01", end: "2019-05-01", precision: "day" },
        participants: [
          { actor: "alpha", role: "host" },
          { actor: "beta", role: "attendee" },
        ],
      },
    ],
    claims: [
      {
        id: "probe-claim",
        subject: "event:probe-meeting",
        note: 'A note with <b onmouseover="window.__parleyPwned=3">markup</b>',
        evidence: {
          source: "hostile",
          span: { start, end, exact: payload.slice(start, end) },
        },
      },
    ],
  });
}

let afghanistan: Case;
/** Whether the corpus gave the essay, so evidence can be marked in its text. */
let essayAttached = false;

const wb = workbenchSuite("the workbench in Chromium", async () => {
  afghanistan = afghanistanCase();
  const essay = essayText();
  const server = await startWorkbench([afghanistan, probeCase()], {
    ...(essay ? { afghanistan: { "ibrahimi-2018": essay } } : {}),
    probe: { hostile: payload },
  });
  essayAttached = essay !== null;
  return server;
});
const { open, shot } = wb;

describe.skipIf(!wb.present)("the workbench in Chromium", () => {
  test("opens every page of the Afghanistan case and writes a screenshot of each", async () => {
    const page = await wb.browser.newPage();
    const pages: Array<[string, string, string]> = [
      ["overview", "#/overview?case=afghanistan", "Russia and the Afghan peace processes"],
      ["network", "#/network?case=afghanistan", "Network"],
      ["timeline", "#/timeline?case=afghanistan", "Timeline"],
      ["attendance", "#/attendance?case=afghanistan", "Attendance"],
      ["actors", "#/actor?case=afghanistan", "Actors"],
      ["actor-russia", "#/actor/russia?case=afghanistan", "Russia"],
      ["contested", "#/contested?case=afghanistan", "Contested claims"],
      ["hypotheses", "#/ach?case=afghanistan", "Competing hypotheses"],
      ["arguments", "#/arguments?case=afghanistan", "Argument map"],
      ["alignment", "#/alignment?case=afghanistan", "Alignment"],
      ["forecast", "#/forecast?case=afghanistan", "Forecast"],
      ["sources", "#/sources?case=afghanistan", "Sources"],
      ["coding", "#/coding/ibrahimi-2018?case=afghanistan", "Coding"],
      ["edit-event", "#/edit/events/moscow-2017-04-14?case=afghanistan", "Edit event"],
      ["history", "#/history?case=afghanistan", "History"],
      ["presentation", "#/present?case=afghanistan", "Presentation"],
    ];
    for (const [name, hash, heading] of pages) {
      await open(page, hash);
      await expect
        .poll(() => page.locator("main h2").first().textContent(), { timeout: 15_000 })
        .toContain(heading);
      // Let the canvas and timeline settle before the picture.
      await page.waitForTimeout(name === "network" || name === "timeline" ? 1200 : 300);
      await shot(page, name);
    }
    await page.close();
  });

  test("the time slider filters the overview and the attendance matrix", async () => {
    const page = await wb.openPage("#/overview?case=afghanistan");
    const expected = filterCase(afghanistan, { window: { from: "2018-01", to: "2018-12" } });
    await page.locator("[data-testid=time-from]").fill(String(2018 * 12));
    await page.locator("[data-testid=time-to]").fill(String(2018 * 12 + 11));
    await page.waitForFunction(
      () => location.hash.includes("from=2018-01") && location.hash.includes("to=2018-12"),
    );
    await expect
      .poll(() => page.locator("[data-testid=counts] li").nth(2).textContent(), { timeout: 15_000 })
      .toBe(`${expected.events.length} events`);
    await page.locator("nav a", { hasText: "Attendance" }).click();
    // Every meeting, also one whose participants are not coded.
    const meetings = expected.events.filter((e) => e.type === "CONSULT");
    await expect
      .poll(() => page.locator("[data-testid=attendance-matrix] .col-head").count(), {
        timeout: 15_000,
      })
      .toBe(meetings.length);
    expect(page.url()).toContain("from=2018-01");
    await shot(page, "attendance-2018");
    await page.close();
  });

  test("opens a meeting from the timeline with its participants by role, and its evidence", async () => {
    const spanned = afghanistan.claims.find(
      (c): c is Claim & { evidence: { span: { exact: string } } } =>
        c.subject.startsWith("event:") &&
        c.evidence?.source === "ibrahimi-2018" &&
        c.evidence.span !== undefined,
    );
    expect(spanned).toBeDefined();
    if (!spanned) return;
    const eventId = spanned.subject.slice("event:".length);
    const event = afghanistan.events.find((e) => e.id === eventId);
    expect(event).toBeDefined();
    const page = await wb.openPage("#/timeline?case=afghanistan");
    await page.locator("summary", { hasText: "Events as a list" }).click();
    await page
      .locator(".event-list button", { hasText: event?.title ?? "" })
      .first()
      .click();
    const card = page.locator("[data-testid=meeting-card]");
    await expect.poll(() => card.locator("h2").textContent()).toBe(event?.title);
    const roles = [...new Set(event?.participants.map((p) => p.role.replace(/_/g, " ")))];
    for (const role of roles) {
      expect(
        await card.locator(".roles strong", { hasText: new RegExp(`^${role}$`) }).count(),
      ).toBe(1);
    }
    await card.getByRole("button", { name: "All evidence for this event" }).click();
    const panel = page.locator("[data-testid=evidence-panel]");
    await expect
      .poll(() => panel.locator(".claim-note", { hasText: spanned.note }).count())
      .toBe(1);
    if (essayAttached) {
      await expect
        .poll(() => panel.locator("mark", { hasText: spanned.evidence.span.exact }).count(), {
          timeout: 10_000,
        })
        .toBeGreaterThan(0);
    } else {
      await expect
        .poll(() => panel.locator("blockquote", { hasText: spanned.evidence.span.exact }).count())
        .toBeGreaterThan(0);
    }
    await shot(page, "meeting-and-evidence");
    await page.close();
  });

  test("evidence from a source without its text shows the quote, how to attach it, and logs nothing", async () => {
    // A server over the case as it ships: no source has its text.
    const bare = await startWorkbench([afghanistan]);
    const quoted = afghanistan.claims.find(
      (c): c is Claim & { evidence: { source: string; span: { exact: string } } } =>
        c.subject.startsWith("event:") &&
        c.evidence?.source === "ibrahimi-2018" &&
        c.evidence.span !== undefined,
    );
    expect(quoted).toBeDefined();
    if (!quoted) return;
    const event = afghanistan.events.find((e) => `event:${e.id}` === quoted.subject);
    const before = wb.browser.errors.length;
    const page = await wb.browser.newPage();
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    try {
      await page.goto(`${bare.url}#/timeline?case=afghanistan`);
      await page.waitForSelector("main .page", { timeout: 20_000 });
      await page.locator("summary", { hasText: "Events as a list" }).click();
      await page
        .locator(".event-list button", { hasText: event?.title ?? "" })
        .first()
        .click();
      await page
        .locator("[data-testid=meeting-card]")
        .getByRole("button", { name: "All evidence for this event" })
        .click();
      const card = page
        .locator("[data-testid=evidence-panel] article.claim", { hasText: quoted.note })
        .first();
      await expect
        .poll(() => card.locator("blockquote.quote").first().textContent(), { timeout: 10_000 })
        .toBe(quoted.evidence.span.exact);
      await expect
        .poll(() => card.locator("[data-testid=text-not-attached]").textContent())
        .toBe(
          "The source's text is not attached, so only the quoted words are shown. Attach it on the Sources page, or with parley source attach ibrahimi-2018 <file>, to see the sentence in its passage.",
        );
      expect(await card.locator("mark").count()).toBe(0);
      await shot(page, "evidence-without-text");
    } finally {
      await page.close();
      await bare.stop();
    }
    expect(failed).toEqual([]);
    expect(wb.browser.errors.slice(before)).toEqual([]);
  });

  test("an edited event persists across a reload", async () => {
    const page = await wb.openPage("#/edit/events/moscow-2017-04-14?case=afghanistan");
    const outcome = page.getByLabel("Outcome");
    await expect.poll(() => page.locator("form.editor").count(), { timeout: 15_000 }).toBe(1);
    await outcome.fill("no joint statement (edited in the browser test)");
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.locator("[data-testid=edit-message]").textContent())
      .toMatch(/^Saved \(revision \d+\)\.$/);
    await page.reload();
    await expect
      .poll(() => page.getByLabel("Outcome").inputValue(), { timeout: 15_000 })
      .toBe("no joint statement (edited in the browser test)");
    const stored = await wb.server.store.getEntity("afghanistan", "event", "moscow-2017-04-14");
    expect(stored.value.outcome).toBe("no joint statement (edited in the browser test)");
    await page.close();
  });

  test("the participants table adds a participant with a delegation, on the edit page and when coding", async () => {
    const page = await wb.openPage("#/edit/events/moscow-2017-04-14?case=afghanistan");
    await expect.poll(() => page.locator("form.editor").count(), { timeout: 15_000 }).toBe(1);
    const before = await wb.server.store.getEntity("afghanistan", "event", "moscow-2017-04-14");
    const n = (before.value.participants as unknown[]).length;
    await page.getByRole("button", { name: "Add a participant" }).click();
    await page.getByLabel(`Actor ${n + 1}`).selectOption("pakistan");
    await page.getByLabel(`Role ${n + 1}`).selectOption("observer");
    await page.getByLabel(`Level ${n + 1}`).selectOption("minister");
    await page.getByLabel(`Capacity ${n + 1}`).fill("foreign minister");
    // Without a claim that holds it the new participant is refused, and nothing is sent.
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.locator("[data-testid=edit-message]").textContent())
      .toBe(
        'A new participant needs a claim that holds it: write what is said, and where, under "Record a claim with this change" (moscow-2017-04-14/pakistan/observer).',
      );
    expect(
      (await wb.server.store.getEntity("afghanistan", "event", "moscow-2017-04-14")).revision,
    ).toBe(before.revision);
    await page
      .getByLabel("What the source says, in your words")
      .fill("Pakistan's foreign minister watched the talks.");
    await page.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => page.locator("[data-testid=edit-message]").textContent())
      .toMatch(/^Saved \(revision \d+\)\. 2 claims were recorded\.$/);
    const after = await wb.server.store.getEntity("afghanistan", "event", "moscow-2017-04-14");
    expect((after.value.participants as unknown[]).at(-1)).toEqual({
      actor: "pakistan",
      role: "observer",
      delegation: { members: [], level: "minister", capacity: "foreign minister" },
    });
    const held = await wb.server.store.claims("afghanistan", {
      subject: "participation:moscow-2017-04-14/pakistan/observer",
    });
    expect(held.map((c) => [c.note, c.asserter, c.hedge])).toEqual([
      ["Pakistan's foreign minister watched the talks.", "analyst:workbench", "analyst"],
    ]);
    // The same table, without the delegation columns, codes a span by hand.
    await open(page, "#/coding/hostile?case=probe");
    await page.getByLabel("Find in the text").fill("after");
    await page.getByRole("button", { name: "Find and select" }).click();
    await page.getByRole("button", { name: "Code the selection" }).click();
    const form = page.getByRole("form", { name: "Claim from the selected span" });
    await form.getByLabel("Title").fill("Probe talks");
    const table = form.locator("fieldset.participants-editor");
    expect(await table.locator("th").allTextContents()).toEqual(["Actor", "Role", "Remove"]);
    await table.getByRole("button", { name: "Add a participant" }).click();
    await table.getByLabel("Actor 1").selectOption("beta");
    await table.getByLabel("Role 1").selectOption("mediator");
    await form.getByRole("button", { name: "Save the claim" }).click();
    await expect
      .poll(() => page.locator("p.banner").first().textContent())
      .toBe("Saved the claim about event:probe-talks-undated.");
    const coded = await wb.server.store.getEntity("probe", "event", "probe-talks-undated");
    expect(coded.value.participants).toEqual([{ actor: "beta", role: "mediator" }]);
    const spanClaims = await wb.server.store.claims("probe", { about: "probe-talks-undated" });
    expect(spanClaims.map((c) => [c.subject, c.evidence?.span?.exact])).toEqual([
      ["event:probe-talks-undated", "after"],
      ["participation:probe-talks-undated/beta/mediator", "after"],
    ]);
    await page.close();
  });

  test("two tabs editing the same event: the second save gets 409 and changes nothing", async () => {
    const before = wb.browser.errors.length;
    wb.browser.allow(/^409 PUT \/api\/cases\/afghanistan\/events\/moscow-2016-12$/);
    const a = await wb.browser.newPage();
    const b = await wb.browser.newPage();
    for (const p of [a, b]) {
      await open(p, "#/edit/events/moscow-2016-12?case=afghanistan");
      await expect.poll(() => p.locator("form.editor").count(), { timeout: 15_000 }).toBe(1);
    }
    await a.getByLabel("Place").fill("Moscow (tab A)");
    await a.getByRole("button", { name: "Save" }).click();
    await expect
      .poll(() => a.locator("[data-testid=edit-message]").textContent())
      .toMatch(/^Saved/);
    const conflict = b.waitForResponse((r) => r.request().method() === "PUT");
    await b.getByLabel("Place").fill("Moscow (tab B)");
    await b.getByRole("button", { name: "Save" }).click();
    expect((await conflict).status()).toBe(409);
    await expect
      .poll(() => b.locator("[data-testid=edit-message]").textContent())
      .toContain("Someone else changed this record");
    const stored = await wb.server.store.getEntity("afghanistan", "event", "moscow-2016-12");
    expect(stored.value.place).toBe("Moscow (tab A)");
    await shot(b, "edit-conflict");
    // The refused write is the one error the browser logs here: the 409 itself.
    const logged = wb.browser.errors.splice(before);
    expect(logged).toEqual([
      "console: Failed to load resource: the server responded with a status of 409 (Conflict)",
    ]);
    await a.close();
    await b.close();
  });

  test("a source with <script> and <img onerror> renders as text and runs nothing", async () => {
    const page = await wb.browser.newPage();
    let dialogs = 0;
    page.on("dialog", (d) => {
      dialogs++;
      void d.dismiss();
    });
    await open(page, "#/overview?case=probe");
    await page.locator("button", { hasText: "Probe meeting" }).first().click();
    await page.getByRole("button", { name: "All evidence for this event" }).click();
    const panel = page.locator("[data-testid=evidence-panel]");
    await expect
      .poll(() => panel.locator(".claim-note").textContent())
      .toBe('A note with <b onmouseover="window.__parleyPwned=3">markup</b>');
    const exact = payload.slice(payload.indexOf("<script>"), payload.indexOf("after."));
    await expect.poll(() => panel.locator("blockquote").first().textContent()).toContain(exact);
    await open(page, "#/sources?case=probe");
    await expect
      .poll(() => page.locator("main table td").first().textContent())
      .toContain('Hostile <img src="x" onerror="window.__parleyPwned=1">');
    await open(page, "#/coding/hostile?case=probe");
    await expect.poll(() => page.locator("[data-testid=source-text]").textContent()).toBe(payload);
    await page.locator("main").hover();
    await page.waitForTimeout(300);
    await shot(page, "untrusted-text");
    expect(await page.evaluate(() => (window as { __parleyPwned?: unknown }).__parleyPwned)).toBe(
      undefined,
    );
    expect(
      await page.locator("main script, main img, aside script, aside img, main b").count(),
    ).toBe(0);
    expect(dialogs).toBe(0);
    const csp = (await page.request.get(`${wb.server.url}`)).headers()["content-security-policy"];
    expect(csp).toContain("script-src 'self'");
    await page.close();
  });

  test("extraction from pasted text: review with the sentence, correct a role, accept the rest", async () => {
    const page = await wb.openPage("#/sources?case=afghanistan");
    await page
      .locator("#source-text-input")
      .fill(
        "In 2019, Russia hosted a meeting in Moscow. China attended the meeting, but Pakistan was not invited.\nThe Taliban reportedly welcomed the talks.",
      );
    await page.getByLabel("Title of the new source").fill("Wire report on a 2019 meeting");
    await page.getByRole("button", { name: "Run extraction" }).click();
    await expect
      .poll(() => page.locator("p.banner").first().textContent(), { timeout: 15_000 })
      .toBe("Extraction proposed 2 records; review them below.");
    await expect.poll(() => page.locator("li.proposal").count()).toBe(2);
    const meeting = page.locator("li.proposal", { hasText: "CONSULT" });
    expect(await meeting.locator("mark").textContent()).toBe(
      "In 2019, Russia hosted a meeting in Moscow.",
    );
    expect(await meeting.locator("div").first().textContent()).toContain(
      "Russia (host), China (attendee), Pakistan (not invited)",
    );
    await shot(page, "review-queue");
    await meeting.getByRole("button", { name: "Edit" }).click();
    await meeting.getByLabel("Role 3").selectOption("declined");
    await shot(page, "review-edit");
    await meeting.getByRole("button", { name: "Accept as corrected" }).click();
    await expect.poll(() => page.locator("li.proposal").count()).toBe(1);
    await page.getByLabel("Confidence at least").fill("0.5");
    await page.getByRole("button", { name: "Accept all at or above" }).click();
    await expect
      .poll(() => page.locator("section[aria-labelledby=queue-h] p.banner").textContent())
      .toBe("Accepted 1 of 1 proposals.");
    await expect
      .poll(() => page.locator("section[aria-labelledby=queue-h]").textContent())
      .toContain("Nothing waits for review.");
    const stored = await wb.server.store.getEntity(
      "afghanistan",
      "event",
      "consult-russia-china-pakistan-2019",
    );
    expect(stored.value.participants).toEqual([
      { actor: "russia", role: "host" },
      { actor: "china", role: "attendee" },
      { actor: "pakistan", role: "declined" },
    ]);
    const welcomed = await wb.server.store.getEntity("afghanistan", "event", "support-taliban");
    expect(welcomed.value.type).toBe("SUPPORT");
    // the pasted text became a source of the case, and the claims point into it
    const source = await wb.server.store.getEntity(
      "afghanistan",
      "source",
      "wire-report-on-a-2019-meeting",
    );
    expect(source.value.title).toBe("Wire report on a 2019 meeting");
    expect(await page.locator("table").first().textContent()).toContain(
      "Wire report on a 2019 meeting",
    );
    const decided = await wb.server.store.listProposals({ caseId: "afghanistan" });
    expect(decided.map((p) => p.status).sort()).toEqual(["accepted", "edited"]);
    await page.close();
  });

  test("no page logged a console error", () => {
    expect(wb.browser.errors).toEqual([]);
  });
});
