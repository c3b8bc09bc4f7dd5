using GraphViz.Core.Actors;
using GraphViz.Core.Relations;
using GraphViz.Core.Time;

namespace GraphViz.Core.Extraction;

/// <summary>What one article says: its actors with their mentions, its relations and its dated events.</summary>
public sealed record ArticleExtraction(
    IReadOnlyList<ExtractedActor> Actors,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<DatedEvent> Events,
    IReadOnlyList<ExtractedSource> Sources,
    ReferenceDate Reference);

/// <summary>An actor and where the article names it (original offsets).</summary>
public sealed record ExtractedActor(Actor Actor, IReadOnlyList<TextSpan> Mentions);

/// <summary>A news source the article cites (never a party to an alignment).</summary>
public sealed record ExtractedSource(string Id, string Name, IReadOnlyList<TextSpan> Mentions);

/// <summary>A span of the original text.</summary>
public sealed record TextSpan(string Text, int Start, int End);

/// <summary>Something the article dates: the date, a short English label and the sentence that says it.</summary>
public sealed record DatedEvent(PartialDate Date, string Label, Evidence Evidence, bool Inferred);
