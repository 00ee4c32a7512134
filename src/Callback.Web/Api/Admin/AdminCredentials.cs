using System.Security.Cryptography;
using System.Text;

namespace Callback.Web.Api.Admin;

/// <summary>
/// <c>Admin:Username</c> and <c>Admin:Password</c>: when both are set, the admin calls need them as HTTP Basic
/// credentials, as GMS's admin calls do; when they are not, the admin calls are open (the embedded default, for trying
/// it out), so a deployment that exposes the web tier sets them.
/// </summary>
public sealed class AdminCredentials(string username, string password)
{
    public const string UsernameKey = "Admin:Username";
    public const string PasswordKey = "Admin:Password";

    readonly byte[] _expected = Encoding.UTF8.GetBytes($"{username}:{password}");

    public static AdminCredentials? From(IConfiguration configuration) =>
        configuration[UsernameKey] is { Length: > 0 } username && configuration[PasswordKey] is { Length: > 0 } password
            ? new AdminCredentials(username, password)
            : null;

    /// <summary>Whether an <c>Authorization</c> header carries these credentials, compared in constant time.</summary>
    public bool Accept(string? authorization)
    {
        const string scheme = "Basic ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            return false;

        var given = new byte[authorization.Length];
        if (!Convert.TryFromBase64String(authorization[scheme.Length..].Trim(), given, out var length))
            return false;

        return CryptographicOperations.FixedTimeEquals(given.AsSpan(0, length), _expected);
    }
}
