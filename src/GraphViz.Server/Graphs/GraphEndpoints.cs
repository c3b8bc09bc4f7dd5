using System.Text;
using GraphViz.Core.Graph;
using GraphViz.Server.Articles;
using GraphViz.Server.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;

namespace GraphViz.Server.Graphs;

/// <summary>The graph API: read a graph, add an article to it.</summary>
public static class GraphEndpoints
{
    public static IEndpointRouteBuilder MapGraphs(this IEndpointRouteBuilder app)
    {
        var graphs = app.MapGroup("/api/graphs");
        graphs.MapGet("/{graphId}", GetGraph);
        graphs.MapPost("/{graphId}/articles", PostArticle);
        return app;
    }

    private static Results<Ok<GraphSnapshot>, ProblemHttpResult> GetGraph(string graphId, GraphStore store) =>
        store.Snapshot(graphId) is { } snapshot ? TypedResults.Ok(snapshot) : GraphProblems.UnknownGraph(graphId);

    private static async Task<IResult> PostArticle(string graphId, HttpRequest request, GraphStore store,
        ArticleIngestion ingestion, IOptions<GraphVizOptions> options, CancellationToken cancellationToken)
    {
        if (!store.Exists(graphId)) return GraphProblems.UnknownGraph(graphId);
        if (request.ContentType is null || !request.ContentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the article as JSON (Content-Type: application/json): {\"text\": \"...\", \"published\": \"YYYY-MM-DD\"}.");

        var limit = options.Value.MaxArticleChars;
        var body = await ReadBodyAsync(request, maxBytes: limit * 4L + 64 * 1024, cancellationToken);
        if (body.Problem is not null) return body.Problem;

        ArticleRequest? article;
        try
        {
            article = JsonConvert.DeserializeObject<ArticleRequest>(body.Text!);
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid JSON", detail: e.Message);
        }
        if (article is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is empty",
                detail: "Send a JSON object: {\"text\": \"...\"}.");
        if (article.Text is { } t && t.Length > limit)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The article is too long",
                detail: $"The text has {t.Length:N0} characters; the limit is {limit:N0}.");

        var (valid, errors) = ArticleValidator.Validate(article, options.Value);
        if (valid is null) return TypedResults.ValidationProblem(errors, title: "The article cannot be read", detail: errors.Values.First()[0]);

        var accepted = await ingestion.IngestAsync(graphId, valid, cancellationToken);
        return accepted is null ? GraphProblems.UnknownGraph(graphId) : TypedResults.Created($"/api/graphs/{graphId}", accepted);
    }

    private static async Task<(string? Text, IResult? Problem)> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (null, TooLarge(maxBytes));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes) return (null, TooLarge(maxBytes));
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not valid UTF-8",
                detail: "Send the article as UTF-8 encoded JSON."));
        }
    }

    private static ProblemHttpResult TooLarge(long maxBytes) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The article is too long",
            detail: $"The request body is larger than {maxBytes:N0} bytes.");
}
