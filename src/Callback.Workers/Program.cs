using Callback.Workers;
using Callback.Workers.Messaging;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.AddCallbackBus(builder.Configuration, x => x.AddCallbackWorkers(builder.Configuration));

await builder.Build().RunAsync();
