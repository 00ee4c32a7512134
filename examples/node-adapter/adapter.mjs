// A tiny contact center behind the callback service, in plain Node: it serves the saga's URS and SIP Server commands
// over RabbitMQ with amqplib, and answers with the events a real adapter would send. docs/adapters.md is the contract
// this follows; README.md beside this file says how to run it.
//
// What it pretends: an agent of any target is free AGENT_AFTER_MS after the session is queued, every customer answers
// as a person RING_MS after the call is placed, every reservation and routing works.

import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { setTimeout as delay } from 'node:timers/promises';
import amqp from 'amqplib';

const brokerUrl = process.env.AMQP_URL ?? 'amqp://guest:guest@localhost:5672/';
const queue = process.env.ADAPTER_QUEUE ?? 'node-adapter';
const agentAfterMs = Number(process.env.AGENT_AFTER_MS ?? 2000);
const ringMs = Number(process.env.RING_MS ?? 1000);
const ewtSeconds = Number(process.env.EWT_SECONDS ?? 30);

// MassTransit names a message type's exchange after the .NET type; the type's URN is that name behind "urn:message:".
const urs = 'Callback.Sagas.Contracts.Urs';
const sip = 'Callback.Sagas.Contracts.Sip';
const commands = [
  `${urs}:EstimateWaitTime`,
  `${urs}:WaitForAgent`,
  `${urs}:ReserveTarget`,
  `${urs}:CancelRouting`,
  `${sip}:DialCustomer`,
  `${sip}:RouteCall`,
  `${sip}:ReleaseCall`,
];
const urnPrefix = 'urn:message:';
const contentType = 'application/vnd.masstransit+json';

// Delivery is at least once: the same command can arrive twice (same messageId). Remember the recent ones; the saga
// copes with a duplicate answer anyway, but a real switch must not dial a customer twice.
const seenMessageIds = new Set();
const seenLimit = 10_000;

// Set while stopping, when commands still being answered fail on the closed connection.
let closing = false;

// Sessions queued for an agent, so that CancelRouting can take them out before the agent is announced.
const waiting = new Map();

async function handle(delivery) {
  const envelope = JSON.parse(delivery.content.toString('utf8'));
  const type = envelope.messageType?.[0]?.slice(urnPrefix.length);
  if (seenMessageIds.has(envelope.messageId)) {
    log(`duplicate ${type} ${envelope.messageId} ignored`);
    consumer.ack(delivery);
    return;
  }

  const answer = handlers[type];
  if (!answer) throw new Error(`no handler for message type ${envelope.messageType}`);

  remember(envelope.messageId);
  await answer(envelope.message, envelope);
  consumer.ack(delivery);
}

// A command that cannot be read or answered goes to our error queue, declared when first needed as MassTransit does
// with <queue>_error, instead of being redelivered forever; an operator looks at it there.
async function park(delivery, error) {
  // Stopping: the broker gives the unacknowledged command to the next consumer.
  if (closing) return;
  log(`failed: ${error.message}`);
  await consumer.assertQueue(`${queue}_error`, { durable: true });
  consumer.sendToQueue(`${queue}_error`, delivery.content, { ...delivery.properties, persistent: true });
  consumer.ack(delivery);
}

const handlers = {
  async [`${urs}:EstimateWaitTime`]({ sessionId, target }, command) {
    log(`EstimateWaitTime session ${sessionId} on ${target}: ${ewtSeconds} s`);
    await publish(`${urs}:EwtReported`, { sessionId, target, ewtSeconds, measuredAt: now() }, command);
  },

  async [`${urs}:WaitForAgent`]({ sessionId, target }, command) {
    // A repeated WaitForAgent for a session already queued is the same request: it waits once.
    if (waiting.has(sessionId)) return;
    const cancelled = new AbortController();
    waiting.set(sessionId, cancelled);
    log(`WaitForAgent session ${sessionId} on ${target}: an agent in ${agentAfterMs} ms`);
    try {
      await delay(agentAfterMs, undefined, { signal: cancelled.signal });
      await publish(`${urs}:AgentAvailable`, { sessionId, target, agentId: null, at: now() }, command);
    } catch (error) {
      if (error.name !== 'AbortError') throw error;
      log(`session ${sessionId} left the queue before an agent came`);
    } finally {
      waiting.delete(sessionId);
    }
  },

  async [`${urs}:ReserveTarget`]({ sessionId, attempt, target }, command) {
    // The attempt goes back unchanged: it is how the saga tells this answer from one to an earlier reservation.
    log(`ReserveTarget session ${sessionId} attempt ${attempt} on ${target}: agent-8001`);
    await publish(`${urs}:TargetReserved`,
      { sessionId, attempt, agentId: 'agent-8001', destination: '8001@SIP_Server', at: now() }, command);
  },

  async [`${urs}:CancelRouting`]({ sessionId, reason }) {
    // Idempotent: a session this adapter does not hold is simply not there.
    log(`CancelRouting session ${sessionId} (${reason})`);
    waiting.get(sessionId)?.abort();
  },

  async [`${sip}:DialCustomer`]({ sessionId, callId, attempt, customerNumber, callProgressDetection }, command) {
    // The customer's number is personal data: only its last digits reach the log.
    log(`DialCustomer session ${sessionId} call ${callId} attempt ${attempt} to ...${customerNumber.slice(-2)}`);
    await publish(`${sip}:CallDialing`, { sessionId, callId, at: now() }, command);
    await delay(ringMs);
    // Without call-progress detection nobody can tell a person from a machine: the switch says Unknown.
    const result = callProgressDetection ? 'Human' : 'Unknown';
    await publish(`${sip}:CallAnswered`, { sessionId, callId, result, at: now() }, command);
  },

  async [`${sip}:RouteCall`]({ sessionId, callId, agentId, destination }, command) {
    log(`RouteCall session ${sessionId} call ${callId} to ${agentId} at ${destination}`);
    await publish(`${sip}:CallRouted`, { sessionId, callId, agentId, at: now() }, command);
  },

  async [`${sip}:ReleaseCall`]({ sessionId, callId, reason }, command) {
    log(`ReleaseCall session ${sessionId} call ${callId} (${reason})`);
    await publish(`${sip}:CallReleased`, { sessionId, callId, at: now() }, command);
  },
};

