using System.Globalization;
using System.Net.Mime;
using System.Text;

namespace Callback.Web.Push;

/// <summary>
/// POSTs a JSON body to a URL and says how it went. As in GMS, any answer but a success is a failed delivery; no
/// answer within <see cref="HttpCallbackOptions.Timeout"/>, or no connection, is one too.
/// </summary>
public sealed class HttpCallbackSender(IHttpClientFactory clients, HttpCallbackOptions options)
{
    public const string ClientName = "push-httpcb";

    public async Task<HttpCallbackResult> Post(string? url, string body, CancellationToken cancellationToken)
    {
        if (url is null)
            return HttpCallbackResult.Unsendable("no URL to POST to (_device_notification_id is empty)");
        if (!Uri.TryCreate(url, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            return HttpCallbackResult.Unsendable($"'{url}' is not an absolute http or https URL");

        var client = clients.CreateClient(ClientName);
        using var content = new StringContent(body, Encoding.UTF8, MediaTypeNames.Application.Json);
        try
        {
            using var response = await client.PostAsync(address, content, cancellationToken);
            var status = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? HttpCallbackResult.Success(status) : HttpCallbackResult.Failure(status);
        }
        catch (HttpRequestException e)
        {
            return HttpCallbackResult.Failure(e.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return HttpCallbackResult.Failure($"no answer within {options.Timeout.TotalSeconds:0.#} s");
        }
    }
}
