using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;

namespace GraphViz.Core.Tests.Relations;

/// <summary>What the reading tests ask: the relations read in a test sentence, and whether a given one is among them.</summary>
internal static class Reading
{
    /// <summary>The publication date test sentences are read against, unless a test gives its own.</summary>
    public static readonly DateOnly Published = new(2024, 5, 20);

    public static List<Relation> Read(string text) => Read(text, Published);

    public static List<Relation> Read(string text, DateOnly published) => ArticleExtractor.Default.Extract(text, published).Relations.ToList();

    /// <summary>A relation of <paramref name="type"/> from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public static bool Has(IEnumerable<Relation> rs, string source, string target, string type) =>
        rs.Any(r => r.Source == source && r.Target == target && r.Type.Id == type);

    /// <summary>A relation of <paramref name="type"/> between the two, either way.</summary>
    public static bool Between(IEnumerable<Relation> rs, string a, string b, string type) =>
        rs.Any(r => r.Type.Id == type && Pair(r, a, b));

    /// <summary>Any relation between the two, either way.</summary>
    public static bool Linked(IEnumerable<Relation> rs, string a, string b) => rs.Any(r => Pair(r, a, b));

    private static bool Pair(Relation r, string a, string b) => (r.Source == a && r.Target == b) || (r.Source == b && r.Target == a);
}
