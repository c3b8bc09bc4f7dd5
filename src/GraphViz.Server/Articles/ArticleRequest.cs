namespace GraphViz.Server.Articles;

/// <summary>
/// The body of POST /api/graphs/{graphId}/articles. <see cref="Format"/>: "text" or "html"; when absent,
/// a text wrapped in markup is read as HTML.
/// </summary>
public sealed record ArticleRequest(string? Text, string? Published, string? Language, string? Title, string? Source, string? Format = null);

/// <summary>A request that passed validation: plain text, whatever form it came in.</summary>
public sealed record ValidArticle(string Text, DateOnly? Published, string? Title, string? Source);

/// <summary>The reply to an accepted article. <see cref="Duplicate"/>: the graph already had this text; nothing changed.</summary>
public sealed record ArticleAccepted(string ArticleId, long Version, int Actors, int Relations, int AddedNodes, int AddedEdges, bool Duplicate = false);
