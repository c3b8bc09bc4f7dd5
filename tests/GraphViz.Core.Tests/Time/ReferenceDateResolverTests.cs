using GraphViz.Core.Text;
using GraphViz.Core.Time;

namespace GraphViz.Core.Tests.Time;

public class ReferenceDateResolverTests
{
    private static ReferenceDate Resolve(string text, DateOnly? published = null) =>
        ReferenceDateResolver.Resolve(ArabicNormalizer.Normalize(text).Text, published);

    [Fact]
    public void A_publication_date_is_the_reference() =>
        Assert.Equal(new DateOnly(2024, 5, 20), Resolve("أي نص.", new DateOnly(2024, 5, 20)).Published);

    [Fact]
    public void An_event_dated_both_ways_fixes_the_year()
    {
        var r = Resolve("استولى الجيش على السلطة في يوليو 2023. وأشرفت الحكومة، التي تولت السلطة العام الماضي، على الانسحاب.");
        Assert.Equal(2024, r.Year);
        Assert.True(r.Inferred);
    }

    [Fact]
    public void Without_an_anchor_the_latest_named_year_is_the_reference() =>
        Assert.Equal(2021, Resolve("جرت الانتخابات عام 2019 ثم أعيدت في مارس 2021.").Year);

    [Fact]
    public void A_deadline_ahead_bounds_the_month_of_writing()
    {
        var r = Resolve("وقع الاتفاق في مارس 2024. وفي أكتوبر صنفت واشنطن الانقلاب. وفي مارس أنهت الحكومة الاتفاق، على أن تغادر القوات بحلول 15 سبتمبر.");
        Assert.Equal(3, r.Month);
    }

    [Fact]
    public void With_an_inferred_reference_relative_dates_are_marked_inferred()
    {
        const string text = "استولى الجيش على السلطة في يوليو 2023. وقالت الحكومة التي تولت السلطة العام الماضي إنها ستواصل.";
        var normalized = ArabicNormalizer.Normalize(text).Text;
        var mentions = new DateReader().Read(normalized, ReferenceDateResolver.Resolve(normalized, null));
        Assert.Contains(mentions, m => m.Date?.ToString() == "2023" && m.Kind == DateMentionKind.Relative && m.Inferred);
        Assert.Contains(mentions, m => m.Date?.ToString() == "2023-07" && !m.Inferred);
    }
}

public class InferredReferencePrecisionTests
{
    [Theory]
    [InlineData("وطلبت الحكومة الشهر الماضي من السفير المغادرة.")]
    [InlineData("وأكد المسؤولون في بيان مشترك يوم الأحد أن الانسحاب بدأ.")]
    public void Relative_dates_against_an_inferred_reference_keep_only_its_year(string sentence)
    {
        var text = ArabicNormalizer.Normalize("استولى الجيش على السلطة في يوليو 2023. وقالت الحكومة التي تولت السلطة العام الماضي إنها ستواصل. " + sentence).Text;
        var mentions = new DateReader().Read(text, ReferenceDateResolver.Resolve(text, null));
        var last = mentions[^1];
        Assert.Equal("2024", last.Date?.ToString());
        Assert.True(last.Inferred);
    }
}
