using GraphViz.Core.Actors;
using GraphViz.Core.Text;

namespace GraphViz.Core.Relations;

/// <summary>
/// Reads who acts on whom around a trigger from the shape of an Arabic news sentence: verb-first (طلبت
/// النيجر من واشنطن) or subject-first (النيجر والولايات المتحدة ملتزمتان), a verbal noun's agent right
/// after it (حرب واشنطن ضد), the target behind a preposition (من، مع، ضد، على، بشأن ...), and for
/// mutual relations "بين X و Y". When the sentence names no agent or target, the text's main country
/// stands in: a report about Niger that says "the junta asked French troops to leave" means Niger.
/// </summary>
public sealed class RoleReader
{
    private static readonly HashSet<string> Prepositions = FunctionWords.Arabic.Set("preposition");

    /// <summary>One reading: the agent acts on the target (for symmetric types, the order is the text's).</summary>
    public readonly record struct Roles(string Agent, string Target);

    /// <summary>The mentions that can take a role: all but adjectives describing the actor just before them.</summary>
    public static List<Mention> Participants(IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions) =>
        mentions.Where(m => !IsAttribute(m, tokens, mentions)).ToList();

    /// <param name="mentions">The sentence's <see cref="Participants"/>.</param>
    public List<Roles> Read(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions,
        string? focus, ISet<string> earlierTargets)
    {
        var result = new List<Roles>();
        if (trigger.Pattern.Roles == TriggerRoles.Mutual)
        {
            var pair = MutualPair(trigger, tokens, mentions);
            if (pair is { } p) result.Add(p);
            else if (Agent(trigger, tokens, mentions, focus, earlierTargets) is { } a && Targets(trigger, tokens, mentions, a, focus) is { Count: > 0 } ts)
                result.Add(new Roles(a, ts[0]));
            return result;
        }

        if (PairAfterBetween(trigger, tokens, mentions) is var (first, second))
        {
            result.Add(new Roles(first, second));
            return result;
        }

        var agent = trigger.Pattern.Roles == TriggerRoles.Object
            ? Before(trigger, tokens, mentions, earlierTargets) ?? Genitive(trigger, tokens, mentions) ?? focus
            : Agent(trigger, tokens, mentions, focus, earlierTargets);
        if (agent is null) return result;
        foreach (var target in Targets(trigger, tokens, mentions, agent, focus))
            result.Add(new Roles(agent, target));
        return result;
    }

    private string? Agent(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, string? focus, ISet<string> earlierTargets) =>
        Genitive(trigger, tokens, mentions)
        ?? Before(trigger, tokens, mentions, earlierTargets)
        ?? mentions.FirstOrDefault(m => m.FirstToken > trigger.LastToken && !IsOblique(m, tokens, mentions) && !earlierTargets.Contains(m.ActorId))?.ActorId
        ?? focus;

