using GraphViz.Core.Text;

namespace GraphViz.Core.Time;

/// <summary>
/// Reads the date expressions of normalised text and resolves them against a reference date: explicit
/// dates as written, a bare month to the year that puts it nearest the reference (before it, unless the
/// sentence looks ahead: بحلول، من المقرر، ستـ), relative ones by counting from the reference.
/// </summary>
public sealed class DateReader
{
    public IReadOnlyList<DateMention> Read(string normalizedText, ReferenceDate reference) =>
        Read(normalizedText, Tokenizer.Tokenize(normalizedText), reference);

    public IReadOnlyList<DateMention> Read(string normalizedText, IReadOnlyList<Token> tokens, ReferenceDate reference)
    {
        PartialDate? previous = null;
        return Read(normalizedText, tokens, reference, ref previous);
    }

    /// <summary>
    /// Reads one stretch of a text (a sentence); <paramref name="previous"/> carries the last date read
    /// from one stretch to the next, for "بعد بضعة أشهر".
    /// </summary>
    public List<DateMention> Read(string normalizedText, IReadOnlyList<Token> tokens, ReferenceDate reference, ref PartialDate? previous)
    {
        var expressions = DateScanner.Scan(tokens);
        var mentions = new List<DateMention>(expressions.Count);
        foreach (var e in expressions)
        {
            var start = tokens[e.FirstToken].Start;
            var end = tokens[e.LastToken].End;
            var mention = Resolve(e, reference, previous) with { Start = start, End = end, Text = normalizedText[start..end] };
            if (mention.Date is null && mention.From is null && mention.To is null) continue;
            mentions.Add(mention);
            previous = mention.Date ?? previous;
        }
        return mentions;
    }

    private static DateMention Resolve(DateExpression e, ReferenceDate reference, PartialDate? previous) => e switch
    {
        CalendarExpression c => Calendar(c, reference, previous),
        RelativeExpression r => Relative(r, reference),
        WeekdayExpression w => Bounded(w, PartialDate.Of(Weekday(w, reference.Day), Known(reference, DatePrecision.Day)), DateMentionKind.Relative, reference.Inferred),
        DayWordExpression d => Bounded(d, PartialDate.Of(reference.Day.AddDays(d.Offset), Known(reference, DatePrecision.Day)), DateMentionKind.Relative, reference.Inferred),
        AfterPreviousExpression a => AfterPrevious(a, previous),
        SameAsPreviousExpression same => SameAs(same, previous),
        _ => throw new InvalidOperationException(e.GetType().Name),
    };

    private static DateMention Calendar(CalendarExpression c, ReferenceDate reference, PartialDate? previous)
    {
        if (c.YearOfPrevious && previous is { } p) // "أغسطس من العام نفسه"
            return Bounded(c, new PartialDate(p.Year, c.Month, c.Day), DateMentionKind.Relative, reference.Inferred);
        if (c.Year is { } year)
            return Bounded(c, new PartialDate(year, c.Month, c.Day), DateMentionKind.Explicit, false);
        var month = c.Month!.Value;
        var refMonth = reference.Published?.Month ?? reference.Month;
        var refDay = reference.Published?.Day ?? 15;
        var y = reference.Year;
        if (refMonth is { } rm)
        {
            var after = month > rm || (month == rm && c.Day is { } d && d > refDay);
            var before = month < rm || (month == rm && c.Day is { } d2 && d2 < refDay);
            if (c.FutureHint && before) y++;
            else if (!c.FutureHint && after) y--;
        }
        return Bounded(c, new PartialDate(y, month, c.Day), DateMentionKind.Explicit, reference.Inferred);
    }

    private static DateMention Relative(RelativeExpression r, ReferenceDate reference)
    {
        var precision = r.Unit switch
        {
            ArabicDateWords.Unit.Year or ArabicDateWords.Unit.Decade => DatePrecision.Year,
            ArabicDateWords.Unit.Month => DatePrecision.Month,
            _ => DatePrecision.Day,
        };
        precision = Known(reference, precision);
        var now = reference.Day;
        var moved = r.Unit switch
        {
            ArabicDateWords.Unit.Day => now.AddDays(r.Offset),
            ArabicDateWords.Unit.Week => now.AddDays(7 * r.Offset),
            ArabicDateWords.Unit.Month => now.AddMonths(r.Offset),
            ArabicDateWords.Unit.Year => now.AddYears(r.Offset),
            _ => now.AddYears(10 * r.Offset),
        };
        var point = PartialDate.Of(moved, precision);
        var here = PartialDate.Of(now, precision);
        if (!r.Span) return Bounded(r, point, DateMentionKind.Relative, reference.Inferred);
        // A stretch from now: back over the past decade, ahead over the next four months.
        var (from, to) = r.Offset < 0 ? ((PartialDate?)point, (PartialDate?)here) : (here, point);
        if (r.Bound == DateBound.Since) to = null;
        return new DateMention(0, 0, "", null, from, to, DateMentionKind.Relative, reference.Inferred, r.Qualifier);
    }

