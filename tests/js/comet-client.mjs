// A device on the official CometD client, driven by the .NET specs through stdin and reporting on stdout.
//
//   node comet-client.mjs <url> [long-polling|websocket]
//
// Prints one JSON object a line: {"event":"handshake",...}, {"event":"message","channel":...,"data":...}, ...
// Reads one command a line: "subscribe <channel>", "unsubscribe <channel>", "publish <channel> <json>",
// "pause" (breaks the connection and holds the client's next /meta/connect, as a device that lost its network),
// "resume" (lets it go), "disconnect".
import { adapt } from "cometd-nodejs-client";
import { CometD } from "cometd";
import * as readline from "node:readline";

const [url, transport = "long-polling"] = process.argv.slice(2);
if (!url) {
    console.error("usage: node comet-client.mjs <url> [long-polling|websocket]");
    process.exit(2);
}

const emit = (event, fields = {}) => process.stdout.write(JSON.stringify({ event, ...fields }) + "\n");

adapt();

// The gate: while closed, the client's /meta/connect waits here instead of reaching the server.
const gate = { closed: false, held: [] };
const isConnect = (body) => typeof body === "string" && body.includes('"channel":"/meta/connect"');
const hold = (send) => {
    gate.held.push(send);
    emit("paused");
};

const BaseXhr = window.XMLHttpRequest;
window.XMLHttpRequest = class extends BaseXhr {
    send(body) {
        if (gate.closed && isConnect(body)) hold(() => super.send(body));
        else super.send(body);
    }
};
const BaseWebSocket = window.WebSocket;
window.WebSocket = class extends BaseWebSocket {
    send(body, ...rest) {
        if (gate.closed && isConnect(body)) hold(() => super.send(body, ...rest));
        else super.send(body, ...rest);
    }
};

const cometd = new CometD();
if (transport === "long-polling") cometd.unregisterTransport("websocket");
cometd.unregisterTransport("callback-polling");
cometd.configure({ url, logLevel: "warn" });

const subscriptions = new Map();

cometd.addListener("/meta/connect", (message) =>
    emit("connect", { successful: message.successful, error: message.error, transport: cometd.getTransport()?.type }));

cometd.handshake((reply) =>
    emit("handshake", { successful: reply.successful, clientId: reply.clientId, error: reply.error, transport: cometd.getTransport()?.type }));

function run(line) {
    const [command, channel, ...rest] = line.trim().split(" ");
    switch (command) {
        case "subscribe":
            subscriptions.set(channel, cometd.subscribe(channel,
                (message) => emit("message", { channel: message.channel, data: message.data }),
                (reply) => emit("subscribed", { channel, successful: reply.successful, error: reply.error })));
            break;
        case "unsubscribe":
            cometd.unsubscribe(subscriptions.get(channel),
                (reply) => emit("unsubscribed", { channel, successful: reply.successful, error: reply.error }));
            subscriptions.delete(channel);
            break;
        case "publish":
            cometd.publish(channel, JSON.parse(rest.join(" ")),
                (reply) => emit("published", { channel, successful: reply.successful, error: reply.error }));
            break;
        case "pause":
            gate.closed = true;
            // Drops the held connect as a broken network would; the client retries, and the gate holds that retry.
            cometd.getTransport().abort();
            break;
        case "resume":
            gate.closed = false;
            gate.held.splice(0).forEach((send) => send());
            emit("resumed");
            break;
        case "disconnect":
            cometd.disconnect((reply) => {
                emit("disconnected", { successful: reply.successful, error: reply.error });
                process.exit(0);
            });
            break;
        case "":
            break;
        default:
            emit("error", { message: `unknown command: ${line}` });
    }
}

readline.createInterface({ input: process.stdin }).on("line", (line) => {
    try {
        run(line);
    } catch (x) {
        emit("error", { message: String(x && x.message || x) });
    }
}).on("close", () => process.exit(0));
