using System.Buffers;
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
        // Per-sentence scratch from the pool: every sentence of every article passes here.
        var n = tokens.Count;
        var used = ArrayPool<bool>.Shared.Rent(n);    // words of triggers found so far: no overlap, and gaps stop at them
        var isActor = ArrayPool<bool>.Shared.Rent(n); // words of actor names: never a trigger word, but a gap may cross them
        var from = ArrayPool<int>.Shared.Rent(n + 1); // token i's slots are slots[from[i] .. from[i + 1])
        var slots = new List<int>();
        try
        {
            Array.Clear(used, 0, n);
            Array.Clear(isActor, 0, n);
            foreach (var m in mentions)
                for (var t = m.FirstToken; t <= m.LastToken && t < n; t++) isActor[t] = true;
            var sentence = new Slots(slots, from, n);
            Collect(tokens, isActor, sentence);
            Find(n, used, isActor, sentence, found);
        }
        finally
        {
            ArrayPool<bool>.Shared.Return(used);
            ArrayPool<bool>.Shared.Return(isActor);
            ArrayPool<int>.Shared.Return(from);
        }
        return found;
    }

    /// <summary>Every token's slots in one sorted run per token: no list per word.</summary>
    private readonly record struct Slots(List<int> All, int[] From, int Count)
    {
        public ReadOnlySpan<int> Of(int token) =>
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(All)[From[token]..From[token + 1]];
    }

    private void Find(int count, bool[] used, bool[] isActor, Slots slots, List<TriggerMatch> found)
    {
        for (var i = 0; i < count; i++)
        {
            if (used[i]) continue;
            TriggerMatch? best = null;
            foreach (var slot in slots.Of(i))
            {
                var (pattern, word) = PatternWordIndex.Parts(slot);
                if (word != 0) continue;
                var m = TryMatch(pattern, count, slots, used, isActor, i);
                if (m is not null && Better(m, best)) best = m;
            }
            if (best is null) continue;
            found.Add(best);
            foreach (var k in best.WordTokens) used[k] = true; // the words between its parts stay free for triggers of their own
        }
    }

    private static readonly HashSet<string> NeverTriggers = Text.FunctionWords.Arabic.Set("never_trigger");

    /// <summary>Each token's slots: the places in patterns any of its readings (clitics off) can fill, sorted, without repeats.</summary>
    private void Collect(IReadOnlyList<Token> tokens, bool[] isActor, Slots slots)
    {
        var longest = 0;
        foreach (var t in tokens) longest = Math.Max(longest, t.Length);
        Span<char> buffer = stackalloc char[longest + 1];
        Span<ArabicClitics.Cut> cuts = stackalloc ArabicClitics.Cut[6];
        for (var i = 0; i < tokens.Count; i++)
        {
            slots.From[i] = slots.All.Count;
            if (isActor[i]) continue;
            var word = tokens[i].Text;
            if (NeverTriggers.Contains(word)) continue; // وزارة is a ministry, not و + زاره (visited him)
            var count = ArabicClitics.Cuts(word, cuts);
            for (var c = 0; c < count; c++) lexicon.Index.Collect(cuts[c].Stem(word, buffer), slots.All);
            PatternWordIndex.Distinct(slots.All, slots.From[i]);
        }
        slots.From[tokens.Count] = slots.All.Count;
    }

    private static bool Better(TriggerMatch m, TriggerMatch? best) =>
        best is null
        || m.WordTokens.Count > best.WordTokens.Count
        || (m.WordTokens.Count == best.WordTokens.Count && m.LastToken < best.LastToken);

    private TriggerMatch? TryMatch(int patternNumber, int count, Slots slots, bool[] used, bool[] isActor, int start)
    {
        var pattern = lexicon.Patterns[patternNumber];
        Span<int> positions = stackalloc int[pattern.Words.Count]; // most attempts fail: allocate only a match
        positions[0] = start;
        var pos = start;
        for (var w = 1; w < pattern.Words.Count; w++)
        {
            var slot = PatternWordIndex.Slot(patternNumber, w);
            var last = Math.Min(count - 1, pos + 1 + pattern.Words[w].MaxGapBefore);
            var next = -1;
            for (var j = pos + 1; j <= last && next < 0; j++)
            {
                if (used[j]) break;
                if (isActor[j]) continue;
                if (slots.Of(j).BinarySearch(slot) >= 0) next = j;
            }
            if (next < 0) return null;
            positions[w] = pos = next;
        }
        return new TriggerMatch(pattern, start, pos, positions.ToArray());
    }
}
