using GraphViz.Core.Actors;
using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>A trigger found in a sentence: the tokens of its words, first to last.</summary>
public sealed record TriggerMatch(TriggerPattern Pattern, int FirstToken, int LastToken, IReadOnlyList<int> WordTokens);

/// <summary>
/// Finds triggers in a sentence left to right. At each word the pattern with most words wins (then the
/// tighter one), and its words are used up, so "إنهاء اتفاق التعاون العسكري" is one ending, not also an agreement.
/// The words a gap passes over are not: "الضربات نُفذت بدعم من أستراليا" keeps بدعم for a trigger of its own.
/// </summary>
public sealed class TriggerMatcher(TriggerLexicon lexicon)
{
    public List<TriggerMatch> Match(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        var found = new List<TriggerMatch>();
        if (tokens.Count == 0) return found;
        var used = new bool[tokens.Count];      // words of triggers found so far: no overlap, and gaps stop at them
        var isActor = new bool[tokens.Count];   // words of actor names: never a trigger word, but a gap may cross them
        foreach (var m in mentions)
            for (var t = m.FirstToken; t <= m.LastToken && t < isActor.Length; t++) isActor[t] = true;
        var longest = 0;
        foreach (var t in tokens) longest = Math.Max(longest, t.Length);
        Span<char> buffer = stackalloc char[longest + 1];
        Span<ArabicClitics.Cut> cuts = stackalloc ArabicClitics.Cut[6];
        var candidates = new List<TriggerPattern>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (used[i] || isActor[i]) continue;
            TriggerMatch? best = null;
            var word = tokens[i].Text;
            var count = ArabicClitics.Cuts(word, cuts);
            candidates.Clear();
            for (var c = 0; c < count; c++) lexicon.AddCandidates(cuts[c].Stem(word, buffer), candidates);
            foreach (var pattern in candidates)
            {
                var m = TryMatch(pattern, tokens, used, isActor, i, buffer);
                if (m is not null && Better(m, best)) best = m;
            }
            if (best is null) continue;
            found.Add(best);
            foreach (var k in best.WordTokens) used[k] = true; // the words between its parts stay free for triggers of their own
        }
        return found;
    }

    private static bool Better(TriggerMatch m, TriggerMatch? best) =>
        best is null
        || m.WordTokens.Count > best.WordTokens.Count
        || (m.WordTokens.Count == best.WordTokens.Count && m.LastToken < best.LastToken);

    private static TriggerMatch? TryMatch(TriggerPattern pattern, IReadOnlyList<Token> tokens, bool[] used, bool[] isActor, int start, Span<char> buffer)
    {
        Span<ArabicClitics.Cut> cuts = stackalloc ArabicClitics.Cut[6];
        Span<int> positions = stackalloc int[pattern.Words.Count]; // most attempts fail: allocate only a match
        positions[0] = start;
        var pos = start;
        for (var w = 1; w < pattern.Words.Count; w++)
        {
            var word = pattern.Words[w];
            var last = Math.Min(tokens.Count - 1, pos + 1 + word.MaxGapBefore);
            var next = -1;
            for (var j = pos + 1; j <= last && j < tokens.Count && next < 0; j++)
            {
                if (used[j]) break;
                if (isActor[j]) continue;
                var count = ArabicClitics.Cuts(tokens[j].Text, cuts);
                for (var c = 0; c < count; c++)
                    if (word.Matches(cuts[c].Stem(tokens[j].Text, buffer))) { next = j; break; }
            }
            if (next < 0) return null;
            positions[w] = pos = next;
        }
        return new TriggerMatch(pattern, start, pos, positions.ToArray());
    }
}
