using GraphViz.Core.Text;
using static GraphViz.Core.Time.ArabicDateWords;

namespace GraphViz.Core.Time;

/// <summary>
/// Finds date expressions in the words of normalised text, left to right in one pass; each word is
/// looked at a bounded number of times, so the scan is linear in the text's length.
/// </summary>
internal static class DateScanner
{
    public static List<DateExpression> Scan(IReadOnlyList<Token> tokens)
    {
        List<DateExpression>? found = null; // most sentences have no date: no list for them
        var i = 0;
        while (i < tokens.Count)
        {
            if (!MightStartDate(tokens[i].Text)) { i++; continue; }
            var e = TryAt(tokens, i);
            if (e is null) { i++; continue; }
            (found ??= []).Add(e);
            i = e.LastToken + 1;
        }
        return found ?? [];
    }

    // Every word a date expression can start with; most words are not, and are passed over at once.
    private static readonly HashSet<string> StartWords = BuildStartWords();

    private static HashSet<string> BuildStartWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        words.UnionWith(YearWords);
        words.UnionWith(This);
        words.UnionWith(WeekdayHeads);
        words.UnionWith(DayWords.Keys);
        words.UnionWith(After);
        words.UnionWith(OrdinalDayPhrases.Select(p => p[0]));
        words.UnionWith(Months.Keys);
        words.UnionWith(AnchoredMonths.Keys);
        words.UnionWith(TwoWordMonths.Keys.Select(k => k.Item1));
        words.UnionWith(Weekdays.Keys);
        words.UnionWith(Qualifiers.Keys);
        words.UnionWith(Numbers.Keys);
        words.UnionWith(Numbers.Keys.Select(n => "ال" + n));
        words.UnionWith(Units.Keys);
        words.UnionWith(Units.Keys.Select(u => "ال" + u));
        return words;
    }

    private static bool MightStartDate(string word)
    {
        return (word.Length > 0 && char.IsAsciiDigit(word[0])) || ArabicClitics.AnyReadingIn(word, StartWords);
    }

    /// <summary>The word without a leading و or ف (وفي → في), when the rest is still a word.</summary>
    private static string Bare(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i].Text;
        return t.Length > 2 && t[0] is 'و' or 'ف' && !Months.ContainsKey(t) && !Weekdays.ContainsKey(t) ? t[1..] : t;
    }

    private static string? At(IReadOnlyList<Token> tokens, int i) => i >= 0 && i < tokens.Count ? tokens[i].Text : null;

    private static DateExpression? TryAt(IReadOnlyList<Token> tokens, int i)
    {
        var start = i;
        var qualifier = DateQualifier.None;
        if (Qualifiers.TryGetValue(Bare(tokens, i), out var q) && i + 1 < tokens.Count)
        {
            qualifier = q;
            i++;
        }
        // Most words start no date: find the expression first, then read the words before it.
        var found = Calendar(tokens, start, i, DateBound.None, false, qualifier)
                    ?? Relative(tokens, start, i, DateBound.None, false, qualifier)
                    ?? (qualifier == DateQualifier.None
                        ? (DateExpression?)Weekday(tokens, i, DateBound.None, false) ?? (DateExpression?)DayWord(tokens, i) ?? AfterPrevious(tokens, i)
                        : null);
        if (found is null || found is DayWordExpression or AfterPreviousExpression or SameAsPreviousExpression) return found;
        var bound = found.Bound != DateBound.None ? found.Bound : BoundBefore(tokens, found.FirstToken);
        var future = found.FutureHint || FutureBefore(tokens, found.FirstToken) || bound is DateBound.Deadline or DateBound.Until;
        return found with { Bound = bound, FutureHint = future };
    }

    private static CalendarExpression? Calendar(IReadOnlyList<Token> tokens, int start, int i, DateBound bound, bool future, DateQualifier qualifier)
    {
        int? day = null;
        var m = i;
        if (IsNumber(At(tokens, i), 1, 31, out var d) && MonthAt(tokens, i + 1, out _, out _))
        {
            day = d;
            m = i + 1;
        }
        else if (Phrases.StartsAt(tokens, i, OrdinalDayPhrases) is { } ordinal && At(tokens, i + ordinal.Length) == "من"
                 && MonthAt(tokens, i + ordinal.Length + 1, out _, out _))
        {
            day = OrdinalDays[string.Join(' ', ordinal)]; // "العاشر من يوليو"
            m = i + ordinal.Length + 1;
        }
        if (MonthAt(tokens, m, out var month, out var monthEnd))
        {
            var last = monthEnd;
            // A paired name for the same month: "مارس/آذار", "أكتوبر (تشرين الأول)".
            if (MonthAt(tokens, last + 1, out var pair, out var pairEnd) && pair == month) last = pairEnd;
            int? year = null;
            var ofPrevious = false;
            if (IsNumber(At(tokens, last + 1), 1900, 2100, out var y)) { year = y; last++; }
            else if (Direction(At(tokens, last + 1)) is { } direction && direction != 0)
            {
                future = direction > 0; // "فبراير المقبل", "يوليو الماضي"
                last++;
            }
            else if (At(tokens, last + 1) == "من" && UnitWithArticle(At(tokens, last + 2), out var unit, out _) && unit == Unit.Year
                     && SameAsPrevious.TryGetValue(At(tokens, last + 3) ?? "", out var same) && same == 0)
            {
                ofPrevious = true; // "أغسطس من العام نفسه"
                last += 3;
            }
            var anchored = day is not null || year is not null;
            if (!anchored && AnchoredMonths.ContainsKey(tokens[m].Text)) return null;
            return new CalendarExpression(start, last, bound, future, qualifier, year, month, day, ofPrevious);
        }
        // "عام 2022", "في 2022", "منذ 2014": a bare year needs a word that makes it one.
        var yearAt = i;
        if (YearWords.Contains(Bare(tokens, i))) yearAt = i + 1;
        if (IsNumber(At(tokens, yearAt), 1900, 2100, out var year2) &&
            (yearAt > i || qualifier != DateQualifier.None || (i > 0 && YearIntroducers.Contains(Bare(tokens, i - 1)))))
            return new CalendarExpression(start, yearAt, bound, future, qualifier, year2, null, null);
        return null;
    }

    private static bool MonthAt(IReadOnlyList<Token> tokens, int i, out int month, out int last)
    {
        month = 0;
        last = i;
        if (i < 0 || i >= tokens.Count) return false;
        var word = tokens[i].Text;
        foreach (var w in ArabicClitics.Readings(word).Select(r => r.Stem))
        {
            if (i + 1 < tokens.Count && TwoWordMonths.TryGetValue((w, tokens[i + 1].Text), out month)) { last = i + 1; return true; }
            if (Months.TryGetValue(w, out month)) return true;
        }
        if (AnchoredMonths.TryGetValue(word, out month)) return true;
        return false;
    }

    private static RelativeExpression? Relative(IReadOnlyList<Token> tokens, int start, int i, DateBound bound, bool future, DateQualifier qualifier)
    {
        var word = Bare(tokens, i);
        // "هذا العام"، "هذا الشهر"
        if (This.Contains(word) && UnitWithArticle(At(tokens, i + 1), out var thisUnit, out _))
            return new RelativeExpression(start, i + 1, bound, future, qualifier, thisUnit, 0, false);

        // "الشهر الماضي"، "العام المقبل"، "العام الجاري"، "العقد الماضي"، "الأشهر الأربعة المقبلة"، "الشهرين الماضيين"
        if (UnitWithArticle(word, out var unit, out var count))
        {
            if (count == 1 && SameAsPrevious.TryGetValue(At(tokens, i + 1) ?? "", out var after))
                return null; // "الشهر نفسه", "اليوم التالي": read by SameAs
            var j = i + 1;
            if (count == 0 && NumberWord(At(tokens, j), out var n)) { count = n; j++; }
            var direction = Direction(At(tokens, j));
            if (direction is null) return null;
            var plural = count != 1;
            var span = plural || unit == Unit.Decade || SpanBefore(tokens, start);
            var offset = direction.Value * Math.Max(count, 1);
            if (count == 0) return null; // "الأشهر الماضية" without a number: too vague to date
            return new RelativeExpression(start, j, bound, future, qualifier, unit, offset, span && direction != 0);
        }

        // "خلال ثلاثة أشهر"، "قبل عامين"، "منذ ثلاثة أشهر"، "بعد أسبوعين"
        var (amount, unitAt) = NumberWord(word, out var k) ? (k, i + 1) : Units.TryGetValue(word, out var dual) && dual.Count == 2 ? (2, i) : (0, -1);
        if (amount > 0 && Units.TryGetValue(At(tokens, unitAt) ?? "", out var u) && u.Unit != Unit.Day)
        {
            if (i == 0 || !AmountOpeners.TryGetValue(Bare(tokens, i - 1), out var opener)) return null;
            return opener switch
            {
                AmountOpener.Ago => new RelativeExpression(i - 1, unitAt, DateBound.None, false, qualifier, u.Unit, -amount, false),
                AmountOpener.Since => new RelativeExpression(i - 1, unitAt, DateBound.Since, false, qualifier, u.Unit, -amount, true),
                AmountOpener.Within when future || FutureBefore(tokens, i - 1) || Direction(At(tokens, unitAt + 1)) == 1 =>
                    new RelativeExpression(i - 1, unitAt, DateBound.None, true, qualifier, u.Unit, amount, true),
                _ => null,
            };
        }
        return null;
    }

    private static bool UnitWithArticle(string? word, out Unit unit, out int count)
    {
        unit = default;
        count = 0;
        if (word is null || !word.StartsWith("ال", StringComparison.Ordinal) || !Units.TryGetValue(word[2..], out var u)) return false;
        (unit, count) = u;
        return true;
    }

    private static bool NumberWord(string? word, out int n)
    {
        n = 0;
        if (word is null) return false;
        if (Numbers.TryGetValue(word, out n)) return true;
        if (word.StartsWith("ال", StringComparison.Ordinal) && Numbers.TryGetValue(word[2..], out n)) return true;
        return IsNumber(word, 1, 99, out n);
    }

    private static int? Direction(string? word) =>
        word is null ? null : Past.Contains(word) ? -1 : Next.Contains(word) ? 1 : Current.Contains(word) ? 0 : null;

    private static bool SpanBefore(IReadOnlyList<Token> tokens, int start) =>
        start > 0 && SpanOpeners.Contains(Bare(tokens, start - 1));

    private static WeekdayExpression? Weekday(IReadOnlyList<Token> tokens, int i, DateBound bound, bool future)
    {
        var first = i;
        var named = false;
        var today = false; // "اليوم الأحد", "صباح اليوم الأحد": the reference day itself, ahead of nothing
        for (var heads = 0; heads < 2 && i + 1 < tokens.Count && WeekdayHeads.Contains(Bare(tokens, i)); heads++)
        {
            named = true;
            today |= DayWords.TryGetValue(Bare(tokens, i), out var offset) && offset == 0;
            i++;
        }
        if (!Weekdays.TryGetValue(tokens[i].Text, out var weekday)) return null;
        var direction = Direction(At(tokens, i + 1));
        // A weekday alone ("أعلن الكرملين، الاثنين،") is a day unless an adjective follows: «الجمعية العامة»-like nouns.
        if (!named && direction is null && At(tokens, i + 1) is { } next && next.StartsWith("ال", StringComparison.Ordinal)) return null;
        var last = direction is null ? i : i + 1;
        return new WeekdayExpression(first, last, bound, future || direction == 1, weekday) { Today = today };
    }

    private static DateExpression? DayWord(IReadOnlyList<Token> tokens, int i)
    {
        var word = Bare(tokens, i);
        // "اليوم نفسه"، "الشهر ذاته"، "العام نفسه"، "اليوم التالي": the date given before.
        if (UnitWithArticle(word, out var unit, out var count) && count == 1 && SameAsPrevious.TryGetValue(At(tokens, i + 1) ?? "", out var after))
            return new SameAsPreviousExpression(i, i + 1, unit, after);
        if (!DayWords.TryGetValue(word, out var offset)) return null;
        // "اليوم الثاني" (the second day) is no date.
        if (At(tokens, i + 1) is { } next && OrdinalDays.ContainsKey(next)) return null;
        return new DayWordExpression(i, i, offset);
    }

    private static AfterPreviousExpression? AfterPrevious(IReadOnlyList<Token> tokens, int i)
    {
        if (!After.Contains(Bare(tokens, i)) || !Few.Contains(At(tokens, i + 1) ?? "")) return null;
        return Units.TryGetValue(At(tokens, i + 2) ?? "", out var u) ? new AfterPreviousExpression(i, i + 2, u.Unit) : null;
    }

    private static DateBound BoundBefore(IReadOnlyList<Token> tokens, int start)
    {
        for (var t = start - 1; t >= Math.Max(0, start - 4); t--)
        {
            var word = Bare(tokens, t);
            if (Bounds.TryGetValue(word, out var bound)) return bound;
            if (!BoundFillers.Contains(word) && !BoundFillers.Contains(tokens[t].Text)) return DateBound.None; // وقوع is a word, not و + قوع
        }
        return DateBound.None;
    }

    private static bool FutureBefore(IReadOnlyList<Token> tokens, int start)
    {
        for (var t = Math.Max(0, start - 6); t < start; t++)
        {
            var w = Bare(tokens, t);
            if (FutureMarkers.Contains(w)) return true;
            // The future prefix on a verb: ستسحب، سيغادر (but not سته "six").
            if (w.Length >= 5 && (w.StartsWith("ست", StringComparison.Ordinal) || w.StartsWith("سي", StringComparison.Ordinal)) && !Numbers.ContainsKey(w)) return true;
        }
        return false;
    }

    private static bool IsNumber(string? word, int min, int max, out int value)
    {
        value = 0;
        if (word is null || word.Length is 0 or > 4) return false;
        foreach (var c in word) if (c is < '0' or > '9') return false;
        value = int.Parse(word);
        return value >= min && value <= max;
    }
}
