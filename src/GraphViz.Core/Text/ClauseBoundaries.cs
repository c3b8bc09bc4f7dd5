namespace GraphViz.Core.Text;

/// <summary>
/// Where the clauses of a sentence begin (token indices, in order), for the readers that must not reach
/// across them: a date stays in its clause, and so do the parties of a contrasting clause.
/// </summary>
public static class ClauseBoundaries
{
    private static readonly string[][] ContrastOpeners = Phrases.Split(FunctionWords.Arabic.Set("contrast_opener"));
    private static readonly Dictionary<string, string> NotContrastAfter = FunctionWords.Arabic.Map("not_contrast_after", opener => opener);
    private static readonly string[][] OtherTimeOpeners = Phrases.Split(FunctionWords.Arabic.Set("other_time_opener"));

    /// <summary>
    /// A contrasting clause with its own subject: "بينما", "في حين", "فيما" (but not "فيما يتعلق" or "فيما بعد").
    /// "قطعت الجزائر علاقاتها مع المغرب في أغسطس 2021، بينما وقعت مصر وتركيا اتفاقية": the agreement is Egypt's
    /// and Turkey's, and August 2021 is not its date.
    /// </summary>
    public static IReadOnlyList<int> Contrasts(IReadOnlyList<Token> tokens)
    {
        List<int>? starts = null; // most sentences have none: no list for them
        for (var t = 1; t < tokens.Count - 1; t++)
        {
            if (Phrases.StartsAt(tokens, t, ContrastOpeners) is not { } opener) continue;
            if (opener.Length == 1 && NotContrastAfter.TryGetValue(tokens[t + 1].Text, out var after) && after == opener[0]) continue;
            (starts ??= []).Add(t);
        }
        return starts ?? (IReadOnlyList<int>)[];
    }

    /// <summary>
    /// A clause set at another time: "بعد أن", "قبل أن", "منذ أن" ("ستسحب قواتها خلال الأشهر الأربعة المقبلة بعد
    /// أن أمرتهم ... بالمغادرة"). Its subject may be the main clause's, but its dates are its own.
    /// </summary>
    public static IReadOnlyList<int> OtherTimes(IReadOnlyList<Token> tokens)
    {
        List<int>? starts = null;
        for (var t = 0; t + 1 < tokens.Count; t++)
            if (Phrases.StartsAt(tokens, t, OtherTimeOpeners) is not null) (starts ??= []).Add(t);
        return starts ?? (IReadOnlyList<int>)[];
    }

    private static readonly HashSet<string> RelativePronouns = FunctionWords.Arabic.Set("relative_pronoun");

    /// <summary>
    /// Relative clauses set off by commas, as [From, To) offsets in the text: "الحكومة العسكرية، التي تولت السلطة
    /// العام الماضي، أشرفت ...". A date inside one dates that clause, not the sentence around it.
    /// </summary>
    /// <param name="text">The normalised text the sentence indexes.</param>
    public static IReadOnlyList<(int From, int To)> RelativeClauses(string text, Sentence sentence)
    {
        List<(int, int)>? clauses = null; // most sentences have none: no list for them
        foreach (var t in sentence.Tokens)
            if (ClauseEnd(text, sentence, t) is { } end) (clauses ??= []).Add((t.Start, end));
        return clauses ?? (IReadOnlyList<(int, int)>)[];
    }

    /// <summary>The same relative clauses as token ranges, from the pronoun to the clause's last word; null when none.</summary>
    public static List<(int First, int Last)>? RelativeClauseTokens(string text, Sentence sentence)
    {
        List<(int, int)>? clauses = null;
        var tokens = sentence.Tokens;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (ClauseEnd(text, sentence, tokens[t]) is not { } end) continue;
            var last = t;
            while (last + 1 < tokens.Count && tokens[last + 1].End <= end) last++;
            (clauses ??= []).Add((t, last));
        }
        return clauses;
    }

    /// <summary>Where the relative clause a pronoun opens after a comma ends (the next comma or full stop); null for any other word.</summary>
    private static int? ClauseEnd(string text, Sentence sentence, Token pronoun)
    {
        if (!RelativePronouns.Contains(pronoun.Text)) return null;
        var before = pronoun.Start - 1;
        while (before > sentence.Start && text[before] == ' ') before--;
        if (text[before] is not ('،' or ',')) return null;
        var end = pronoun.End;
        while (end < sentence.End && text[end] is not ('،' or ',' or '.')) end++;
        return end;
    }

    /// <summary>The clause around a token: the last start at or before it, up to the next start (exclusive; null: the sentence's end).</summary>
    public static (int? From, int? To) Around(IReadOnlyList<int> starts, int token)
    {
        int? from = null, to = null;
        foreach (var s in starts)
        {
            if (s <= token) from = s;
            else { to = s; break; }
        }
        return (from, to);
    }
}
