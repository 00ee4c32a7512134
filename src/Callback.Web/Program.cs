using Callback.Web;
using Callback.Web.Api;
using Callback.Web.Demo;
using Callback.Web.Push;
using Callback.Web.Push.Comet;
using Callback.Workers;
using Callback.Workers.Messaging;
using Callback.Workers.Observability;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCallbackBus(builder.Configuration, x =>
{
    if (WorkersEnabled.In(builder.Configuration))
        x.AddCallbackWorkers(builder.Configuration);
    x.AddPushDelivery(builder.Configuration);
});

builder.Services.AddGenesysApi(builder.Configuration);
builder.Services.AddGenesysOpenApi();
builder.Services.AddCometD(builder.Configuration);
builder.AddCallbackObservability("callback-web");

var app = builder.Build();

app.UseExceptionHandler();
app.UseRateLimiter();
app.UseWebSockets();
app.MapGenesysApi();
app.MapOpenApi();
app.MapCometD();
app.MapCallbackObservability();

app.UseDemoPage();

await app.RunAsync();

/// <summary>Visible to the HTTP tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
