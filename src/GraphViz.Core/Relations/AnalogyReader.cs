using GraphViz.Core.Actors;
using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>
/// News writes "... in the wake of similar moves in Burkina Faso and Mali": the actors after such a
/// marker did what the sentence says its subject did. Each relation the subject holds in that sentence
/// is read again for them, towards the same targets.
/// </summary>
public sealed class AnalogyReader : ISentenceReader
{
    // Nouns of action followed by "مماثلة" (similar) or "مشابهة" (alike).
    private static readonly HashSet<string> ActionNouns = FunctionWords.Arabic.Set("action_noun");

    private static readonly HashSet<string> Likeness = FunctionWords.Arabic.Set("likeness");

    public void Read(SentenceContext sentence, List<FoundRelation> found)
    {
        if (found.Count == 0) return;
        var mentions = sentence.Mentions;
        var marker = Marker(sentence.Sentence.Tokens);
        if (marker < 0) return;
        var analogues = mentions.Where(m => m.FirstToken > marker && m.FirstToken - marker <= 3 || IsChained(m, mentions, marker))
                                .Select(m => m.ActorId).Distinct().ToList();
        if (analogues.Count == 0) return;
        foreach (var f in found.Where(f => f.Token < marker && !analogues.Contains(f.Source) && !analogues.Contains(f.Target)).ToList())
            foreach (var actor in analogues)
                found.Add(f with { Source = actor });
    }

    private static int Marker(IReadOnlyList<Token> tokens)
    {
        for (var t = 0; t + 1 < tokens.Count; t++)
            if (Likeness.Contains(tokens[t + 1].Text) && ArabicClitics.AnyReadingIn(tokens[t].Text, ActionNouns))
                return t + 1;
        return -1;
    }

    /// <summary>A mention joined by و to one right after the marker: "في بوركينا فاسو ومالي".</summary>
    private static bool IsChained(Mention m, IReadOnlyList<Mention> mentions, int marker)
    {
        var current = m;
        while (current.Conjoined && mentions.FirstOrDefault(p => p.LastToken == current.FirstToken - 1) is { } previous)
        {
            if (previous.FirstToken > marker && previous.FirstToken - marker <= 3) return true;
            current = previous;
        }
        return false;
    }
}
