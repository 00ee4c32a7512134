using Callback.Web;
using Callback.Web.Api;
using Callback.Web.Demo;
using Callback.Workers;
using Callback.Workers.Messaging;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddCallbackBus(builder.Configuration, x =>
{
    if (WorkersEnabled.In(builder.Configuration))
        x.AddCallbackWorkers(builder.Configuration);
});

builder.Services.AddGenesysApi(builder.Configuration);
builder.Services.AddOpenApi();

var app = builder.Build();

app.UseExceptionHandler();
app.MapGenesysApi();
app.MapOpenApi();

app.UseDemoPage();

await app.RunAsync();

/// <summary>Visible to the HTTP tests' <c>WebApplicationFactory</c>.</summary>
public partial class Program;
