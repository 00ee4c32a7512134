// The demo page: a customer's app on the GMS Callback API (docs/api.md) and its CometD push channel.
import { CometD } from "../lib/cometd/cometd.js";

const api = "/genesys";
const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
// A slot already under way is booked a little ahead of now: a desired time that is past when it arrives is refused,
// and the margin lets the customer see the booking SCHEDULED before the contact center takes it.
const soonMs = 10_000;
const pollMs = 1_000;
const pushTimeoutMs = 10_000;

const $ = (id) => document.getElementById(id);
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZone: zone });
const timeWithSeconds = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit", timeZone: zone });

let services = [];
let session = null; // { id, service, cometd, poller, statesSeen }

// --- services and slots -----------------------------------------------------------------------------------------

async function loadServices() {
  services = await json(await fetch("/demo/services.json"));
  $("service").replaceChildren(...services.map((s) => new Option(s.name, s.name)));
  describeService();
}

function selectedService() {
  return services.find((s) => s.name === $("service").value);
}

function describeService() {
  const s = selectedService();
  if (!s) return;
  const how = !s._wait_for_agent ? "dials you as soon as it starts"
    : s._wait_for_user_confirm ? "waits for a free agent, then asks you to confirm before dialing"
    : "waits for a free agent, then dials you";
  $("service-hint").textContent = `${how}; ${s._request_time_bucket}-minute slots` +
    (s._business_hours_service ? ` in the office hours of ${s._business_hours_service}.` : ", open all the time.");
}

let slotsLoad = 0;

async function loadSlots() {
  const service = $("service").value, day = $("day").value;
  const list = $("slot-list");
  const load = ++slotsLoad;
  list.replaceChildren();
  if (!service || !day) return;
  $("slots-hint").textContent = "Loading…";

  const query = new URLSearchParams({ timezone: zone, start: `${day}T00:00:00`, end: `${nextDay(day)}T00:00:00`, "report-busy": "true" });
  const response = await fetch(`${api}/2/service/callback/${encodeURIComponent(service)}/availability?${query}`);
  // The customer may have picked another service or day meanwhile: only the latest answer is shown.
  if (load !== slotsLoad) return;
  if (!response.ok) {
    $("slots-hint").textContent = (await gmsMessage(response)) ?? `Availability failed: ${response.status}`;
    return;
  }
  const { durationMin, slots } = await response.json();
  if (load !== slotsLoad) return;
  const now = Date.now();
  let firstOpen = null;
  // Slots already over are left out: with 5-minute buckets a day has hundreds.
  for (const slot of slots.filter((s) => Date.parse(s.utcTime) + durationMin * 60_000 > now)) {
    const start = Date.parse(slot.utcTime);
    const open = slot.capacity > 0;
    const underWay = start <= now;
    const label = document.createElement("label");
    label.className = "slot";
    const radio = Object.assign(document.createElement("input"), { type: "radio", name: "slot", value: slot.utcTime, disabled: !open });
    radio.dataset.underWay = underWay;
    if (open && !firstOpen) firstOpen = radio;
    const text = `${timeOfDay.format(start)}${underWay ? " (now)" : ""}`;
    label.append(radio, text, Object.assign(document.createElement("small"), { textContent: `${slot.capacity}/${slot.total} free` }));
    list.append(label);
  }
  if (firstOpen) firstOpen.checked = true;
  $("slots-hint").textContent = slots.length === 0 ? "No slots that day: the office is closed."
    : !firstOpen ? "No free slot left that day." : `Slots of ${durationMin} minutes, on your clock.`;
}

function nextDay(day) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// --- booking --------------------------------------------------------------------------------------------------

/** Books the slot of <radio> (an input of the slot list), or a callback now when it is null. */
async function book(radio) {
  $("booking-error").textContent = "";
  const service = $("service").value;
  const notificationId = randomId();
  const channel = `/_genesys/callback/${notificationId}`;
  setBusy(true);
  stopSession();
  session = { id: null, service, cometd: null, poller: null, statesSeen: [] };
  $("session").hidden = false;
  for (const id of ["session-id", "state", "reason", "connect-answer"]) $(id).textContent = "";
  $("states-seen").replaceChildren();
  $("history").tBodies[0].replaceChildren();

  // Subscribed before booking: the agent-available push may come within seconds of the answer.
  try {
    session.cometd = await subscribe(channel, showPush);
    $("push-status").textContent = `subscribed to ${channel}`;
  } catch (error) {
    $("push-status").textContent = `unavailable (${error.message}): no confirmation dialog can arrive`;
  }

  const form = new URLSearchParams({ _customer_number: $("number").value, _device_os: "comet", _device_notification_id: notificationId });
  // Read only now: subscribing may have taken a while, and "soon" counts from the request.
  if (radio) form.set("_desired_time", desiredTime(radio));
  const response = await fetch(`${api}/1/service/callback/${encodeURIComponent(service)}`, { method: "POST", body: form });
  setBusy(false);
  if (!response.ok) {
    $("booking-error").textContent = (await gmsMessage(response)) ?? `Booking failed: ${response.status}`;
    $("session").hidden = true;
    stopSession();
    return;
  }
  const answer = await response.json();
  session.id = answer._id;
  $("session-id").textContent = answer._id;
  // An immediate service that waits neither for an agent nor for the customer answers the dialog itself.
  if (answer._action === "ConfirmationDialog") showDialog(answer._text, answer._ok_title, false);
  poll();
  loadSlots();
}

function desiredTime(radio) {
  return radio.dataset.underWay === "true" ? new Date(Date.now() + soonMs).toISOString() : radio.value;
}

