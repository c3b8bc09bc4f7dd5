using GraphViz.Core.Time;

namespace GraphViz.Core.Tests.Time;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024")] [InlineData("2024-03")] [InlineData("2024-05-19")]
    public void Round_trips_through_text(string text)
    {
        Assert.True(PartialDate.TryParse(text, out var d));
        Assert.Equal(text, d.ToString());
    }

    [Theory]
    [InlineData("24-03")] [InlineData("2024-13")] [InlineData("2024-02-30")] [InlineData("May 2024")] [InlineData("")]
    public void Rejects_what_is_not_a_date(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void Orders_by_first_day_then_coarser_first()
    {
        PartialDate.TryParse("2023", out var year);
        PartialDate.TryParse("2023-01", out var january);
        PartialDate.TryParse("2022-12-31", out var eve);
        Assert.True(eve < year);
        Assert.True(year < january);
    }

    [Fact]
    public void A_month_covers_its_days() =>
        Assert.True(new PartialDate(2024, 2).Contains(new DateOnly(2024, 2, 29)));
}
