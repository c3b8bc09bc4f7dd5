using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>A trigger found in a sentence: the tokens of its words, first to last.</summary>
public sealed record TriggerMatch(TriggerPattern Pattern, int FirstToken, int LastToken, IReadOnlyList<int> WordTokens);

/// <summary>
/// Finds triggers in a sentence left to right. At each word the pattern with most words wins (then the
/// tighter one), and its words are used up, so "إنهاء اتفاق التعاون العسكري" is one ending, not also an agreement.
/// </summary>
public sealed class TriggerMatcher(TriggerLexicon lexicon)
{
    public List<TriggerMatch> Match(IReadOnlyList<Token> tokens, ISet<int> reserved)
    {
        var found = new List<TriggerMatch>();
        if (tokens.Count == 0) return found;
        var used = new bool[tokens.Count];      // words of triggers found so far: no overlap, and gaps stop at them
        var isActor = new bool[tokens.Count];   // words of actor names: never a trigger word, but a gap may cross them
        foreach (var r in reserved) if (r < isActor.Length) isActor[r] = true;
        var cuts = new ArabicClitics.Cut[tokens.Count * 6];
        var cutCounts = new int[tokens.Count];
        for (var t = 0; t < tokens.Count; t++) cutCounts[t] = ArabicClitics.Cuts(tokens[t].Text, cuts.AsSpan(t * 6, 6));
        Span<char> buffer = stackalloc char[tokens.Max(t => t.Length) + 1];
        var candidates = new List<TriggerPattern>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i] || isActor[i]) continue;
            TriggerMatch? best = null;
            var word = tokens[i].Text;
            for (var c = 0; c < cutCounts[i]; c++)
            {
                candidates.Clear();
                lexicon.AddCandidates(cuts[i * 6 + c].Stem(word, buffer), candidates);
                foreach (var pattern in candidates)
                {
                    var m = TryMatch(pattern, tokens, cuts, cutCounts, used, isActor, i, buffer);
                    if (m is not null && Better(m, best)) best = m;
                }
            }
            if (best is null) continue;
            found.Add(best);
            for (var k = best.FirstToken; k <= best.LastToken; k++) used[k] = true;
        }
        return found;
    }

    private static bool Better(TriggerMatch m, TriggerMatch? best) =>
        best is null
        || m.WordTokens.Count > best.WordTokens.Count
        || (m.WordTokens.Count == best.WordTokens.Count && m.LastToken < best.LastToken);

    private static TriggerMatch? TryMatch(TriggerPattern pattern, IReadOnlyList<Token> tokens, ArabicClitics.Cut[] cuts, int[] cutCounts,
        bool[] used, bool[] isActor, int start, Span<char> buffer)
    {
        var positions = new int[pattern.Words.Count];
        positions[0] = start;
        var pos = start;
        for (var w = 1; w < pattern.Words.Count; w++)
        {
            var word = pattern.Words[w];
            var last = word.GapBefore ? Math.Min(tokens.Count - 1, pos + 1 + TriggerLexicon.MaxGap) : pos + 1;
            var next = -1;
            for (var j = pos + 1; j <= last && j < tokens.Count && next < 0; j++)
            {
                if (used[j]) break;
                if (isActor[j]) continue;
                for (var c = 0; c < cutCounts[j]; c++)
                    if (word.Matches(cuts[j * 6 + c].Stem(tokens[j].Text, buffer))) { next = j; break; }
            }
            if (next < 0) return null;
            positions[w] = pos = next;
        }
        return new TriggerMatch(pattern, start, pos, positions);
    }
}