    /// <summary>The subject right after a verb, or the agent right after a verbal noun: within two words of a trigger word.</summary>
    private static string? Genitive(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.FirstToken <= trigger.FirstToken || m.FirstToken > trigger.LastToken + 2) continue;
            // An adjective on the trigger noun itself (العلاقات النيجيرية) is its agent, whatever governs the noun.
            if (m.Form == MentionForm.Demonym && trigger.WordTokens.Contains(m.FirstToken - 1)) return m.ActorId;
            if (IsOblique(m, tokens, mentions)) continue;
            var near = trigger.WordTokens.Any(w => m.FirstToken > w && m.FirstToken - w <= 2);
            if (near && !HasPrepositionBetween(tokens, trigger.FirstToken, m.FirstToken)) return m.ActorId;
        }
        return null;
    }

    /// <summary>The nearest subject-like mention before the trigger that was not already something else's object.</summary>
    private static string? Before(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, ISet<string> earlierTargets)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.LastToken >= trigger.FirstToken) continue;
            if (IsOblique(m, tokens, mentions) || earlierTargets.Contains(m.ActorId)) continue;
            var insideEarlierObject = m.Form == MentionForm.Demonym &&
                mentions.Any(o => earlierTargets.Contains(o.ActorId) && o.LastToken < m.FirstToken && m.FirstToken - o.LastToken <= 2);
            if (!insideEarlierObject) return m.ActorId;
        }
        return null;
    }

    private static List<string> Targets(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions, string agent, string? focus)
    {
        var first = mentions.FirstOrDefault(m => m.FirstToken > trigger.FirstToken && m.ActorId != agent);
        if (first is not null) return WithCoordinated(first, mentions, agent);
        var before = mentions.LastOrDefault(m => m.LastToken < trigger.FirstToken && m.ActorId != agent);
        if (before is not null) return WithCoordinatedBefore(before, mentions, agent);
        return focus is not null && focus != agent ? [focus] : [];
    }

    /// <summary>The target and the actors joined to it by و: "مع روسيا وإيران".</summary>
    private static List<string> WithCoordinated(Mention first, IReadOnlyList<Mention> mentions, string agent)
    {
        var ids = new List<string> { first.ActorId };
        var last = first;
        foreach (var m in mentions) // in text order
        {
            if (m.FirstToken <= first.LastToken) continue;
            if (m.FirstToken != last.LastToken + 1 || !m.Conjoined) break;
            if (m.ActorId != agent && !ids.Contains(m.ActorId)) ids.Add(m.ActorId);
            last = m;
        }
        return ids;
    }

    /// <summary>The target and the actors it closes a list of: "في بوركينا فاسو ومالي المجاورتين".</summary>
    private static List<string> WithCoordinatedBefore(Mention last, IReadOnlyList<Mention> mentions, string agent)
    {
        var ids = new List<string> { last.ActorId };
        var current = last;
        foreach (var m in mentions.Where(m => m.LastToken < last.FirstToken).OrderByDescending(m => m.FirstToken))
        {
            if (!current.Conjoined || m.LastToken != current.FirstToken - 1) break;
            if (m.ActorId != agent && !ids.Contains(m.ActorId)) ids.Add(m.ActorId);
            current = m;
        }
        return ids;
    }

    // "بين البلدين" (between the two countries) and its like refer back to the two parties already named.
    private static readonly HashSet<string> TheTwo = FunctionWords.Arabic.Set("the_two");

    private static (string, string)? PairAfterBetween(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        for (var t = trigger.FirstToken + 1; t <= Math.Min(tokens.Count - 1, trigger.LastToken + 3); t++)
        {
            if (tokens[t].Text != "بين") continue;
            var backwards = t + 1 < tokens.Count && TheTwo.Contains(tokens[t + 1].Text);
            var ids = (backwards
                    ? mentions.Where(m => m.LastToken < trigger.FirstToken).Reverse()
                    : mentions.Where(m => m.FirstToken > t))
                .Select(m => m.ActorId).Distinct().Take(2).ToList();
            if (backwards) ids.Reverse();
            return ids.Count == 2 ? (ids[0], ids[1]) : null;
        }
        return null;
    }

    private static Roles? MutualPair(TriggerMatch trigger, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (PairAfterBetween(trigger, tokens, mentions) is var (a, b)) return new Roles(a, b);
        // Two actors inside a trigger in parts are its parties: "وقعت مصر وتركيا اتفاقية".
        var inside = mentions.Where(m => m.FirstToken > trigger.FirstToken && m.LastToken < trigger.LastToken)
            .Select(m => m.ActorId).Distinct().ToList();
        if (inside.Count == 2) return new Roles(inside[0], inside[1]);
        // Otherwise the two nearest distinct actors, the earlier one first.
        Mention? first = null, second = null;
        int firstDistance = int.MaxValue, secondDistance = int.MaxValue;
        foreach (var m in mentions)
        {
            var d = m.LastToken < trigger.FirstToken ? trigger.FirstToken - m.LastToken : m.FirstToken - trigger.LastToken;
            if (d <= 0) continue;
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
        if (first is null || second is null || first.ActorId == second.ActorId) return null;
        return first.FirstToken < second.FirstToken ? new Roles(first.ActorId, second.ActorId) : new Roles(second.ActorId, first.ActorId);
    }

    /// <summary>
    /// A mention behind a preposition (or with one written on it: للغرب). For an adjective (القوات الأمريكية)
    /// it is the noun it modifies that the preposition governs: من القوات الفرنسية.
    /// </summary>
    public static bool IsOblique(Mention m, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (m.Preposition != '\0') return true;
        // The second of "في بوركينا فاسو ومالي" is behind the same preposition as the first.
        if (m.Conjoined && mentions.FirstOrDefault(p => p.LastToken == m.FirstToken - 1) is { } first && first != m)
            return IsOblique(first, tokens, mentions);
        var head = m.FirstToken - 1;
        if (head >= 0 && Prepositions.Contains(tokens[head].Text)) return true;
        if (m.Form != MentionForm.Demonym || head < 0) return false;
        if (ArabicClitics.Readings(tokens[head].Text).Any(r => r.Preposition != '\0' && ArabicClitics.HasArticle(r.Stem))) return true;
        return head - 1 >= 0 && Prepositions.Contains(tokens[head - 1].Text);
    }

    /// <summary>
    /// An adjective describing the actor just before it, "مجموعة فاغنر المرتزقة الروسية": part of that
    /// actor's phrase, not a party of its own to the trigger.
    /// </summary>
    private static bool IsAttribute(Mention m, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (m.Form != MentionForm.Demonym) return false;
        var head = mentions.LastOrDefault(o => o.LastToken < m.FirstToken);
        if (head is null || head.ActorId == m.ActorId || m.FirstToken - head.LastToken > 2) return false;
        for (var t = head.LastToken + 1; t <= m.FirstToken; t++)
            if (tokens[t].Text.Length > 3 && tokens[t].Text[0] is 'و') return false; // "روسيا والقوات الأمريكية"
        return true;
    }

    private static bool HasPrepositionBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var t = from + 1; t < to; t++) if (Prepositions.Contains(tokens[t].Text)) return true;
        return false;
    }

}
