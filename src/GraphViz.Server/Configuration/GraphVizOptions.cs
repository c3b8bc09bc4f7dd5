namespace GraphViz.Server.Configuration;

/// <summary>Settings bound from the "GraphViz" section (environment: GraphViz__MaxArticleChars, ...).</summary>
public sealed class GraphVizOptions
{
    public const string Section = "GraphViz";

    /// <summary>The longest article text accepted, in characters.</summary>
    public int MaxArticleChars { get; set; } = 1_000_000;

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
