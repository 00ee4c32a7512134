using Callback.Workers;
using Callback.Workers.Messaging;
using Callback.Workers.Observability;

// A web host only for the observability endpoints (Urls, default http://localhost:8081); the work is the bus's.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCallbackBus(builder.Configuration, x => x.AddCallbackWorkers(builder.Configuration));
builder.AddCallbackObservability("callback-workers");

var app = builder.Build();
app.MapCallbackObservability();

await app.RunAsync();

/// <summary>
/// Kept internal (the Web SDK would make it public): the web tier references this assembly, and its own public Program is
/// the one its HTTP tests start.
/// </summary>
internal partial class Program;
