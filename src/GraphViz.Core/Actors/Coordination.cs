namespace GraphViz.Core.Actors;

/// <summary>
/// Actors that take one role together: a list joined by و ("أعلنت بوركينا فاسو ومالي والنيجر انسحابها")
/// or a group phrase standing for several ("الدول الثلاث"). Whatever the list does, each of its members does.
/// </summary>
public static class Coordination
{
    /// <summary>True when <paramref name="next"/> continues the list that <paramref name="previous"/> is in.</summary>
    public static bool Joins(Mention previous, Mention next) =>
        (previous.Group >= 0 && previous.Group == next.Group)
        || ((next.Conjoined || BothAdjectives(previous, next))
            && next.FirstToken == previous.LastToken + 1 && next.Start > previous.End && next.Start - previous.End <= MaxGap);

    /// <summary>Two adjectives of one noun name two actors: "برعاية سعودية أمريكية" (Saudi-American sponsorship).</summary>
    private static bool BothAdjectives(Mention previous, Mention next) =>
        previous.Form == MentionForm.Demonym && next.Form == MentionForm.Demonym && previous.ActorId != next.ActorId;

    /// <summary>
    /// Characters between two joined names: a space, or a comma and a space ("مصر، والأردن"). Token numbers restart
    /// in each sentence, so adjacent tokens alone could join mentions of two sentences.
    /// </summary>
    private const int MaxGap = 3;

    /// <summary>The list <paramref name="m"/> is in, from <paramref name="m"/> onward in text order.</summary>
    public static List<Mention> From(Mention m, IReadOnlyList<Mention> mentions)
    {
        var list = new List<Mention> { m };
        var last = m;
        var i = IndexOf(m, mentions);
        for (var k = i + 1; k < mentions.Count; k++)
        {
            var next = mentions[k];
            if (!Joins(last, next)) break;
            list.Add(next);
            last = next;
        }
        return list;
    }

    /// <summary>The list <paramref name="m"/> is in, from <paramref name="m"/> back to its first member.</summary>
    public static List<Mention> UpTo(Mention m, IReadOnlyList<Mention> mentions)
    {
        var list = new List<Mention> { m };
        var current = m;
        var i = IndexOf(m, mentions);
        for (var k = i - 1; k >= 0; k--)
        {
            var previous = mentions[k];
            if (!Joins(previous, current)) break;
            list.Add(previous);
            current = previous;
        }
        return list;
    }

    /// <summary>The whole list <paramref name="m"/> is in, in text order.</summary>
    public static List<Mention> Whole(Mention m, IReadOnlyList<Mention> mentions)
    {
        var before = UpTo(m, mentions);
        before.Reverse();
        before.AddRange(From(m, mentions).Skip(1));
        return before;
    }

    /// <summary>The distinct actor ids of a list, in order.</summary>
    public static List<string> Ids(IEnumerable<Mention> list)
    {
        var ids = new List<string>(4);
        foreach (var m in list) if (!ids.Contains(m.ActorId)) ids.Add(m.ActorId); // lists are short: no hash set
        return ids;
    }

    private static int IndexOf(Mention m, IReadOnlyList<Mention> mentions)
    {
        for (var k = 0; k < mentions.Count; k++) if (ReferenceEquals(mentions[k], m)) return k;
        throw new ArgumentException("the mention is not in the list", nameof(m));
    }
}
