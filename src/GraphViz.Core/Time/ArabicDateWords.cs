namespace GraphViz.Core.Time;

/// <summary>
/// The words Arabic news uses for dates, in normalised spelling: the Gregorian month names of Egypt and
/// the Gulf, their Maghrebi forms, the Syriac names of the Levant and Iraq, weekdays, number words,
/// units of time and the words that point back or ahead.
/// </summary>
internal static class ArabicDateWords
{
    public static readonly Dictionary<string, int> Months = new(StringComparer.Ordinal)
    {
        ["يناير"] = 1, ["فبراير"] = 2, ["مارس"] = 3, ["ابريل"] = 4, ["مايو"] = 5, ["يونيو"] = 6, ["يونيه"] = 6,
        ["يوليو"] = 7, ["يوليه"] = 7, ["اغسطس"] = 8, ["سبتمبر"] = 9, ["اكتوبر"] = 10, ["نوفمبر"] = 11, ["ديسمبر"] = 12,
        // Maghrebi (French-derived) names.
        ["جانفي"] = 1, ["فيفري"] = 2, ["افريل"] = 4, ["جوان"] = 6, ["جويليه"] = 7, ["اوت"] = 8,
        // Levantine and Iraqi (Syriac) names; the two-word ones are in TwoWordMonths.
        ["شباط"] = 2, ["اذار"] = 3, ["نيسان"] = 4, ["ايار"] = 5, ["حزيران"] = 6, ["تموز"] = 7, ["ايلول"] = 9,
    };

    /// <summary>Month names that are also ordinary words (ماي: Maghrebi May; اب: August, also "father"): only with a day or a year beside them.</summary>
    public static readonly Dictionary<string, int> AnchoredMonths = new(StringComparer.Ordinal) { ["ماي"] = 5, ["اب"] = 8 };

    public static readonly Dictionary<(string, string), int> TwoWordMonths = new()
    {
        [("كانون", "الثاني")] = 1, [("كانون", "الاول")] = 12, [("تشرين", "الاول")] = 10, [("تشرين", "الثاني")] = 11,
    };

    public static readonly Dictionary<string, DayOfWeek> Weekdays = new(StringComparer.Ordinal)
    {
        ["الاحد"] = DayOfWeek.Sunday, ["الاثنين"] = DayOfWeek.Monday, ["الثلاثاء"] = DayOfWeek.Tuesday, ["الاربعاء"] = DayOfWeek.Wednesday,
        ["الخميس"] = DayOfWeek.Thursday, ["الجمعه"] = DayOfWeek.Friday, ["السبت"] = DayOfWeek.Saturday,
    };

    public static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["واحد"] = 1, ["اثنين"] = 2, ["اثنان"] = 2, ["ثلاث"] = 3, ["ثلاثه"] = 3, ["اربع"] = 4, ["اربعه"] = 4, ["خمس"] = 5, ["خمسه"] = 5,
        ["ست"] = 6, ["سته"] = 6, ["سبع"] = 7, ["سبعه"] = 7, ["ثمان"] = 8, ["ثماني"] = 8, ["ثمانيه"] = 8, ["تسع"] = 9, ["تسعه"] = 9,
        ["عشر"] = 10, ["عشره"] = 10,
    };

    public enum Unit { Day, Week, Month, Year, Decade }

    /// <summary>Units of time, with the count a dual form carries (شهرين: two months).</summary>
    public static readonly Dictionary<string, (Unit Unit, int Count)> Units = new(StringComparer.Ordinal)
    {
        ["يوم"] = (Unit.Day, 1), ["ايام"] = (Unit.Day, 0), ["يومين"] = (Unit.Day, 2),
        ["اسبوع"] = (Unit.Week, 1), ["اسابيع"] = (Unit.Week, 0), ["اسبوعين"] = (Unit.Week, 2),
        ["شهر"] = (Unit.Month, 1), ["اشهر"] = (Unit.Month, 0), ["شهور"] = (Unit.Month, 0), ["شهرين"] = (Unit.Month, 2),
        ["عام"] = (Unit.Year, 1), ["سنه"] = (Unit.Year, 1), ["اعوام"] = (Unit.Year, 0), ["سنوات"] = (Unit.Year, 0),
        ["عامين"] = (Unit.Year, 2), ["سنتين"] = (Unit.Year, 2),
        ["عقد"] = (Unit.Decade, 1), ["عقود"] = (Unit.Decade, 0), ["عقدين"] = (Unit.Decade, 2),
    };

    public static readonly HashSet<string> Past = new(StringComparer.Ordinal)
    {
        "الماضي", "الماضيه", "الماضيين", "المنصرم", "المنصرمه", "السابق", "الفائت", "الفائته",
    };

    public static readonly HashSet<string> Next = new(StringComparer.Ordinal)
    {
        "المقبل", "المقبله", "المقبلين", "القادم", "القادمه", "القادمين",
    };

    public static readonly HashSet<string> Current = new(StringComparer.Ordinal) { "الجاري", "الجاريه", "الحالي", "الحاليه" };

    public static readonly Dictionary<string, DateQualifier> Qualifiers = new(StringComparer.Ordinal)
    {
        ["مطلع"] = DateQualifier.Early, ["اوائل"] = DateQualifier.Early, ["بدايه"] = DateQualifier.Early, ["مستهل"] = DateQualifier.Early,
        ["منتصف"] = DateQualifier.Mid, ["اواسط"] = DateQualifier.Mid,
        ["اواخر"] = DateQualifier.Late, ["نهايه"] = DateQualifier.Late, ["اخر"] = DateQualifier.Late,
    };

    /// <summary>Words after which a bare four-digit number is a year.</summary>
    public static readonly HashSet<string> YearIntroducers = new(StringComparer.Ordinal)
    {
        "عام", "العام", "سنه", "السنه", "في", "منذ", "حتي", "بحلول", "خلال", "قبل", "بعد", "مطلع", "منتصف", "اواخر", "اوائل", "نهايه", "بدايه",
    };

    /// <summary>Words before a bare month or day that put it ahead of the reference date (a deadline, a plan).</summary>
    public static readonly HashSet<string> FutureMarkers = new(StringComparer.Ordinal) { "بحلول", "المقرر", "سوف", "حتي", "المقبل", "المزمع", "لغايه" };
}
