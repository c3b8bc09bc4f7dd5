using GraphViz.Core.Graph;
using GraphViz.Server.Articles;
using GraphViz.Server.Configuration;
using GraphViz.Server.Live;
using GraphViz.Server.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GraphViz.Server.Graphs;

/// <summary>
/// The graph API. Reading is open; creating, deleting and adding articles need the editor key.
/// </summary>
public static class GraphEndpoints
{
    public static IEndpointRouteBuilder MapGraphs(this IEndpointRouteBuilder app)
    {
        var graphs = app.MapGroup("/api/graphs");
        graphs.MapGet("/", (GraphStore store) => TypedResults.Ok(store.List()));
        graphs.MapPost("/", CreateGraph).RequireEditor();
        graphs.MapGet("/{graphId}", GetGraph);
        graphs.MapDelete("/{graphId}", DeleteGraph).RequireEditor();
        graphs.MapPost("/{graphId}/articles", PostArticle).RequireEditor();
        return app;
    }

    /// <summary>The body of POST /api/graphs: both fields optional.</summary>
    public sealed record NewGraphRequest(string? Id, string? Title);

    private static Results<Ok<GraphSnapshot>, ProblemHttpResult> GetGraph(string graphId, GraphStore store) =>
        store.Snapshot(graphId) is { } snapshot ? TypedResults.Ok(snapshot) : GraphProblems.UnknownGraph(graphId);

    private static async Task<IResult> CreateGraph(HttpRequest request, GraphStore store, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadJsonAsync<NewGraphRequest>(request, maxBytes: 16 * 1024, allowEmpty: true, cancellationToken);
        if (body.Problem is not null) return body.Problem;
        var title = body.Value?.Title?.Trim();
        if (title is { Length: > 200 })
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["title"] = ["The title is longer than 200 characters."] });
        var id = body.Value?.Id?.Trim();
        if (id is { Length: > 0 } && !GraphIds.IsValid(id))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [$"'{id}' is not a graph id: {GraphIds.Rule}."] },
                title: "The graph id cannot be used");
        title = string.IsNullOrEmpty(title) ? null : title;
        var created = id is { Length: > 0 } ? store.Create(id, title) : null;
        // A generated id that happens to be taken is simply drawn again.
        for (var attempt = 0; created is null && id is not { Length: > 0 } && attempt < 5; attempt++)
            created = store.Create(GraphIds.New(title), title);
        return created is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The graph exists", detail: $"There is already a graph '{id}'.")
            : TypedResults.Created($"/api/graphs/{created.Id}", created);
    }

    private static IResult DeleteGraph(string graphId, GraphStore store, LiveRooms rooms, LeadSteps leadSteps)
    {
        if (!store.Delete(graphId)) return GraphProblems.UnknownGraph(graphId);
        leadSteps.Forget(graphId);
        rooms.Publish(graphId, client => client.GraphDeleted(graphId));
        return TypedResults.NoContent();
    }

    private static async Task<IResult> PostArticle(string graphId, HttpRequest request, GraphStore store,
        ArticleIngestion ingestion, IOptions<GraphVizOptions> options, CancellationToken cancellationToken)
    {
        if (!store.Exists(graphId)) return GraphProblems.UnknownGraph(graphId);
        var limit = options.Value.MaxArticleChars;
        var maxBytes = limit * 4L + 64 * 1024;
        ArticleRequest? article;
        var mediaType = RequestBody.MediaType(request);
        switch (mediaType)
        {
            case "application/json":
                var json = await RequestBody.ReadJsonAsync<ArticleRequest>(request, maxBytes, allowEmpty: false, cancellationToken);
                if (json.Problem is not null) return json.Problem;
                article = json.Value;
                break;
            case "text/html" or "text/plain":
                // A page or a text as the body; the other fields come from the query string.
                var text = await RequestBody.ReadTextAsync(request, maxBytes, cancellationToken);
                if (text.Problem is not null) return text.Problem;
                var q = request.Query;
                article = new ArticleRequest(text.Value, q["published"], q["language"], q["title"], q["source"],
                    mediaType == "text/html" ? "html" : "text");
                break;
            default:
                return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                    detail: "Send the article as JSON (Content-Type: application/json): {\"text\": \"...\", \"published\": \"YYYY-MM-DD\"}, " +
                            "or as the body with Content-Type text/plain or text/html.");
        }
        if (article is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is empty",
                detail: "Send a JSON object: {\"text\": \"...\"}.");
        if (article.Text is { } t && t.Length > limit)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The article is too long",
                detail: $"The text has {t.Length:N0} characters; the limit is {limit:N0}.");

        var (valid, errors) = ArticleValidator.Validate(article, options.Value);
        if (valid is null) return TypedResults.ValidationProblem(errors, title: "The article cannot be read", detail: errors.Values.First()[0]);

        var accepted = ingestion.Ingest(graphId, valid);
        return accepted switch
        {
            null => GraphProblems.UnknownGraph(graphId),
            { Duplicate: true } => TypedResults.Ok(accepted),
            _ => TypedResults.Created($"/api/graphs/{graphId}", accepted),
        };
    }
}
