namespace GraphViz.Core.Relations;

/// <summary>Two actors as an unordered pair, "A~B" with A first in ordinal order: the id of an edge and of a stance.</summary>
public static class ActorPair
{
    public static string Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}~{b}" : $"{b}~{a}";
}
