using Microsoft.AspNetCore.Diagnostics;

namespace Callback.Web.Api.Errors;

/// <summary>
/// What no endpoint answered for itself still gets the GMS error body: a request ASP.NET Core could not read (400), or
/// a failure of ours (500, logged; never with details a client could misuse).
/// </summary>
public sealed partial class GmsExceptionHandler(ILogger<GmsExceptionHandler> logger) :
    IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            BadHttpRequestException bad => GmsResults.Error(bad.StatusCode, GmsExceptions.General, bad.Message),
            _ => Failed(exception),
        };

        await result.ExecuteAsync(httpContext);
        return true;
    }

    IResult Failed(Exception exception)
    {
        LogFailed(exception);
        return GmsResults.Error(StatusCodes.Status500InternalServerError, GmsExceptions.General, "The request could not be processed; try again later.");
    }

    [LoggerMessage(LogLevel.Error, "A GMS API request failed")]
    partial void LogFailed(Exception exception);
}
