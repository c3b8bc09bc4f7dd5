namespace GraphViz.Core.Graph;

/// <summary>An article merged into a graph: where its evidence comes from.</summary>
public sealed record ArticleInfo(string Id, string? Title, string? Source, DateOnly? Published);
