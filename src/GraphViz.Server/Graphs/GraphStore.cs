using GraphViz.Core.Extraction;
using GraphViz.Core.Graph;
using GraphViz.Core.Timeline;
using GraphViz.Server.Articles;
using GraphViz.Server.Storage;

namespace GraphViz.Server.Graphs;

/// <summary>
/// The workspaces this server holds: in memory for reading, in SQLite for keeping. A change is committed
/// to the database first and applied in memory second, under the graph's lock, so what readers see has
/// always been stored, and a failed commit changes nothing.
/// </summary>
public sealed class GraphStore(GraphRepository repository, ILogger<GraphStore> logger)
{
    private readonly Dictionary<string, Entry> _graphs = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private sealed class Entry(StoredGraph stored)
    {
        public StoredGraph Stored { get; } = stored;
        public AlignmentGraph Graph { get; } = new(stored.Id);
        public Dictionary<string, string> ArticleByHash { get; } = new(StringComparer.Ordinal);
        public Lock Gate { get; } = new();
        public bool Deleted { get; set; }
        public (long Version, Timeline Timeline)? Timeline;

        public ArticleInfo Apply(StoredArticle article, ArticleExtraction extraction)
        {
            var info = Graph.AddArticle(article.Title, article.Source, article.Published, extraction);
            ArticleByHash[article.ContentHash] = info.Id;
            return info;
        }
    }

    /// <summary>Rebuilds every stored workspace from its stored extractions (not by re-reading the texts).</summary>
    public void Load()
    {
        foreach (var stored in repository.Graphs())
        {
            var entry = new Entry(stored);
            foreach (var article in repository.Articles(stored.Id))
                entry.Apply(article, ExtractionSerializer.Read(article.ExtractionJson));
            lock (_gate) _graphs[stored.Id] = entry;
            logger.LogInformation("Loaded graph {GraphId}: {Articles} articles", stored.Id, entry.Graph.Articles.Count);
        }
    }

    public IReadOnlyList<GraphSummary> List()
    {
        List<Entry> entries;
        lock (_gate) entries = _graphs.Values.ToList();
        return entries
            .Select(e => { lock (e.Gate) return Summary(e); })
            .OrderBy(s => s.Created).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Creates an empty workspace; null if the id is taken.</summary>
    public GraphSummary? Create(string graphId, string? title)
    {
        lock (_gate)
        {
            if (_graphs.ContainsKey(graphId)) return null;
            var stored = new StoredGraph(graphId, title, DateTimeOffset.UtcNow);
            if (!repository.CreateGraph(stored)) return null;
            var entry = new Entry(stored);
            _graphs[graphId] = entry;
            return Summary(entry);
        }
    }

    /// <summary>Deletes a workspace; an ingest running into it meanwhile finds it gone rather than half there.</summary>
    public bool Delete(string graphId)
    {
        lock (_gate)
        {
            if (!_graphs.TryGetValue(graphId, out var entry)) return false;
            lock (entry.Gate)
            {
                repository.DeleteGraph(graphId);
                entry.Deleted = true;
            }
            return _graphs.Remove(graphId);
        }
    }

    public bool Exists(string graphId)
    {
        lock (_gate) return _graphs.ContainsKey(graphId);
    }

    /// <summary>The article already in the graph with this text, as a merge that changed nothing; null if there is none.</summary>
    public ArticleMerge? ArticleWithHash(string graphId, string contentHash)
    {
        var entry = Find(graphId);
        if (entry is null) return null;
        lock (entry.Gate) return Existing(entry, contentHash);
    }

    private static ArticleMerge? Existing(Entry entry, string contentHash) =>
        entry.ArticleByHash.TryGetValue(contentHash, out var id) ? new ArticleMerge(id, entry.Graph.Version, Patch: null) : null;

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

    /// <summary>
    /// Commits an extracted article, then merges it. The same text twice is stored once: the second time
    /// answers with the first article and no patch.
    /// </summary>
    public ArticleMerge? AddArticle(string graphId, ValidArticle article, string contentHash, ArticleExtraction extraction)
    {
        var entry = Find(graphId);
        if (entry is null) return null;
        lock (entry.Gate)
        {
            if (entry.Deleted) return null;
            if (Existing(entry, contentHash) is { } existing) return existing;
            var stored = new StoredArticle(entry.Graph.Articles.Count + 1, contentHash, article.Title, article.Source,
                article.Published, article.Text, ExtractionSerializer.Write(extraction), DateTimeOffset.UtcNow);
            repository.AddArticle(graphId, stored);   // throws, and changes nothing, if the commit fails
            var before = entry.Graph.Snapshot();
            var info = entry.Apply(stored, extraction);
            return new ArticleMerge(info.Id, entry.Graph.Version, GraphPatch.Between(before, entry.Graph.Snapshot()));
        }
    }

    private static GraphSummary Summary(Entry e) =>
        new(e.Stored.Id, e.Stored.Title, e.Stored.Created, e.Graph.Articles.Count, e.Graph.Version);

    private Entry? Find(string graphId)
    {
        lock (_gate) return _graphs.GetValueOrDefault(graphId);
    }
}

/// <summary>A workspace in the list of graphs.</summary>
public sealed record GraphSummary(string Id, string? Title, DateTimeOffset Created, int Articles, long Version);

/// <summary>The outcome of adding an article: its id, the graph's version, and the patch (null when the text was already there).</summary>
public sealed record ArticleMerge(string ArticleId, long Version, GraphPatch? Patch)
{
    public bool Duplicate => Patch is null;
}
