namespace GraphViz.Core.Actors;

/// <summary>
/// «الدول الثلاث», «البلدين», «الجانبين»: a phrase that stands for a number of actors named before it. It refers
/// to the most recent list of exactly that many (of the right kind), first in its own sentence and then before
/// it; failing a list, to the last that many distinct actors named. "أعلنت بوركينا فاسو ومالي والنيجر انسحابها
/// ... وقالت الدول الثلاث إن ..." makes the three the subject of the second verb.
/// </summary>
public static class GroupAnaphora
{
    /// <param name="document">Every mention before the phrase, in text order.</param>
    /// <param name="sentence">The mentions before the phrase in its own sentence (the end of <paramref name="document"/>).</param>
    public static List<string> Resolve(int count, Func<string, bool> fits, IReadOnlyList<Mention> document, IReadOnlyList<Mention> sentence)
    {
        var fitting = document.Where(m => fits(m.ActorId)).ToList();
        var inSentence = sentence.Where(m => fits(m.ActorId)).ToList();
        return LastList(inSentence, count)
               ?? LastDistinct(inSentence, count)
               ?? LastList(fitting, count)
               ?? LastDistinct(fitting, count)
               ?? [];
    }

    /// <summary>The most recent coordinated list of exactly <paramref name="count"/> distinct actors.</summary>
    private static List<string>? LastList(List<Mention> mentions, int count)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var ids = Coordination.Ids(Coordination.Whole(mentions[i], mentions));
            if (ids.Count == count) return ids;
        }
        return null;
    }

    private static List<string>? LastDistinct(List<Mention> mentions, int count)
    {
        var ids = new List<string>();
        for (var i = mentions.Count - 1; i >= 0 && ids.Count < count; i--)
            if (!ids.Contains(mentions[i].ActorId)) ids.Add(mentions[i].ActorId);
        if (ids.Count < count) return null;
        ids.Reverse();
        return ids;
    }
}
