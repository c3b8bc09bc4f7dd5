using GraphViz.Core.Extraction;
using GraphViz.Core.Graph;
using GraphViz.Core.Timeline;

namespace GraphViz.Server.Graphs;

/// <summary>
/// The graphs this server holds, each with its own lock: an article is extracted outside the lock and
/// merged inside it, so the patch describes exactly one version step.
/// </summary>
public sealed class GraphStore
{
    private readonly Dictionary<string, Entry> _graphs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private sealed class Entry(AlignmentGraph graph)
    {
        public AlignmentGraph Graph { get; } = graph;
        public Lock Gate { get; } = new();
        public (long Version, Timeline Timeline)? Timeline;
    }

    public void Create(string graphId)
    {
        lock (_gate) _graphs.TryAdd(graphId, new Entry(new AlignmentGraph(graphId)));
    }

    public bool Exists(string graphId)
    {
        lock (_gate) return _graphs.ContainsKey(graphId);
    }

    public GraphSnapshot? Snapshot(string graphId)
    {
        var entry = Find(graphId);
        if (entry is null) return null;
        lock (entry.Gate) return entry.Graph.Snapshot();
    }

    /// <summary>The graph's timeline, built once per version.</summary>
    public Timeline? Timeline(string graphId)
    {
        var entry = Find(graphId);
        if (entry is null) return null;
        lock (entry.Gate)
        {
            if (entry.Timeline is { } cached && cached.Version == entry.Graph.Version) return cached.Timeline;
            var timeline = GraphViz.Core.Timeline.Timeline.Build(entry.Graph);
            entry.Timeline = (entry.Graph.Version, timeline);
            return timeline;
        }
    }

    /// <summary>Merges an extracted article; returns the new article and the patch from the previous version.</summary>
    public (ArticleInfo Article, GraphPatch Patch)? AddArticle(string graphId, string? title, string? source, DateOnly? published, ArticleExtraction extraction)
    {
        var entry = Find(graphId);
        if (entry is null) return null;
        lock (entry.Gate)
        {
            var before = entry.Graph.Snapshot();
            var article = entry.Graph.AddArticle(title, source, published, extraction);
            return (article, GraphPatch.Between(before, entry.Graph.Snapshot()));
        }
    }

    private Entry? Find(string graphId)
    {
        lock (_gate) return _graphs.GetValueOrDefault(graphId);
    }
}
