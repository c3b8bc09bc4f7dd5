using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GraphViz.Server.Tests.Live;

/// <summary>
/// A SignalR client spoken by hand over long polling, for what a well-behaved client never does: send
/// malformed frames, or stop reading altogether (a stalled tab). It receives only when told to poll.
/// </summary>
public sealed class RawLongPollingClient
{
    public const char Separator = '\u001e';
    private readonly HttpClient _http;
    private readonly string _token;

    private RawLongPollingClient(HttpClient http, string connectionId, string token)
    {
        _http = http;
        ConnectionId = connectionId;
        _token = token;
    }

    public string ConnectionId { get; }

    public static async Task<RawLongPollingClient> ConnectAsync(HttpClient http)
    {
        var negotiation = await (await http.PostAsync("/hubs/graph/negotiate?negotiateVersion=1", null)).Content.ReadFromJsonAsync<JsonElement>();
        var client = new RawLongPollingClient(http, negotiation.GetProperty("connectionId").GetString()!,
            negotiation.GetProperty("connectionToken").GetString()!);
        await client.SendAsync("{\"protocol\":\"json\",\"version\":1}" + Separator);
        for (var i = 0; i < 5; i++)
            if ((await client.PollAsync())?.Any(m => m == "{}") == true) return client;
        throw new InvalidOperationException("no handshake reply");
    }

    public async Task SendAsync(string frames) =>
        (await _http.PostAsync($"/hubs/graph?id={_token}", new StringContent(frames, Encoding.UTF8, "text/plain"))).EnsureSuccessStatusCode();

    public Task InvokeAsync(string invocationId, string target, params object[] arguments) =>
        SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId, target, arguments }) + Separator);

    /// <summary>One poll: the messages waiting (empty when the server closed the poll without data); null when the connection is gone.</summary>
    public async Task<IReadOnlyList<string>?> PollAsync()
    {
        var response = await _http.GetAsync($"/hubs/graph?id={_token}");
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.NoContent) return null;
        var body = await response.Content.ReadAsStringAsync();
        return body.Split(Separator, StringSplitOptions.RemoveEmptyEntries);
    }
}
