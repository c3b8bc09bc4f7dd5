using GraphViz.Core.Text;

namespace GraphViz.Core.Actors;

/// <summary>
/// The inflections of a nisba adjective (أمريكي): with and without the article, feminine (ـة),
/// sound plurals (ـون، ـين، ـات). A multi-word demonym (كوري شمالي) inflects every word alike.
/// </summary>
public static class DemonymForms
{
    private static readonly string[] Suffixes = ["", "ه", "ون", "ين", "ات"];

    public static IEnumerable<string> Derive(string masculine)
    {
        var words = ArabicNormalizer.NormalizeTerm(masculine).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var article in new[] { "", "ال" })
            foreach (var suffix in Suffixes)
                yield return string.Join(' ', words.Select(w => article + w + suffix));
    }
}
