namespace GraphViz.Server.Articles;

/// <summary>The body of POST /api/graphs/{graphId}/articles.</summary>
public sealed record ArticleRequest(string? Text, string? Published, string? Language, string? Title, string? Source);

/// <summary>A request that passed validation.</summary>
public sealed record ValidArticle(string Text, DateOnly? Published, string? Title, string? Source);

/// <summary>The reply to an accepted article.</summary>
public sealed record ArticleAccepted(string ArticleId, long Version, int Actors, int Relations, int AddedNodes, int AddedEdges);
