namespace GraphViz.Core.Relations;

/// <summary>A kind of relation, with its place on the cooperation (+10) … conflict (−10) scale and its CAMEO root code.</summary>
public sealed record RelationType(string Id, string Label, Polarity Polarity, int Weight, string? Cameo, bool Symmetric);
