using GraphViz.Core.Time;

namespace GraphViz.Core.Relations;

/// <summary>
/// One relation read from one sentence: <see cref="Source"/> acts on <see cref="Target"/> (for symmetric
/// types the order is the text's). <see cref="Date"/> is when it happened, if the sentence says;
/// <see cref="Start"/> and <see cref="End"/> bound the time it held, either may be open.
/// <see cref="ReportedBy"/>: the actor whose words these are, when the text reports them (a quotation,
/// or the object of a concern: "أعربت واشنطن عن قلقها بشأن العلاقات النيجيرية مع روسيا").
/// <see cref="Historical"/>: the text calls it traditional or former ("الحليف الأمني التقليدي"): it held before
/// the events the text reports.
/// </summary>
public sealed record Relation(
    string Source,
    string Target,
    RelationType Type,
    PartialDate? Date,
    PartialDate? Start,
    PartialDate? End,
    bool DateInferred,
    Evidence Evidence,
    string? ReportedBy = null,
    bool Historical = false)
{
    public Polarity Polarity => Type.Polarity;
}

/// <summary>The sentence a relation was read from, in original offsets, with the actor mentions inside it.</summary>
public sealed record Evidence(string Text, int Start, int End, IReadOnlyList<EvidenceMention> Mentions);

/// <summary>An actor mention inside evidence; offsets are relative to <see cref="Evidence.Text"/>.</summary>
public sealed record EvidenceMention(string ActorId, int Start, int End);
