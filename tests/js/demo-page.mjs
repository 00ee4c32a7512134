// Drives the demo page in Debian's chromium as a customer would: books the first free slot of today on user-scheduled,
// waits for the agent-available push, confirms it, and waits for the session to complete.
//   node tests/js/demo-page.mjs <baseUrl> <screenshotPath>
// Prints one JSON object per line (what the page showed at each step) for Demo_page_Specs to assert on; the last line
// is {"ok": true, ...} or {"error": ...}. Exits 0 only when the whole scenario ran. The screenshot (and one taken while
// the dialog is open, "-dialog" before the extension) is written either way.
import { mkdtempSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";

const [baseUrl, screenshotPath] = process.argv.slice(2);
if (!baseUrl || !screenshotPath) {
  console.error("usage: node demo-page.mjs <baseUrl> <screenshotPath>");
  process.exit(64);
}

const service = process.env.DEMO_SERVICE ?? "user-scheduled";
const customerNumber = process.env.DEMO_CUSTOMER_NUMBER ?? "+14155550123";
const seconds = (name, fallback) => Number(process.env[name] ?? fallback) * 1000;
const pushTimeout = seconds("DEMO_PUSH_TIMEOUT", 45);
const completeTimeout = seconds("DEMO_COMPLETE_TIMEOUT", 60);
// Whatever hangs (the browser itself included), the run ends and says so.
const overall = setTimeout(() => fail(new Error("the whole run took longer than its overall timeout")), seconds("DEMO_OVERALL_TIMEOUT", 150));

const print = (line) => console.log(JSON.stringify(line));
const dialogShot = screenshotPath.replace(/(\.png)?$/, "-dialog.png");
const userDataDir = mkdtempSync(join(tmpdir(), "demo-page-chromium-"));
let context, page;

async function fail(error) {
  print({ error: error.message.split("\n")[0], page: page ? await seen().catch(() => null) : null });
  await finish(1);
}

async function finish(code) {
  clearTimeout(overall);
  if (page) {
    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true, timeout: 10_000 }).then(() => print({ screenshot: screenshotPath }), () => {});
  }
  await context?.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
  process.exit(code);
}

/** What the session panel shows now. */
function seen() {
  return page.evaluate(() => {
    const text = (id) => document.getElementById(id)?.textContent.trim() ?? "";
    return {
      id: text("session-id"),
      state: text("state"),
      reason: text("reason"),
      push: text("push-status"),
      statesSeen: [...document.querySelectorAll("#states-seen li")].map((li) => li.textContent),
      history: [...document.querySelectorAll("#history tbody tr")].map((tr) => [...tr.cells].slice(1, 4).map((td) => td.textContent).join(" ")),
      bookingError: text("booking-error"),
    };
  });
}

async function step(what, timeout, wait) {
  try {
    await wait(timeout);
  } catch (error) {
    throw new Error(`${what}: not within ${timeout / 1000} s (${error.message.split("\n")[0]})`);
  }
}

try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
    timeout: 30_000,
    viewport: { width: 1000, height: 900 },
    // Not the machine's zone (often UTC), so that the page's use of the browser's clock is exercised.
    timezoneId: process.env.DEMO_TIMEZONE ?? "America/New_York",
    locale: "en-US",
  });
  page = context.pages()[0] ?? await context.newPage();
  page.on("pageerror", (error) => print({ pageError: error.message }));
  page.on("console", (message) => message.type() === "error" && print({ console: message.text() }));

  await page.goto(new URL("/demo/", baseUrl).href, { timeout: 15_000 });
  await step("the page to load its services and slots", 15_000, (timeout) => page.waitForSelector("body[data-ready=true]", { timeout }));

  await page.selectOption("#service", service);
  await step(`the slots of ${service}`, 15_000, (timeout) => page.waitForSelector("input[name=slot]:checked", { timeout }));
  const slot = await page.$eval("input[name=slot]:checked", (radio) => ({
    utcTime: radio.value, underWay: radio.dataset.underWay === "true", label: radio.parentElement.textContent,
  }));
  print({ slot });

  await page.fill("#number", customerNumber);
  await page.click("#book");
  await step("the booking's session id", 15_000, (timeout) => page.waitForFunction(() =>
    document.getElementById("session-id").textContent !== "" || document.getElementById("booking-error").textContent !== "", null, { timeout }));
  const booked = await seen();
  if (booked.bookingError) throw new Error(`the booking was refused: ${booked.bookingError}`);
  print({ booked: booked.id, state: booked.state, push: booked.push });
  if (!booked.push.startsWith("subscribed")) throw new Error(`the page has no CometD push channel: ${booked.push}`);

  await step("the ConfirmationDialog push", pushTimeout, (timeout) => page.waitForSelector("#confirmation[open]", { timeout }));
  const dialog = { text: await page.textContent("#dialog-text"), ok: await page.textContent("#dialog-ok"), ...(await seen()) };
  print({ dialog });
  await page.screenshot({ path: dialogShot, timeout: 10_000 });
  print({ screenshot: dialogShot });

  await page.click("#dialog-ok");
  await step("the answer to connect", 15_000, (timeout) => page.waitForFunction(() => document.getElementById("connect-answer").textContent !== "", null, { timeout }));
  print({ connected: await page.textContent("#connect-answer") });
  await page.click("#dialog-ok");

  await step("the session to complete", completeTimeout, (timeout) => page.waitForSelector("#state[data-state=COMPLETED]", { timeout }));
  print({ completed: await seen() });
  print({ ok: true });
  await finish(0);
} catch (error) {
  await fail(error);
}
