using GraphViz.Core.Relations;
using GraphViz.Core.Time;

namespace GraphViz.Core.Timeline;

/// <summary>
/// One relation as the timeline sees it: every report of the same relation (same actors, type and date,
/// from one article or several) merged, with the articles that report it. <see cref="Begins"/> is when it
/// starts to hold (null: before anything the text dates), <see cref="End"/> when it stops (null: still holds).
/// </summary>
public sealed record TimelineRelation(
    string Id, string Source, string Target, RelationType Type, PartialDate? Date, PartialDate? Begins, PartialDate? End,
    IReadOnlyList<string> RelationIds, IReadOnlyList<string> ArticleIds)
{
    public bool Undated => Date is null && Begins is null && End is null;
}

/// <summary>
/// A step of the timeline: a dated event, the relations that open or close at it, and the pairs (edge ids)
/// those opening relations belong to, for the page to highlight.
/// </summary>
public sealed record TimelineStep(int Index, string Date, string Label, string? Evidence, IReadOnlyList<string> Opens, IReadOnlyList<string> Closes,
    IReadOnlyList<string> OpensPairs);

/// <summary>
/// How two actors stand at a moment, and on how many distinct sources that rests; <see cref="Count"/> is
/// how many of the state's relations are theirs.
/// </summary>
public readonly record struct PairState(string Id, string Source, string Target, string Stance, string Polarity, int Strength, int Count);

/// <summary>The graph at a moment: the relations in force and each pair's stance.</summary>
public sealed record TimelineState(string At, IReadOnlyList<string> RelationIds, IReadOnlyList<PairState> Pairs);
