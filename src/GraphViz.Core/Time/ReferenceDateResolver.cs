using GraphViz.Core.Text;

namespace GraphViz.Core.Time;

/// <summary>
/// The reference date of an article: its publication date, or else one inferred from the text.
/// The year: an event dated both explicitly ("استولى ... على السلطة في يوليو 2023") and relatively
/// ("التي تولت السلطة العام الماضي", "انقلاب العام الماضي") fixes it (2023 + 1); failing that, the latest
/// year the text names (texts seldom name a year after their own). The month, where the text bounds it:
/// a deadline still ahead ("بحلول 15 سبتمبر") comes after it, bare past months ("في مارس") before it.
/// </summary>
public static class ReferenceDateResolver
{
    // Events that news anchors in time and refers back to; a shared word ties the two anchorings together.
    private static readonly HashSet<string> EventWords = ArabicDateWords.EventWords;

    public static ReferenceDate Resolve(string normalizedText, DateOnly? published)
    {
        if (published is { } p) return ReferenceDate.FromPublished(p);
        var tokens = Tokenizer.Tokenize(normalizedText);
        var expressions = DateScanner.Scan(tokens);
        var sentences = SentenceSplitter.Split(normalizedText);
        var year = AnchoredYear(tokens, expressions, sentences)
                   ?? expressions.OfType<CalendarExpression>().Select(c => c.Year).Max()
                   ?? DateTime.UtcNow.Year;
        return new ReferenceDate(null, year, Inferred: true, Month: BoundedMonth(expressions));
    }

    private static int? AnchoredYear(List<Token> tokens, List<DateExpression> expressions, List<Sentence> sentences)
    {
        var explicitYears = new Dictionary<string, int>(StringComparer.Ordinal);
        var relativeYears = new List<(string Word, int Offset)>();
        foreach (var e in expressions)
        {
            var words = EventWordsAround(tokens, sentences, e);
            if (e is CalendarExpression { Year: { } y })
                foreach (var w in words) explicitYears[w] = Math.Max(explicitYears.GetValueOrDefault(w), y);
            else if (e is RelativeExpression { Unit: ArabicDateWords.Unit.Year, Span: false } r)
                foreach (var w in words) relativeYears.Add((w, r.Offset));
        }
        int? best = null;
        foreach (var (word, offset) in relativeYears)
            if (explicitYears.TryGetValue(word, out var y))
                best = Math.Max(best ?? int.MinValue, y - offset);
        return best;
    }

    /// <summary>Event words in the sentence of a date expression, before it (the event it dates comes first).</summary>
    private static IEnumerable<string> EventWordsAround(List<Token> tokens, List<Sentence> sentences, DateExpression e)
    {
        var at = tokens[e.FirstToken].Start;
        var sentence = sentences.FirstOrDefault(s => s.Start <= at && at < s.End);
        if (sentence is null) yield break;
        foreach (var t in sentence.Tokens)
        {
            if (t.Start >= at) yield break;
            var word = ArabicClitics.Readings(t.Text).Select(r => r.Stem).FirstOrDefault(EventWords.Contains);
            if (word is not null) yield return word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        }
    }

    private static int? BoundedMonth(List<DateExpression> expressions)
    {
        var bare = expressions.OfType<CalendarExpression>().Where(c => c.Year is null && c.Month is not null).ToList();
        var ahead = bare.Where(c => c.FutureHint).Select(c => c.Month!.Value).ToList();
        var behind = bare.Where(c => !c.FutureHint).Select(c => c.Month!.Value).ToList();
        if (ahead.Count == 0) return behind.Count > 0 ? behind.Max() : null;
        var deadline = ahead.Min();
        var before = behind.Where(m => m < deadline).ToList();
        return before.Count > 0 ? before.Max() : Math.Max(1, deadline - 1);
    }
}
