using System.Globalization;

namespace GraphViz.Core.Time;

/// <summary>How much of a date a text gave: a year, a month, or a day.</summary>
public enum DatePrecision { Year, Month, Day }

/// <summary>
/// A date known to a year, a month or a day, as news gives them ("في عام 2022", "يوليو 2023", "15 سبتمبر").
/// Written "2022", "2023-07", "2024-09-15". Orders by its first day, coarser first on a tie.
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    public PartialDate(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year));
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year, month.Value)))
            throw new ArgumentOutOfRangeException(nameof(day));
        Year = year;
        Month = month;
        Day = day;
    }

    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly LastDay => Day is not null ? FirstDay
        : Month is not null ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
        : new DateOnly(Year, 12, 31);

    public static PartialDate Of(DateOnly d, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => new(d.Year, d.Month, d.Day),
        DatePrecision.Month => new(d.Year, d.Month),
        _ => new(d.Year),
    };

    /// <summary>Moves by whole months, keeping the precision (a year moves by years).</summary>
    public PartialDate AddMonths(int months) => Of(FirstDay.AddMonths(months), Precision);

    public PartialDate AddYears(int years) => Of(FirstDay.AddYears(years), Precision);

    public bool Contains(DateOnly day) => FirstDay <= day && day <= LastDay;

    public int CompareTo(PartialDate other)
    {
        var byDay = FirstDay.CompareTo(other.FirstDay);
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}",
    };

    /// <summary>Reads "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var parts = text.Trim().Split('-');
        if (parts.Length > 3 || parts[0].Length != 4) return false;
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0 && parts[i].Length != 2) return false;
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i])) return false;
        }
        try
        {
            date = new PartialDate(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
