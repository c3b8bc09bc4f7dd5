namespace GraphViz.Server.Configuration;

/// <summary>Settings bound from the "GraphViz" section (environment: GraphViz__MaxArticleChars, ...).</summary>
public sealed class GraphVizOptions
{
    public const string Section = "GraphViz";

    /// <summary>The longest article text accepted, in characters.</summary>
    public int MaxArticleChars { get; set; } = 1_000_000;

    /// <summary>
    /// The folder of the SQLite database that keeps every workspace (environment: GraphViz__DataPath).
    /// Relative paths are taken from the app's content root; the default is a "data" folder there.
    /// </summary>
    public string DataPath { get; set; } = "data";

    /// <summary>The key that allows changes. When empty, one is generated at first start and kept in the database.</summary>
    public string? EditorKey { get; set; }

    /// <summary>The largest message a browser may send over the live connection, in bytes.</summary>
    public long MaxHubMessageBytes { get; set; } = 8 * 1024;

    /// <summary>The built-in sample that a fresh start shows.</summary>
    public SampleOptions Sample { get; set; } = new();
}

/// <summary>The article loaded into the "sample" graph at start-up.</summary>
public sealed class SampleOptions
{
    public string GraphId { get; set; } = "sample";
    public string File { get; set; } = "Samples/niger-us-withdrawal.ar.txt";
    public string? Title { get; set; } = "Niger orders US troops out as it turns to Russia";
    public string? Source { get; set; } = "Reuters / AP (Arabic)";
    public DateOnly? Published { get; set; } = new DateOnly(2024, 5, 20);
}
