using System.Security.Cryptography;
using System.Text;
using GraphViz.Server.Configuration;
using GraphViz.Server.Storage;
using Microsoft.Extensions.Options;

namespace GraphViz.Server.Security;

/// <summary>
/// The secret that separates editors from viewers. Reading is open (links and embeds are for sharing);
/// changing needs this key. It is GraphViz:EditorKey when configured, otherwise generated at first start
/// and kept in the database, so that links printed earlier keep working.
/// </summary>
public sealed class EditorKey
{
    public const string Header = "X-Editor-Key";
    private const string SettingName = "editor-key";

    private readonly byte[] _key;

    public EditorKey(IOptions<GraphVizOptions> options, GraphRepository repository)
    {
        Value = options.Value.EditorKey is { Length: > 0 } configured
            ? configured
            : repository.SettingOrAdd(SettingName, Base64Url(RandomNumberGenerator.GetBytes(24)));
        _key = Encoding.UTF8.GetBytes(Value);
    }

    public string Value { get; }

    /// <summary>Constant-time comparison, so the key cannot be guessed a character at a time.</summary>
    public bool Matches(string? candidate) =>
        candidate is { Length: > 0 } && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(candidate), _key);

    /// <summary>
    /// The key a request carries: the X-Editor-Key header, or a bearer token (how the SignalR client sends
    /// its access token), or, for WebSocket and SSE hub connections, which cannot set headers, the
    /// access_token query parameter.
    /// </summary>
    public static string? From(HttpRequest request, bool allowQuery)
    {
        if (request.Headers[Header].FirstOrDefault() is { Length: > 0 } header) return header;
        if (request.Headers.Authorization.FirstOrDefault() is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return auth["Bearer ".Length..].Trim();
        return allowQuery ? request.Query["access_token"].FirstOrDefault() : null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
