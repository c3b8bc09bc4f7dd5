namespace GraphViz.Core.Relations;

/// <summary>
/// A kind of relation, with its place on the cooperation (+10) … conflict (−10) scale, its CAMEO root code and
/// its PLOVER event type. <see cref="Closes"/>: the types a relation of this type ends between the same two actors.
/// </summary>
public sealed record RelationType(string Id, string Label, Polarity Polarity, int Weight, string? Cameo, bool Symmetric)
{
    /// <summary>The PLOVER event type (AGREE, CONSULT, SANCTION, ASSAULT ...); null for a state that is no event.</summary>
    public string? Plover { get; init; }

    public IReadOnlySet<string> Closes { get; init; } = new HashSet<string>();

    /// <summary>What a trigger of this type makes of the relation read right after it: its content, not a fact.</summary>
    public TriggerContent Content { get; init; }

    /// <summary>Two or more subjects of one act of this type act together: partners in it.</summary>
    public bool Together { get; init; }

    /// <summary>The state of the relationship a relation of this type puts two actors in.</summary>
    public Stance Stance { get; init; } = Stance.Partner;
}

/// <summary>
/// What a relation read right after a trigger is to it: nothing special, someone else's act that the trigger's
/// subject reports (condemns, fears, alleges), what its target is charged with (اتهمت مالي أوكرانيا بدعم
/// الإرهاب: the accused is the act's agent), or what it threatens or intends.
/// </summary>
public enum TriggerContent { None, Reported, Intended, Charged }

/// <summary>
/// The state of a relationship at a moment, ordered by severity: when relations of the same moment
/// disagree, the gravest wins, so a withdrawal agreed in a joint statement still reads as a rupture.
/// </summary>
public enum Stance { Neutral, Partner, Strained, Broken, Hostile }
