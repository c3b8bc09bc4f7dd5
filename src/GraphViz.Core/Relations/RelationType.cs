namespace GraphViz.Core.Relations;

/// <summary>
/// A kind of relation, with its place on the cooperation (+10) … conflict (−10) scale and its CAMEO root
/// code. <see cref="Closes"/>: the types a relation of this type ends between the same two actors.
/// </summary>
public sealed record RelationType(string Id, string Label, Polarity Polarity, int Weight, string? Cameo, bool Symmetric)
{
    public IReadOnlySet<string> Closes { get; init; } = new HashSet<string>();
}
