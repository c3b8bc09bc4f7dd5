namespace GraphViz.Core.Text;

/// <summary>
/// Where the clauses of a sentence begin (token indices, in order), for the readers that must not reach
/// across them: a date stays in its clause, and so do the parties of a contrasting clause.
/// </summary>
public static class ClauseBoundaries
{
    /// <summary>
    /// A contrasting clause with its own subject: "بينما", "في حين", "فيما" (but not "فيما يتعلق" or "فيما بعد").
    /// "قطعت الجزائر علاقاتها مع المغرب في أغسطس 2021، بينما وقعت مصر وتركيا اتفاقية": the agreement is Egypt's
    /// and Turkey's, and August 2021 is not its date.
    /// </summary>
    public static List<int> Contrasts(IReadOnlyList<Token> tokens)
    {
        var starts = new List<int>();
        for (var t = 1; t < tokens.Count - 1; t++)
        {
            var word = tokens[t].Text;
            var next = tokens[t + 1].Text;
            if (word is "بينما" or "وبينما"
                || (word is "في" or "وفي" && next == "حين")
                || (word is "فيما" or "وفيما" && next is not ("يتعلق" or "يخص" or "بعد" or "بينها" or "بينهما")))
                starts.Add(t);
        }
        return starts;
    }

    /// <summary>
    /// A clause set at another time: "بعد أن", "قبل أن", "منذ أن" ("ستسحب قواتها خلال الأشهر الأربعة المقبلة بعد
    /// أن أمرتهم ... بالمغادرة"). Its subject may be the main clause's, but its dates are its own.
    /// </summary>
    public static List<int> OtherTimes(IReadOnlyList<Token> tokens)
    {
        var starts = new List<int>();
        for (var t = 0; t + 1 < tokens.Count; t++)
            if (tokens[t + 1].Text == "ان" && tokens[t].Text is "بعد" or "قبل" or "منذ" or "وبعد" or "وقبل") starts.Add(t);
        return starts;
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
