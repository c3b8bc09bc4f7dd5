namespace GraphViz.Server.Storage;

/// <summary>A workspace as stored.</summary>
public sealed record StoredGraph(string Id, string? Title, DateTimeOffset Created);

/// <summary>An article as stored: its text, what was read from it (JSON), and the hash that makes ingest idempotent.</summary>
public sealed record StoredArticle(
    long Seq,
    string ContentHash,
    string? Title,
    string? Source,
    DateOnly? Published,
    string Text,
    string ExtractionJson,
    DateTimeOffset Received);
