using GraphViz.Core.Actors;
using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using QuikGraph;

namespace GraphViz.Core.Graph;

/// <summary>
/// A workspace's graph: actors as vertices, every relation read from every article as an edge
/// (QuikGraph, parallel edges allowed), plus the articles they came from. Not thread-safe: its owner
/// serialises changes.
/// </summary>
public sealed class AlignmentGraph(string id)
{
    private readonly BidirectionalGraph<Actor, RelationEdge> _graph = new(allowParallelEdges: true);
    private readonly List<ArticleInfo> _articles = [];
    private readonly List<(string ArticleId, DatedEvent Event)> _events = [];
    private int _nextRelation = 1;

    public string Id { get; } = id;
    public long Version { get; private set; }
    public IBidirectionalGraph<Actor, RelationEdge> Graph => _graph;
    public IReadOnlyList<ArticleInfo> Articles => _articles;

    /// <summary>The dated events of every article, for the timeline.</summary>
    public IReadOnlyList<(string ArticleId, DatedEvent Event)> Events => _events;

    /// <summary>Merges an article's actors and relations; an article that brings nothing still counts as a version.</summary>
    public ArticleInfo AddArticle(string? title, string? source, DateOnly? published, ArticleExtraction extraction)
    {
        var article = new ArticleInfo($"a{_articles.Count + 1}", title, source, published);
        _articles.Add(article);
        foreach (var actor in extraction.Actors) _graph.AddVertex(actor.Actor);
        var byId = extraction.Actors.ToDictionary(a => a.Actor.Id, a => a.Actor);
        foreach (var r in extraction.Relations)
        {
            if (!byId.TryGetValue(r.Source, out var s) || !byId.TryGetValue(r.Target, out var t)) continue;
            _graph.AddEdge(new RelationEdge($"r{_nextRelation++}", s, t, r, article.Id));
        }
        foreach (var e in extraction.Events) _events.Add((article.Id, e));
        Version++;
        return article;
    }

    public GraphSnapshot Snapshot() => new(Id, Version,
        _graph.Vertices.OrderBy(a => a.Id, StringComparer.Ordinal).Select(ToNode).ToList(),
        PairSummaries(),
        _articles.Select(a => new ArticleView(a.Id, a.Title, a.Source, a.Published?.ToString("yyyy-MM-dd"))).ToList());

    private List<EdgeView> PairSummaries() =>
        _graph.Edges
            .GroupBy(e => PairKey(e.Source.Id, e.Target.Id))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var relations = g.ToList();
                var (a, b) = Ordered(relations[0].Source.Id, relations[0].Target.Id);
                var pos = relations.Count(e => e.Relation.Polarity == Polarity.Positive);
                var neg = relations.Count(e => e.Relation.Polarity == Polarity.Negative);
                var neu = relations.Count - pos - neg;
                var polarity = pos > neg ? "positive" : neg > pos ? "negative" : pos > 0 ? "mixed" : "neutral";
                return new EdgeView(g.Key, a, b, polarity, relations.Count, pos, neg, neu, relations.Select(ToView).ToList());
            })
            .ToList();

    public static string PairKey(string a, string b) => ActorPair.Key(a, b);

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static NodeView ToNode(Actor a) => new(a.Id, a.Name, a.NameAr, a.Kind.ToString().ToLowerInvariant(), a.AffiliatedWith);

    private static RelationView ToView(RelationEdge e)
    {
        var r = e.Relation;
        return new RelationView(e.Id, r.Source, r.Target, r.Type.Id, r.Type.Label, r.Polarity.ToString().ToLowerInvariant(),
            r.Date?.ToString(), r.Start?.ToString(), r.End?.ToString(), r.DateInferred,
            new EvidenceView(r.Evidence.Text, r.Evidence.Start, r.Evidence.End,
                r.Evidence.Mentions.Select(m => new EvidenceMentionView(m.Start, m.End, m.ActorId)).ToList()),
            e.ArticleId, r.ReportedBy);
    }
}
