using GraphViz.Core.Text;

namespace GraphViz.Core.Actors;

/// <summary>
/// Finds gazetteer phrases in a sentence's words: the first word may carry proclitics, the others
/// must match exactly, and the longest phrase wins, so that "غرب إفريقيا" (a region) hides the bloc
/// "الغرب" and "واشنطن بوست" (a newspaper) hides the metonym "واشنطن".
/// </summary>
public sealed class GazetteerMatcher(Gazetteer gazetteer)
{
    /// <summary>A phrase found at a token range, before document-level resolution.</summary>
    public sealed record Match(GazetteerPhrase Phrase, int FirstToken, int LastToken, int Start, int End, char Preposition, bool HasConjunction);

    public IReadOnlyList<Match> MatchSentence(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        List<Match>? matches = null; // most sentences name nobody: no list for them
        var i = 0;
        while (i < tokens.Count)
        {
            var best = Longest(tokens, i);
            if (best is null) { i++; continue; }
            (matches ??= []).Add(best);
            i = best.LastToken + 1;
        }
        return matches ?? (IReadOnlyList<Match>)[];
    }

    private Match? Longest(IReadOnlyList<Token> tokens, int i)
    {
        Match? best = null;
        var word = tokens[i].Text;
        Span<ArabicClitics.Cut> cuts = stackalloc ArabicClitics.Cut[6];
        Span<char> buffer = stackalloc char[word.Length + 1];
        var count = ArabicClitics.Cuts(word, cuts);
        for (var c = 0; c < count; c++)
        {
            var cut = cuts[c];
            var phrases = gazetteer.PhrasesStartingWith(cut.Stem(word, buffer));
            for (var p = 0; p < phrases.Count; p++)
            {
                var phrase = phrases[p];
                var n = phrase.Words.Length;
                if (best is not null && n <= best.LastToken - best.FirstToken + 1) break; // phrases come longest first
                if (i + n > tokens.Count || !RestMatches(tokens, i, phrase.Words)) continue;
                var start = tokens[i].Start; // the whole written word, clitics included, as annotators mark it
                var hasConjunction = cut.Skip > 0 && word[0] is 'و' or 'ف';
                best = new Match(phrase, i, i + n - 1, start, tokens[i + n - 1].End, cut.Preposition, hasConjunction);
                break;
            }
        }
        return best;
    }

    private static bool RestMatches(IReadOnlyList<Token> tokens, int i, string[] words)
    {
        for (var k = 1; k < words.Length; k++)
            if (!string.Equals(tokens[i + k].Text, words[k], StringComparison.Ordinal)) return false;
        return true;
    }
}
