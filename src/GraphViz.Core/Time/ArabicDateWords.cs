using System.Globalization;
using GraphViz.Core.Text;

namespace GraphViz.Core.Time;

/// <summary>
/// The words Arabic news uses for dates, from the function-word data (Text/function-words.ar.tsv): the
/// Gregorian month names of Egypt and the Gulf, their Maghrebi forms, the Syriac names of the Levant and
/// Iraq, weekdays, number words, units of time and the words that point back or ahead.
/// </summary>
internal static class ArabicDateWords
{
    private static readonly FunctionWords Words = FunctionWords.Arabic;

    private static readonly Dictionary<string, int> AllMonths = Words.Map("month", Int);

    public static readonly Dictionary<string, int> Months =
        AllMonths.Where(m => !m.Key.Contains(' ')).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    /// <summary>Month names that are also ordinary words (ماي: Maghrebi May; اب: August, also "father"): only with a day or a year beside them.</summary>
    public static readonly Dictionary<string, int> AnchoredMonths = Words.Map("anchored_month", Int);

    /// <summary>"كانون الثاني", "تشرين الأول": the Syriac names written in two words.</summary>
    public static readonly Dictionary<(string, string), int> TwoWordMonths =
        AllMonths.Where(m => m.Key.Contains(' ')).ToDictionary(m => (m.Key.Split(' ')[0], m.Key.Split(' ')[1]), m => m.Value);

    public static readonly Dictionary<string, DayOfWeek> Weekdays = Words.Map("weekday", Enum.Parse<DayOfWeek>);

    public static readonly Dictionary<string, int> Numbers = Words.Map("number", Int);

    public enum Unit { Day, Week, Month, Year, Decade }

    /// <summary>Units of time, with the count a dual form carries (شهرين: two months); 0 for a plural.</summary>
    public static readonly Dictionary<string, (Unit Unit, int Count)> Units = Words.Map("unit", v =>
    {
        var parts = v.Split(' ');
        return (Enum.Parse<Unit>(parts[0], ignoreCase: true), Int(parts[1]));
    });

    public static readonly HashSet<string> Past = Words.Set("past");
    public static readonly HashSet<string> Next = Words.Set("next");
    public static readonly HashSet<string> Current = Words.Set("current");

    public static readonly Dictionary<string, DateQualifier> Qualifiers = Words.Map("qualifier", v => Enum.Parse<DateQualifier>(v, ignoreCase: true));

    /// <summary>"عام 2022": words for year.</summary>
    public static readonly HashSet<string> YearWords = Words.Set("year_word");

    /// <summary>Words after which a bare four-digit number is a year.</summary>
    public static readonly HashSet<string> YearIntroducers = Words.Set("year_introducer");

    /// <summary>Words before a bare month or day that put it ahead of the reference date (a deadline, a plan).</summary>
    public static readonly HashSet<string> FutureMarkers = Words.Set("future_marker");

    /// <summary>"هذا العام": the reference's own unit.</summary>
    public static readonly HashSet<string> This = Words.Set("this");

    /// <summary>Words that may stand before a weekday: "يوم الأحد".</summary>
    public static readonly HashSet<string> WeekdayHeads = Words.Set("weekday_head");

    /// <summary>"أمس": a day counted from the reference date.</summary>
    public static readonly Dictionary<string, int> DayWords = Words.Map("day_word", Int);

    /// <summary>"بعد بضعة أشهر": the words for after and for a few.</summary>
    public static readonly HashSet<string> After = Words.Set("after");
    public static readonly HashSet<string> Few = Words.Set("few");

    /// <summary>Words before a relative unit that make it a stretch from now: "خلال الأشهر الأربعة المقبلة".</summary>
    public static readonly HashSet<string> SpanOpeners = Words.Set("span_opener");

    public enum AmountOpener { Ago, Since, Within }

    /// <summary>Before a count of units: "قبل عامين", "منذ ثلاثة أشهر", "خلال ثلاثة أشهر".</summary>
    public static readonly Dictionary<string, AmountOpener> AmountOpeners = Words.Map("amount_opener", v => Enum.Parse<AmountOpener>(v, ignoreCase: true));

    /// <summary>What a word before a date makes of it: منذ (since), حتى (until), بحلول (by).</summary>
    public static readonly Dictionary<string, DateBound> Bounds = Words.Map("bound", v => Enum.Parse<DateBound>(v, ignoreCase: true));

    /// <summary>Words that may stand between منذ / حتى and the date: "حتى وقوع انقلاب العام الماضي".</summary>
    public static readonly HashSet<string> BoundFillers = Words.Set("bound_filler");

    /// <summary>Events news anchors in time and refers back to (انقلاب، الانتخابات، الحرب ...).</summary>
    public static readonly HashSet<string> EventWords = Words.Set("event_word");

    /// <summary>"العاشر من يوليو": ordinal days, in words (some two: "الحادي عشر").</summary>
    public static readonly Dictionary<string, int> OrdinalDays = Words.Map("ordinal_day", Int);
    public static readonly string[][] OrdinalDayPhrases = Phrases.Split(OrdinalDays.Keys);

    /// <summary>"اليوم نفسه"، "الشهر ذاته"، "اليوم التالي": the date given just before, or so many units after it.</summary>
    public static readonly Dictionary<string, int> SameAsPrevious = Words.Map("same_as_previous", Int);

    private static int Int(string v) => int.Parse(v, CultureInfo.InvariantCulture);
}
