namespace GraphViz.Core.Graph;

/// <summary>The whole graph as the browser draws it: actors, one edge per pair of actors, and articles.</summary>
public sealed record GraphSnapshot(
    string GraphId,
    long Version,
    IReadOnlyList<NodeView> Nodes,
    IReadOnlyList<EdgeView> Edges,
    IReadOnlyList<ArticleView> Articles);

/// <summary>An actor as a node.</summary>
public sealed record NodeView(string Id, string Name, string NameAr, string Kind, string? AffiliatedWith);

/// <summary>
/// The summary of every relation between two actors: <see cref="Source"/> sorts before <see cref="Target"/>,
/// <see cref="Polarity"/> is the majority (mixed on a tie), <see cref="Count"/> sizes the edge.
/// </summary>
public sealed record EdgeView(
    string Id, string Source, string Target, string Polarity,
    int Count, int Positive, int Negative, int Neutral,
    IReadOnlyList<RelationView> Relations);

/// <summary>One relation with its evidence, for the edge panel.</summary>
public sealed record RelationView(
    string Id, string Source, string Target, string Type, string TypeLabel, string Polarity,
    string? Date, string? Start, string? End, bool DateInferred, EvidenceView Evidence, string ArticleId, string? ReportedBy = null);

public sealed record EvidenceView(string Text, int Start, int End, IReadOnlyList<EvidenceMentionView> Mentions);

public sealed record EvidenceMentionView(int Start, int End, string ActorId);

public sealed record ArticleView(string Id, string? Title, string? Source, string? Published);
