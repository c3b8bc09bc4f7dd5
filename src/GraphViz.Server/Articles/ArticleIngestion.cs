using GraphViz.Core.Extraction;
using GraphViz.Server.Graphs;
using GraphViz.Server.Live;

namespace GraphViz.Server.Articles;

/// <summary>
/// Extracts an article, commits it, merges it into its graph and posts the patch to the graph's room.
/// The reply is sent only after the commit; the patch is posted, never awaited, so no browser can hold
/// the reply up.
/// </summary>
public sealed class ArticleIngestion(GraphStore store, ArticleExtractor extractor, LiveRooms rooms, ILogger<ArticleIngestion> logger)
{
    public ArticleAccepted? Ingest(string graphId, ValidArticle article)
    {
        var hash = ContentHash.Of(article.Text);
        if (store.ArticleWithHash(graphId, hash) is { } known)   // a retry or a second paste: nothing to read again
            return Duplicate(graphId, known);

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var extraction = extractor.Extract(article.Text, article.Published);
        var merged = store.AddArticle(graphId, article, hash, extraction);
        if (merged is null) return null;
        if (merged.Patch is not { } patch) return Duplicate(graphId, merged);   // the same text arrived meanwhile

        rooms.Publish(graphId, client => client.Patch(patch));
        logger.LogInformation("Ingested article {ArticleId} into {GraphId}: {Chars} chars, {Actors} actors, {Relations} relations in {Elapsed} ms",
            merged.ArticleId, graphId, article.Text.Length, extraction.Actors.Count, extraction.Relations.Count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new ArticleAccepted(merged.ArticleId, patch.Version, extraction.Actors.Count,
            extraction.Relations.Count, patch.AddedNodes.Count, patch.AddedEdges.Count);
    }

    private ArticleAccepted Duplicate(string graphId, ArticleMerge existing)
    {
        logger.LogInformation("Article {ArticleId} was already in {GraphId}; nothing changed", existing.ArticleId, graphId);
        return new ArticleAccepted(existing.ArticleId, existing.Version, 0, 0, 0, 0, Duplicate: true);
    }
}
