using System.Text;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json;

namespace GraphViz.Server.Graphs;

/// <summary>
/// Reads a request body within a byte limit, as strict UTF-8, and says as ProblemDetails what is wrong
/// with it: too large (413), not UTF-8 or not JSON (400).
/// </summary>
public static class RequestBody
{
    public readonly record struct Read<T>(T? Value, IResult? Problem);

    /// <summary>The media type without parameters, lowercased; null when absent or unreadable.</summary>
    public static string? MediaType(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;

    public static async Task<Read<T>> ReadJsonAsync<T>(HttpRequest request, long maxBytes, bool allowEmpty, CancellationToken cancellationToken)
    {
        // Checked before the body is read: a wrong type is refused without reading what it carries.
        if (request.ContentType is not null && MediaType(request) != "application/json")
            return new(default, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send JSON (Content-Type: application/json)."));
        var text = await ReadTextAsync(request, maxBytes, cancellationToken);
        if (text.Problem is not null) return new(default, text.Problem);
        if (string.IsNullOrWhiteSpace(text.Value))
            return allowEmpty ? new(default, null) : new(default, Bad("The body is empty", "Send a JSON object: {\"text\": \"...\"}."));
        try
        {
            return new(JsonConvert.DeserializeObject<T>(text.Value), null);
        }
        catch (JsonException e)
        {
            return new(default, Bad("The body is not valid JSON", e.Message));
        }
    }

    public static async Task<Read<string>> ReadTextAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return new(null, TooLarge(maxBytes));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return new(null, TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return new(null, Bad("The body is not valid UTF-8", "Send the article as UTF-8 encoded text."));
        }
        // NUL never occurs in text: this is a binary file (a PDF, an image) sent by mistake.
        return text.Contains('\0')
            ? new(null, Bad("The body is binary data", "Send the article's text (UTF-8), not a file such as a PDF or an image."))
            : new(text, null);
    }

    private static IResult Bad(string title, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: title, detail: detail);

    private static IResult TooLarge(long maxBytes) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The article is too long",
            detail: $"The request body is larger than {maxBytes:N0} bytes.");
}
