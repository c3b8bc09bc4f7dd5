namespace GraphViz.Core.Time;

/// <summary>
/// The "now" an article's relative dates are read against: its publication date when given, otherwise
/// a year (and, where the text bounds it, a month) inferred from the text itself.
/// </summary>
public sealed record ReferenceDate(DateOnly? Published, int Year, bool Inferred, int? Month = null)
{
    public static ReferenceDate FromPublished(DateOnly published) => new(published, published.Year, false, published.Month);

    /// <summary>The reference as a day: the publication date, or the middle of what is known.</summary>
    public DateOnly Day => Published ?? new DateOnly(Year, Month ?? 7, Month is null ? 1 : 15);
}