    /// <summary>
    /// Counting from an inferred reference gives no more than its year: "last month" in an undated text
    /// is some month of that year, and saying which would be false precision.
    /// </summary>
    private static DatePrecision Known(ReferenceDate reference, DatePrecision wanted) =>
        reference.Published is null ? DatePrecision.Year : wanted;

    /// <summary>A point with what the word before it makes of it: منذ opens an interval, حتى closes one; بحلول names the date something happens by.</summary>
    private static DateMention Bounded(DateExpression e, PartialDate date, DateMentionKind kind, bool inferred) => e.Bound switch
    {
        DateBound.Since => new DateMention(0, 0, "", date, date, null, kind, inferred, e.Qualifier),
        DateBound.Until => new DateMention(0, 0, "", date, null, date, kind, inferred, e.Qualifier),
        DateBound.Deadline => new DateMention(0, 0, "", date, null, null, kind, inferred, e.Qualifier), // the date it happens by, not the end of a state
        _ => new DateMention(0, 0, "", date, null, null, kind, inferred, e.Qualifier),
    };

    private static DateOnly Weekday(WeekdayExpression w, DateOnly reference)
    {
        var back = ((int)reference.DayOfWeek - (int)w.Weekday + 7) % 7;
        if (!w.FutureHint || w.Today) return reference.AddDays(-(back == 0 ? 0 : back));
        var ahead = ((int)w.Weekday - (int)reference.DayOfWeek + 7) % 7;
        return reference.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>
    /// "اليوم نفسه"، "الشهر ذاته"، "العام نفسه": the date given just before, kept to the unit named (and no finer than it
    /// was given); "اليوم التالي": the day after it, when it was given to the day.
    /// </summary>
    private static DateMention SameAs(SameAsPreviousExpression s, PartialDate? previous)
    {
        var none = new DateMention(0, 0, "", null, null, null, DateMentionKind.Relative, false);
        if (previous is not { } p) return none;
        var wanted = s.Unit switch { ArabicDateWords.Unit.Day => DatePrecision.Day, ArabicDateWords.Unit.Month => DatePrecision.Month, _ => DatePrecision.Year };
        if (wanted > p.Precision) return none; // "اليوم التالي" after a month names no day
        var moved = s.Unit == ArabicDateWords.Unit.Day ? p.FirstDay.AddDays(s.Offset)
                  : s.Unit == ArabicDateWords.Unit.Month ? p.FirstDay.AddMonths(s.Offset)
                  : p.FirstDay.AddYears(s.Offset);
        return none with { Date = PartialDate.Of(moved, wanted) };
    }

    /// <summary>
    /// "بعد بضعة أشهر": a few (about three) units after the date the text gave last, kept only to the
    /// precision that guess supports: the year for months, the month for days and weeks.
    /// </summary>
    private static DateMention AfterPrevious(AfterPreviousExpression a, PartialDate? previous)
    {
        if (previous is not { } p) return new DateMention(0, 0, "", null, null, null, DateMentionKind.Relative, false);
        var day = p.FirstDay;
        var (moved, precision) = a.Unit switch
        {
            ArabicDateWords.Unit.Day or ArabicDateWords.Unit.Week => (day.AddDays(a.Unit == ArabicDateWords.Unit.Day ? 3 : 21), DatePrecision.Month),
            ArabicDateWords.Unit.Month => (day.AddMonths(3), DatePrecision.Year),
            _ => (day.AddYears(3), DatePrecision.Year),
        };
        if (precision > p.Precision) precision = p.Precision;
        return new DateMention(0, 0, "", PartialDate.Of(moved, precision), null, null, DateMentionKind.Relative, true);
    }
}
