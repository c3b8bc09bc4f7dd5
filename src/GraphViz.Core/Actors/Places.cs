using GraphViz.Core.Text;

namespace GraphViz.Core.Actors;

/// <summary>
/// Mentions that name where something happens rather than who takes part: "في الدوحة", "قرب الحدود السورية",
/// "جزيرة بالي الإندونيسية". A place is no party to a meeting held there, and a country named only as places is
/// not an actor of the article.
/// </summary>
public static class Places
{
    private static readonly string[][] Rulers = Phrases.Split(FunctionWords.Arabic.Set("ruler"));
    private static readonly HashSet<string> Locatives = FunctionWords.Arabic.Set("locative");
    private static readonly HashSet<string> PlaceNouns = FunctionWords.Arabic.Set("place_noun");

    /// <summary>«في» right after a word for rulers means "of": «قادة المجالس العسكرية في النيجر ومالي» are the three's leaders.</summary>
    public static bool NamesRulers(IReadOnlyList<Token> tokens, int preposition) =>
        tokens[preposition].Text == "في" && preposition > 0 && Phrases.EndsAt(tokens, preposition - 1, Rulers) is not null;

    /// <summary>
    /// A place where something happens, not a party to it: "في الدوحة", "قرب الحدود", and every member of a list
    /// after one ("في بوركينا فاسو ومالي"). Not «في» after a word for rulers, which means "of".
    /// </summary>
    public static bool IsPlace(Mention m, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (m.Conjoined && mentions.FirstOrDefault(p => p.LastToken == m.FirstToken - 1) is { } first && first != m)
            return IsPlace(first, tokens, mentions);
        var head = m.FirstToken - 1;
        if (head < 0) return false;
        if (tokens[head].Text == "في") return !NamesRulers(tokens, head);
        return Locatives.Contains(tokens[head].Text);
    }

    /// <summary>A sentence's mentions with <see cref="Mention.OnlyPlace"/> set, read once for the readers that ask it again and again.</summary>
    public static IReadOnlyList<Mention> Mark(IReadOnlyList<Mention> mentions, IReadOnlyList<Token> tokens)
    {
        if (mentions.Count == 0) return mentions;
        var marked = new Mention[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
            marked[i] = IsOnlyPlace(mentions[i], tokens, mentions) ? mentions[i] with { OnlyPlace = true } : mentions[i];
        return marked;
    }

    /// <summary>
    /// Only a place: a place (<see cref="IsPlace"/>), or the adjective or genitive of a place noun: "جزيرة بالي
    /// الإندونيسية", "الحدود السورية", "العاصمة النيجيرية أبوجا", "مدينة عنتيبي الأوغندية".
    /// </summary>
    private static bool IsOnlyPlace(Mention m, IReadOnlyList<Token> tokens, IReadOnlyList<Mention> mentions)
    {
        if (IsPlace(m, tokens, mentions)) return true;
        // The place noun right before it, or two words before with the place's own name between.
        for (var t = m.FirstToken - 1; t >= Math.Max(0, m.FirstToken - 2); t--)
        {
            if (ArabicClitics.AnyReadingIn(tokens[t].Text, PlaceNouns)) return true;
            if (m.Form != MentionForm.Demonym) break;
        }
        return false;
    }
}
