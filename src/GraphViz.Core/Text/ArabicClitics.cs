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
        var cuts = new Cut[6];
        var n = Cuts(word, cuts);
        for (var c = 0; c < n; c++)
        {
            var cut = cuts[c];
            var stem = cut.RestoreAlef ? "ا" + word[cut.Skip..] : word[cut.Skip..];
            yield return new Reading(stem, cut.Skip, cut.Preposition);
        }
    }

    /// <summary>
    /// A reading as offsets, for hot paths that must not allocate: the stem is the word after
    /// <see cref="Skip"/> letters, with an alef put back in front when <see cref="RestoreAlef"/> (لل → ال).
    /// </summary>
    public readonly record struct Cut(int Skip, bool RestoreAlef, char Preposition)
    {
        /// <summary>The stem, written into <paramref name="buffer"/> only when an alef must be put back.</summary>
        public ReadOnlySpan<char> Stem(string word, Span<char> buffer)
        {
            if (!RestoreAlef) return word.AsSpan(Skip);
            buffer[0] = 'ا';
            word.AsSpan(Skip).CopyTo(buffer[1..]);
            return buffer[..(word.Length - Skip + 1)];
        }
    }

    /// <summary>The same readings as <see cref="Readings"/>, as offsets; returns how many were written (at most 6).</summary>
    public static int Cuts(string word, Span<Cut> into)
    {
        var n = 0;
        into[n++] = new Cut(0, false, '\0');
        var conjunction = 0;
        if (word.Length > 3 && word[0] is 'و' or 'ف')
        {
            conjunction = 1;
            into[n++] = new Cut(1, false, '\0');
        }
        for (var c = 0; c <= conjunction; c++)
        {
            var length = word.Length - c;
            if (length <= 3 || word[c] is not ('ب' or 'ك' or 'ل')) continue;
            var prep = word[c];
            if (prep == 'ل' && word[c + 1] == 'ل' && length > 4) into[n++] = new Cut(c + 1, true, prep);
            into[n++] = new Cut(c + 1, false, prep);
        }
        return n;
    }

    /// <summary>True when some reading of <paramref name="word"/> is in <paramref name="set"/> (an ordinal set); makes no strings.</summary>
    public static bool AnyReadingIn(string word, HashSet<string> set)
    {
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<Cut> cuts = stackalloc Cut[6];
        Span<char> buffer = stackalloc char[word.Length + 1];
        var n = Cuts(word, cuts);
        for (var c = 0; c < n; c++)
            if (lookup.Contains(cuts[c].Stem(word, buffer))) return true;
        return false;
    }

    /// <summary>The word without a leading conjunction و or ف (when more than three letters remain a word).</summary>
    public static string WithoutConjunction(string word) => word.Length > 3 && word[0] is 'و' or 'ف' ? word[1..] : word;

    /// <summary>True when the word starts with the article ال (after any clitics already stripped).</summary>
    public static bool HasArticle(string stem) => stem.Length > 3 && stem.StartsWith("ال", StringComparison.Ordinal);
}
