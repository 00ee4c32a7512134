using Microsoft.Net.Http.Headers;

namespace Callback.Web.Demo;

/// <summary>
/// The demo page: static files under <c>wwwroot/demo</c> (with the CometD client it loads from <c>wwwroot/lib</c>), the
/// list of services it offers (<see cref="DemoServices"/>), and <c>/</c>, which sends browsers to the page.
/// </summary>
public static class DemoPage
{
    public const string Path = "/demo/";

    public static WebApplication UseDemoPage(this WebApplication app)
    {
        // /demo redirects to /demo/, which serves index.html, so that the page's relative module URLs resolve.
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet("/", Root).ExcludeFromDescription();
        app.MapGet(Path + "services.json", DemoServices.List).ExcludeFromDescription();
        return app;
    }

    /// <summary>Browsers ask for HTML and get the page; API clients keep the small JSON answer <c>/</c> always gave.</summary>
    static IResult Root(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase))
            ? Results.Redirect(Path)
            : Results.Json(new { service = "callback" });
}
