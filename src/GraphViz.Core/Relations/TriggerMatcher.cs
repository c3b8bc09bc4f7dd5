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
        var used = new bool[tokens.Count];      // words of triggers found so far: no overlap, and gaps stop at them
        var isActor = new bool[tokens.Count];   // words of actor names: never a trigger word, but a gap may cross them
        foreach (var r in reserved) if (r < isActor.Length) isActor[r] = true;
        var stems = tokens.Select(t => ArabicClitics.Readings(t.Text).Select(r => r.Stem).ToArray()).ToArray();
        var found = new List<TriggerMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i] || isActor[i]) continue;
            TriggerMatch? best = null;
            foreach (var stem in stems[i])
                foreach (var pattern in lexicon.Candidates(stem))
                {
                    var m = TryMatch(pattern, stems, used, isActor, i);
                    if (m is not null && Better(m, best)) best = m;
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

    private static TriggerMatch? TryMatch(TriggerPattern pattern, string[][] stems, bool[] used, bool[] isActor, int start)
    {
        var positions = new int[pattern.Words.Count];
        positions[0] = start;
        var pos = start;
        for (var w = 1; w < pattern.Words.Count; w++)
        {
            var word = pattern.Words[w];
            var last = word.GapBefore ? Math.Min(stems.Length - 1, pos + 1 + TriggerLexicon.MaxGap) : pos + 1;
            var next = -1;
            for (var j = pos + 1; j <= last && j < stems.Length; j++)
            {
                if (used[j]) break;
                if (!isActor[j] && stems[j].Any(word.Matches)) { next = j; break; }
            }
            if (next < 0) return null;
            positions[w] = pos = next;
        }
        return new TriggerMatch(pattern, start, pos, positions);
    }
}
