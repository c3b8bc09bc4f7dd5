namespace GraphViz.Core.Relations;

/// <summary>How the roles of a trigger are read from its sentence (see <see cref="RoleReader"/>).</summary>
public enum TriggerRoles { Verb, Noun, Statement, Object, Mutual, Passive, Mediator, Relational }

/// <summary>
/// One word of a trigger pattern: alternatives, each exact or a prefix (written with a trailing *), and how many
/// words may stand between it and the word before (<see cref="MaxGapBefore"/>, 0 when adjacent).
/// </summary>
public sealed record PatternWord(IReadOnlyList<string> Exact, IReadOnlyList<string> Prefixes, int MaxGapBefore)
{
    public bool Matches(ReadOnlySpan<char> stem)
    {
        foreach (var e in Exact) if (stem.SequenceEqual(e)) return true;
        foreach (var p in Prefixes) if (stem.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }
}

/// <summary>A row of triggers.tsv: the words that signal a relation of <see cref="Type"/>.</summary>
public sealed record TriggerPattern(RelationType Type, IReadOnlyList<PatternWord> Words, TriggerRoles Roles, string Source);
