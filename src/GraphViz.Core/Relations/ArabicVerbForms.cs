using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>
/// A verb written in the lexicon as its past and present stems, "سحب/يسحب" (he withdrew / he withdraws),
/// stands for every person, number and tense news writes it in: the past stem with any ending (سحبت، سحبوا،
/// سحبتا، سحبها), the present stem behind the person prefixes ي ت ن with any ending (يسحب، تسحبان، ينسحبون),
/// and the same behind the future سـ (ستسحب، سيسحبون). So a row of the lexicon names a verb once, as a
/// dictionary does, and the matcher still meets it in every form; the forms are prefixes in the same trie.
/// Verbs whose past stem changes with the person (دعا → دعت) list the other stem beside it.
/// </summary>
public static class ArabicVerbForms
{
    private static readonly string[] PersonPrefixes = ["ي", "ت", "ن"];

    /// <summary>True when a lexicon word is written as a verb's two stems.</summary>
    public static bool IsVerb(string written) => written.Contains('/');

    /// <summary>The normalised prefixes that match every form of the verb written as "PAST/PRESENT".</summary>
    public static IEnumerable<string> Prefixes(string written)
    {
        var parts = written.Split('/');
        if (parts.Length != 2) throw new InvalidDataException($"a verb is written PAST/PRESENT: '{written}'");
        var past = ArabicNormalizer.NormalizeTerm(parts[0]);
        var present = ArabicNormalizer.NormalizeTerm(parts[1]);
        if (past.Length < 2 || present.Length < 3 || present[0] != 'ي')
            throw new InvalidDataException($"'{written}': the present stem is written in the third person, starting with ي");
        var stem = present[1..];
        yield return past;
        foreach (var person in PersonPrefixes)
        {
            yield return person + stem;
            yield return "س" + person + stem;
        }
    }
}
