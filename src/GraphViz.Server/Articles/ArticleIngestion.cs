using GraphViz.Core.Extraction;
using GraphViz.Server.Graphs;
using GraphViz.Server.Live;
using Microsoft.AspNetCore.SignalR;

namespace GraphViz.Server.Articles;

/// <summary>Extracts an article, merges it into a graph and pushes the patch to that graph's room.</summary>
public sealed class ArticleIngestion(GraphStore store, ArticleExtractor extractor, IHubContext<GraphHub, IGraphClient> hub,
    ILogger<ArticleIngestion> logger)
{
    public async Task<ArticleAccepted?> IngestAsync(string graphId, ValidArticle article, CancellationToken cancellationToken)
    {
        if (!store.Exists(graphId)) return null;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var extraction = extractor.Extract(article.Text, article.Published);
        var merged = store.AddArticle(graphId, article.Title, article.Source, article.Published, extraction);
        if (merged is null) return null;
        var (info, patch) = merged.Value;
        logger.LogInformation("Ingested article {ArticleId} into {GraphId}: {Chars} chars, {Actors} actors, {Relations} relations in {Elapsed} ms",
            info.Id, graphId, article.Text.Length, extraction.Actors.Count, extraction.Relations.Count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        // Patches go out after the merge is complete: a client never sees half an article.
        await hub.Clients.Group(GraphHub.RoomOf(graphId)).Patch(patch);
        return new ArticleAccepted(info.Id, patch.Version, extraction.Actors.Count, extraction.Relations.Count,
            patch.AddedNodes.Count, patch.AddedEdges.Count);
    }
}
