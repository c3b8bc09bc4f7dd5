using GraphViz.Core.Actors;
using GraphViz.Core.Text;
using static GraphViz.Core.Relations.RoleReader;

namespace GraphViz.Core.Relations;

/// <summary>
/// The parties of a relation with no acting side (an agreement, talks, a summit, a war between two), and of
/// any trigger followed by "بين X و Y". Several parties named as one list are each a party with each other:
/// "قمة ثلاثية بين مصر وإريتريا والصومال", "اجتمع وزراء خارجية روسيا وتركيا وإيران".
/// </summary>
public static class MutualRoles
{
    // "بين البلدين" (between the two countries) and its like refer back to the two parties already named.
    private static readonly HashSet<string> TheTwo = FunctionWords.Arabic.Set("the_two");

    /// <summary>The parties of a mutual trigger: after بين, inside the trigger, or the nearest actors; none if it names none.</summary>
    public static List<Roles> Pairs(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Any(m => m.OnlyPlace)) mentions = mentions.Where(m => !m.OnlyPlace).ToList(); // a venue (قمة في أبوجا) is no party
        var between = AfterBetween(trigger, tokens, mentions);
        if (between.Count > 0) return between;
        // Actors inside a trigger in parts are its parties: "وقعت مصر وتركيا اتفاقية".
        var inside = mentions.Where(m => m.FirstToken > trigger.FirstToken && m.LastToken < trigger.LastToken).ToList();
        var insideIds = Coordination.Ids(inside);
        if (insideIds.Count >= 2) return AllPairs(insideIds);
        // One inside ("وقعت بوركينا فاسو اتفاقا مع موسكو"): it is one side, the other is named after the trigger.
        if (insideIds.Count == 1)
        {
            var other = mentions.FirstOrDefault(m => m.FirstToken > trigger.LastToken && m.FirstToken - trigger.LastToken <= NearestReach
                                                     && m.ActorId != insideIds[0]);
            return other is null ? [] : Coordination.Ids(Coordination.From(other, mentions)).Where(id => id != insideIds[0])
                .Select(id => new Roles(insideIds[0], id)).ToList();
        }
        return Nearest(trigger, mentions);
    }

    /// <summary>"... بين X و Y" within three words after the trigger: X and Y (or each pair of a longer list).</summary>
    public static List<Roles> AfterBetween(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        for (var t = trigger.FirstToken + 1; t <= Math.Min(tokens.Count - 1, trigger.LastToken + 3); t++)
            if (tokens[t].Text == "بين") return Between(t, trigger, tokens, mentions);
        return [];
    }

    // Apart from AfterBetween so that its closures are made only for the few triggers followed by بين.
    private static List<Roles> Between(int t, TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (t + 1 < tokens.Count && TheTwo.Contains(tokens[t + 1].Text) && !mentions.Any(m => m.FirstToken == t + 1))
        {
            // The two named before the trigger, when «البلدين» was not resolved as a mention of its own.
            var before = mentions.Where(m => m.LastToken < trigger.FirstToken).Reverse().Select(m => m.ActorId).Distinct().Take(2).Reverse().ToList();
            return before.Count == 2 ? [new Roles(before[0], before[1])] : [];
        }
        var first = mentions.FirstOrDefault(m => m.FirstToken > t);
        if (first is null) return [];
        var list = Coordination.Ids(Coordination.From(first, mentions));
        if (list.Count >= 2) return AllPairs(list);
        // "بين قطر من جهة، والسعودية والإمارات من جهة أخرى": one side, then the other as a list.
        var other = mentions.FirstOrDefault(m => m.FirstToken > first.LastToken && m.ActorId != first.ActorId);
        if (other is null) return [];
        return Coordination.Ids(Coordination.From(other, mentions)).Where(id => id != first.ActorId)
            .Select(id => new Roles(first.ActorId, id)).ToList();
    }

    /// <summary>How far from a mutual trigger its parties may be when nothing else names them ("بين", a list).</summary>
    private const int NearestReach = 6;

    /// <summary>
    /// The two nearest distinct actors, the earlier first; when one of them is in a list, the list's members are
    /// parties too: each pair of a list that holds both, or the other one with each member.
    /// </summary>
    private static List<Roles> Nearest(TriggerMatch trigger, IReadOnlyList<Mention> mentions)
    {
        Mention? first = null, second = null;
        int firstDistance = int.MaxValue, secondDistance = int.MaxValue;
        foreach (var m in mentions)
        {
            var d = m.LastToken < trigger.FirstToken ? trigger.FirstToken - m.LastToken : m.FirstToken - trigger.LastToken;
            if (d <= 0 || d > NearestReach) continue;
            if (first is not null && m.ActorId == first.ActorId)
            {
                if (d < firstDistance) (first, firstDistance) = (m, d);
                continue;
            }
            if (d < firstDistance)
            {
                if (first is not null && first.ActorId != second?.ActorId) (second, secondDistance) = (first, firstDistance);
                (first, firstDistance) = (m, d);
            }
            else if (d < secondDistance && m.ActorId != first?.ActorId) (second, secondDistance) = (m, d);
        }
        if (first is null || second is null || first.ActorId == second.ActorId) return [];
        if (first.FirstToken > second.FirstToken) (first, second) = (second, first);
        var firstList = Coordination.Ids(Coordination.Whole(first, mentions));
        if (firstList.Contains(second.ActorId)) return AllPairs(firstList);
        var secondList = Coordination.Ids(Coordination.Whole(second, mentions));
        if (secondList.Count > 1 && secondList.Contains(first.ActorId)) return AllPairs(secondList); // the host among the guests
        if (secondList.Count > 1)
            return secondList.Select(id => new Roles(first.ActorId, id)).ToList();
        if (firstList.Count > 1) return firstList.Select(id => new Roles(id, second.ActorId)).ToList();
        return [new Roles(first.ActorId, second.ActorId)];
    }

    public static List<Roles> AllPairs(IReadOnlyList<string> ids)
    {
        var pairs = new List<Roles>();
        for (var i = 0; i < ids.Count; i++)
            for (var j = i + 1; j < ids.Count; j++)
                pairs.Add(new Roles(ids[i], ids[j]));
        return pairs;
    }
}
