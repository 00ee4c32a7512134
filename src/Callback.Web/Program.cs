using Callback.Web;
using Callback.Web.Api;
using Callback.Web.Demo;
using Callback.Web.Push;
using Callback.Web.Push.Comet;
using Callback.Workers;
using Callback.Workers.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCallbackBus(builder.Configuration, x =>
{
    if (WorkersEnabled.In(builder.Configuration))
        x.AddCallbackWorkers(builder.Configuration);
    x.AddPushDelivery(builder.Configuration);
});

builder.Services.AddGenesysApi(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddCometD(builder.Configuration);

var app = builder.Build();

app.UseExceptionHandler();
app.UseWebSockets();
app.MapGenesysApi();
app.MapOpenApi();
app.MapCometD();

app.UseDemoPage();

await app.RunAsync();

/// <summary>Visible to the HTTP tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
