namespace GraphViz.Core.Text;

/// <summary>
/// Proclitics that Arabic writes onto the next word: the conjunctions و and ف, the prepositions
/// ب, ك and ل, and the article ال. Matching a name needs the bare word back: وإيران → ايران,
/// بالنيجر → النيجر, لرويترز → رويترز, and للغرب → الغرب (ل + ال contract to لل in writing).
/// </summary>
public static class ArabicClitics
{
    /// <summary>A way of reading a word: the stem after stripping <see cref="PrefixLength"/> letters,
    /// and the preposition (ب ك ل) the reading took off, if any.</summary>
    public readonly record struct Reading(string Stem, int PrefixLength, char Preposition);

    /// <summary>
    /// Every reading of <paramref name="word"/>, the whole word first. A stem must keep at least two letters,
    /// so short words are never stripped to nothing.
    /// </summary>
    public static IEnumerable<Reading> Readings(string word)
    {
        yield return new Reading(word, 0, '\0');
        var conjunction = 0;
        if (word.Length > 3 && word[0] is 'و' or 'ف')
        {
            conjunction = 1;
            yield return new Reading(word[1..], 1, '\0');
        }
        for (var c = 0; c <= conjunction; c++)
        {
            var rest = word[c..];
            if (rest.Length <= 3 || rest[0] is not ('ب' or 'ك' or 'ل')) continue;
            var prep = rest[0];
            if (prep == 'ل' && rest[1] == 'ل' && rest.Length > 4)
                yield return new Reading("ا" + rest[1..], c + 1, prep);   // لل = ل + ال (للغرب → الغرب)
            yield return new Reading(rest[1..], c + 1, prep);              // also لليبيا → ليبيا
        }
    }

    /// <summary>True when the word starts with the article ال (after any clitics already stripped).</summary>
    public static bool HasArticle(string stem) => stem.Length > 3 && stem.StartsWith("ال", StringComparison.Ordinal);
}