// Publishes an event as MassTransit would: the envelope to the exchange named for its type, persistent, confirmed.
function publish(type, message, cause) {
  const envelope = {
    messageId: randomUUID(),
    // Keeping the command's conversation lets MassTransit's logs and tools follow the session across processes.
    conversationId: cause.conversationId ?? randomUUID(),
    initiatorId: cause.messageId,
    sourceAddress: `${brokerAddress()}/${queue}`,
    destinationAddress: `${brokerAddress()}/${type}`,
    messageType: [`${urnPrefix}${type}`],
    message,
    sentTime: now(),
    headers: {},
    host: { machineName: os.hostname(), processName: 'node', processId: process.pid, assembly: 'node-adapter' },
  };
  log(`  -> ${type.split(':')[1]} ${JSON.stringify(message)}`);
  return new Promise((resolve, reject) => {
    publisher.publish(type, '', Buffer.from(JSON.stringify(envelope)),
      { persistent: true, contentType, messageId: envelope.messageId },
      (error) => (error ? reject(error) : resolve()));
  });
}

// MassTransit's addresses: rabbitmq://host:port/vhost, the virtual host left out when it is the default "/".
function brokerAddress() {
  const url = new URL(brokerUrl);
  const vhost = decodeURIComponent(url.pathname.slice(1));
  return `rabbitmq://${url.host}${vhost && vhost !== '/' ? `/${vhost}` : ''}`;
}

function remember(messageId) {
  seenMessageIds.add(messageId);
  // A Set iterates in insertion order: the first entry is the oldest.
  if (seenMessageIds.size > seenLimit) seenMessageIds.delete(seenMessageIds.values().next().value);
}

function now() {
  return new Date().toISOString();
}

function log(text) {
  console.log(`${new Date().toISOString()} node-adapter: ${text}`);
}

const connection = await amqp.connect(brokerUrl);
connection.on('error', (error) => log(`connection error: ${error.message}`));
connection.on('close', () => log('connection closed'));

// Publisher confirms: an event counts as sent once the broker has taken it, and only then is its command acknowledged.
const publisher = await connection.createConfirmChannel();
const consumer = await connection.createChannel();

// The adapter's own durable queue, bound to the exchange of every command it serves. The exchanges are declared as
// MassTransit declares them (durable fanout), so the adapter may start before any worker has published.
await consumer.assertQueue(queue, { durable: true });
for (const exchange of commands) {
  await consumer.assertExchange(exchange, 'fanout', { durable: true });
  await consumer.bindQueue(queue, exchange, '');
}

// Commands held while their answer is due (an agent to come free, a phone to ring) stay unacknowledged until then,
// so that a crash hands them back to the broker; the prefetch bounds how many are in flight.
await consumer.prefetch(100);
await consumer.consume(queue, (delivery) => {
  if (delivery === null) {
    log('the broker cancelled the consumer (queue deleted?)');
    return;
  }
  handle(delivery)
    .catch((error) => park(delivery, error))
    .catch((error) => log(`could not park a failed command: ${error.message}`));
});

log(`ready: queue ${queue} bound to ${commands.length} command exchanges`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    log(`${signal}: closing; unacknowledged commands go back to the queue`);
    closing = true;
    await connection.close();
    process.exit(0);
  });
}
