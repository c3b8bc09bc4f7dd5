namespace GraphViz.Core.Time;

/// <summary>What a word before a date makes of it: منذ (since), حتى (until), بحلول (by: a deadline).</summary>
internal enum DateBound { None, Since, Until, Deadline }

/// <summary>
/// A date expression as written, before it is resolved against a reference date: first token, last token
/// and what it says. One of the shapes below.
/// </summary>
internal abstract record DateExpression(int FirstToken, int LastToken, DateBound Bound, bool FutureHint, DateQualifier Qualifier);

/// <summary>
/// "15 سبتمبر", "يوليو 2023", "مارس/آذار", "عام 2022", "العاشر من يوليو": a calendar date, its year possibly left to
/// the reader. <see cref="YearOfPrevious"/>: "أغسطس من العام نفسه", the year of the date given just before.
/// </summary>
internal sealed record CalendarExpression(int FirstToken, int LastToken, DateBound Bound, bool FutureHint, DateQualifier Qualifier,
    int? Year, int? Month, int? Day, bool YearOfPrevious = false) : DateExpression(FirstToken, LastToken, Bound, FutureHint, Qualifier);

/// <summary>
/// "الشهر الماضي" (Offset −1, Span false), "العام المقبل" (+1), "هذا العام" (0), "خلال الأشهر الأربعة المقبلة"
/// (+4 months, Span true: the stretch from now), "على مدى العقد الماضي" (−1 decade, Span), "قبل ثلاثة أشهر" (−3 months).
/// </summary>
internal sealed record RelativeExpression(int FirstToken, int LastToken, DateBound Bound, bool FutureHint, DateQualifier Qualifier,
    ArabicDateWords.Unit Unit, int Offset, bool Span) : DateExpression(FirstToken, LastToken, Bound, FutureHint, Qualifier);

/// <summary>
/// "يوم الأحد": the nearest such weekday, before the reference unless marked ahead. <see cref="Today"/>: "اليوم الأحد",
/// said to be the reference day, which no bound moves.
/// </summary>
internal sealed record WeekdayExpression(int FirstToken, int LastToken, DateBound Bound, bool FutureHint, DayOfWeek Weekday)
    : DateExpression(FirstToken, LastToken, Bound, FutureHint, DateQualifier.None)
{
    public bool Today { get; init; }
}

/// <summary>"أمس" (−1 day), "اليوم" (0).</summary>
internal sealed record DayWordExpression(int FirstToken, int LastToken, int Offset)
    : DateExpression(FirstToken, LastToken, DateBound.None, false, DateQualifier.None);

/// <summary>"بعد بضعة أشهر": some time after the date the text gave just before.</summary>
internal sealed record AfterPreviousExpression(int FirstToken, int LastToken, ArabicDateWords.Unit Unit)
    : DateExpression(FirstToken, LastToken, DateBound.None, false, DateQualifier.None);

/// <summary>"اليوم نفسه"، "الشهر ذاته"، "العام نفسه"، "اليوم التالي": the date given just before, at this unit, moved by Offset units.</summary>
internal sealed record SameAsPreviousExpression(int FirstToken, int LastToken, ArabicDateWords.Unit Unit, int Offset)
    : DateExpression(FirstToken, LastToken, DateBound.None, false, DateQualifier.None);