function randomId() {
  // crypto.randomUUID needs a secure context; the page may be opened over plain http on another host.
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

function setBusy(busy) {
  $("book").disabled = $("call-now").disabled = busy;
}

// --- push -----------------------------------------------------------------------------------------------------

function subscribe(channel, onMessage) {
  const cometd = new CometD();
  cometd.configure({ url: new URL(`${api}/cometd`, location.href).href });
  return new Promise((resolve, reject) => {
    const fail = (message) => {
      clearTimeout(timer);
      cometd.disconnect();
      reject(new Error(message));
    };
    const timer = setTimeout(() => fail("no answer from the CometD server"), pushTimeoutMs);
    cometd.handshake((reply) => {
      // A failed WebSocket is not the end: the client retries over long polling, whose answer is the one that counts.
      if (!reply.successful && reply.failure?.connectionType === "websocket") return;
      if (!reply.successful) return fail(`handshake failed: ${reply.error ?? httpFailure(reply.failure)}`);
      cometd.subscribe(channel, (message) => onMessage(message.data), (subscribed) => {
        if (!subscribed.successful) return fail(`subscription refused: ${subscribed.error ?? "no reason given"}`);
        clearTimeout(timer);
        resolve(cometd);
      });
    });
  });
}

function httpFailure(failure) {
  return failure?.httpCode ? `${api}/cometd answered HTTP ${failure.httpCode}` : failure?.reason ?? "no reason given";
}

function showPush(dialog) {
  // The push may overtake the booking's answer; once the id is known, another session's dialog is not ours.
  if (!session || (session.id !== null && dialog._id !== session.id)) return;
  $("push-status").textContent = `received ${dialog._action ?? "a message"}${dialog._dialog_id ? ` ${dialog._dialog_id}` : ""}`;
  if (dialog._action === "ConfirmationDialog") showDialog(dialog._text, dialog._ok_title, true);
}

function showDialog(text, okTitle, confirms) {
  const dialog = $("confirmation");
  $("dialog-text").textContent = text;
  $("dialog-ok").textContent = okTitle || "Ok";
  dialog.dataset.confirms = confirms;
  if (!dialog.open) dialog.showModal();
}

async function confirmed() {
  const dialog = $("confirmation");
  if (dialog.returnValue !== "ok" || dialog.dataset.confirms !== "true" || !session?.id) return;
  dialog.dataset.confirms = false;
  const response = await fetch(`${api}/1/service/${encodeURIComponent(session.id)}/connect`, { method: "POST" });
  if (!response.ok) {
    $("connect-answer").textContent = (await gmsMessage(response)) ?? `Connect failed: ${response.status}`;
    return;
  }
  const answer = await response.json();
  $("connect-answer").textContent = answer._text;
  showDialog(answer._text, answer._ok_title, false);
}

// --- the session, live ----------------------------------------------------------------------------------------

async function poll() {
  const current = session;
  if (!current?.id) return;
  try {
    const base = `${api}/1/service/callback/${encodeURIComponent(current.service)}`;
    const [records, history] = await Promise.all([
      fetch(`${base}?_id=${encodeURIComponent(current.id)}`).then(json),
      fetch(`${base}/${encodeURIComponent(current.id)}/history`).then(json),
    ]);
    if (current !== session) return;
    showRecord(records[0]);
    showHistory(history);
    if (records[0]?._callback_state === "COMPLETED") {
      stopSession();
      return;
    }
  } catch (error) {
    $("reason").textContent = `(could not read the session: ${error.message})`;
  }
  if (current === session) current.poller = setTimeout(poll, pollMs);
}

function showRecord(record) {
  if (!record) return;
  const state = record._callback_state;
  $("state").textContent = state;
  $("state").dataset.state = state;
  $("reason").textContent = record._callback_reason ? `(${record._callback_reason})` : "";
  if (session.statesSeen.at(-1) !== state) {
    session.statesSeen.push(state);
    $("states-seen").append(Object.assign(document.createElement("li"), { textContent: state }));
  }
}

function showHistory(history) {
  $("history").tBodies[0].replaceChildren(...history.map((line) => {
    const row = document.createElement("tr");
    for (const value of [timeWithSeconds.format(Date.parse(line.time)), line.event, line.from, line.to, line.detail ?? ""])
      row.append(Object.assign(document.createElement("td"), { textContent: value }));
    return row;
  }));
}

function stopSession() {
  if (!session) return;
  clearTimeout(session.poller);
  session.cometd?.disconnect();
  session.cometd = null;
}

// --- plumbing -------------------------------------------------------------------------------------------------

async function json(response) {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}`);
  return response.json();
}

/** The message of a GMS error body, or null when the body is not one. */
async function gmsMessage(response) {
  try {
    return (await response.json()).message ?? null;
  } catch {
    return null;
  }
}

/** A booking the network broke off (the server stopped, say): said on the page, and the buttons work again. */
function failed(error) {
  $("booking-error").textContent = `The booking did not go through: ${error.message}`;
  setBusy(false);
}

$("zone").textContent = `(${zone})`;
$("day").value = today();
$("service").addEventListener("change", () => { describeService(); loadSlots(); });
$("day").addEventListener("change", loadSlots);
$("booking").addEventListener("submit", (event) => {
  event.preventDefault();
  const radio = document.querySelector("input[name=slot]:checked");
  if (radio) book(radio).catch(failed);
  else $("booking-error").textContent = "Pick a free slot first.";
});
$("call-now").addEventListener("click", () => book(null).catch(failed));
$("confirmation").addEventListener("close", confirmed);
await loadServices();
await loadSlots();
document.body.dataset.ready = "true";
