using GraphViz.Core.Text;
using GraphViz.Core.Time;

namespace GraphViz.Core.Tests.Time;

public class DateReaderTests
{
    private static readonly ReferenceDate May20 = ReferenceDate.FromPublished(new DateOnly(2024, 5, 20)); // a Monday

    private static IReadOnlyList<DateMention> Read(string text, ReferenceDate? reference = null) =>
        new DateReader().Read(ArabicNormalizer.Normalize(text).Text, reference ?? May20);

    private static string? Only(string text, ReferenceDate? reference = null) => Assert.Single(Read(text, reference)).Date?.ToString();

    [Theory]
    [InlineData("يناير", 1)] [InlineData("فبراير", 2)] [InlineData("مارس", 3)] [InlineData("أبريل", 4)] [InlineData("مايو", 5)]
    [InlineData("يونيو", 6)] [InlineData("يوليو", 7)] [InlineData("أغسطس", 8)] [InlineData("سبتمبر", 9)] [InlineData("أكتوبر", 10)]
    [InlineData("نوفمبر", 11)] [InlineData("ديسمبر", 12)]
    public void Every_gregorian_month_name_is_read(string month, int number) =>
        Assert.Equal($"2022-{number:D2}", Only($"وقع ذلك في {month} 2022."));

    [Theory]
    [InlineData("الشهر الفائت", "2024-04")]     // written with ئ, which the normaliser folds: it never matched before
    [InlineData("الأسبوع الماضي", "2024-05-13")]
    public void Words_for_past_point_back_from_the_publication_date(string words, string date) =>
        Assert.Equal(date, Only($"التقى الجانبان {words} في العاصمة."));

    [Fact]
    public void Early_in_a_month_is_that_month_qualified_as_early() // «أوائل» was written with ئ and never matched
    {
        var date = Assert.Single(Read("وقع ذلك في أوائل مارس 2024."));
        Assert.Equal("2024-03", date.Date?.ToString());
        Assert.Equal(DateQualifier.Early, date.Qualifier);
    }

    [Theory]
    [InlineData("كانون الثاني", 1)] [InlineData("شباط", 2)] [InlineData("آذار", 3)] [InlineData("نيسان", 4)] [InlineData("أيار", 5)]
    [InlineData("حزيران", 6)] [InlineData("تموز", 7)] [InlineData("آب", 8)] [InlineData("أيلول", 9)] [InlineData("تشرين الأول", 10)]
    [InlineData("تشرين الثاني", 11)] [InlineData("كانون الأول", 12)]
    public void Every_levantine_month_name_is_read(string month, int number) =>
        Assert.Equal($"2021-{number:D2}", Only($"وقع ذلك في {month} 2021."));

    [Theory]
    [InlineData("جانفي", 1)] [InlineData("فيفري", 2)] [InlineData("أفريل", 4)] [InlineData("جوان", 6)] [InlineData("جويلية", 7)] [InlineData("أوت", 8)]
    public void Maghrebi_month_names_are_read(string month, int number) =>
        Assert.Equal($"2020-{number:D2}", Only($"وقع ذلك في {month} 2020."));

    [Fact]
    public void A_gregorian_and_levantine_pair_is_one_mention() =>
        Assert.Equal("2024-03", Only("وأعلنت النيجر في مارس/آذار إنهاء الاتفاق."));

    [Fact]
    public void A_pair_in_brackets_is_one_mention() =>
        Assert.Equal("2023-10", Only("وفي أكتوبر (تشرين الأول) صنفت واشنطن الانقلاب."));

    [Fact]
    public void Day_month_and_year_give_a_day() =>
        Assert.Equal("2019-11-03", Only("وقعت الهجمات في 3 نوفمبر 2019."));

    [Fact]
    public void Hindi_digits_are_read_as_digits() =>
        Assert.Equal("2023-07", Only("استولى الجيش على السلطة في يوليو ٢٠٢٣."));

    [Fact]
    public void A_year_after_am_is_a_year() => Assert.Equal("2022", Only("وفي عام 2022، أجري المسح."));

    [Fact]
    public void A_bare_past_month_takes_the_year_before_the_reference_when_it_is_later_in_the_calendar() =>
        Assert.Equal("2023-10", Only("وفي أكتوبر/تشرين الأول، صنفت واشنطن الانقلاب."));

    [Fact]
    public void A_deadline_takes_the_year_that_puts_it_ahead() =>
        Assert.Equal("2024-09-15", Only("ومن المقرر أن تغادر القوات بحلول 15 سبتمبر."));

    [Fact]
    public void A_deadline_is_the_date_something_happens_by_not_the_end_of_a_state()
    {
        var m = Assert.Single(Read("تغادر القوات بحلول 15 سبتمبر."));
        Assert.Equal("2024-09-15", m.Date?.ToString());
        Assert.Null(m.To);
    }

    [Fact]
    public void Sunday_is_the_last_Sunday_before_a_Monday_reference() =>
        Assert.Equal("2024-05-19", Only("وأكد المسؤولون في بيان مشترك يوم الأحد أن الانسحاب بدأ."));

    [Fact]
    public void Next_Sunday_looks_ahead() => Assert.Equal("2024-05-26", Only("يجتمع الوزراء يوم الأحد المقبل."));

    [Fact]
    public void Last_month_resolves_against_the_publication_date() =>
        Assert.Equal("2024-04", Only("وطلبت النيجر الشهر الماضي من واشنطن سحب قواتها."));

    [Fact]
    public void Last_year_resolves_against_the_publication_date() =>
        Assert.Equal("2023", Only("الحكومة التي تولت السلطة العام الماضي."));

    [Fact]
    public void Yesterday_is_the_day_before() => Assert.Equal("2024-05-19", Only("وقال الوزير أمس إن المحادثات مستمرة."));

    [Fact]
    public void The_next_four_months_is_an_interval_from_the_reference()
    {
        var m = Assert.Single(Read("ستسحب قواتها خلال الأشهر الأربعة المقبلة أو نحو ذلك."));
        Assert.Null(m.Date);
        Assert.Equal("2024-05", m.From?.ToString());
        Assert.Equal("2024-09", m.To?.ToString());
    }

    [Fact]
    public void The_past_decade_starts_about_ten_years_back()
    {
        var m = Assert.Single(Read("كانت شريكا في مكافحة الإرهاب على مدى العقد الماضي."));
        Assert.Equal("2014", m.From?.ToString());
        Assert.Equal("2024", m.To?.ToString());
    }

    [Fact]
    public void Since_a_year_opens_an_interval()
    {
        var m = Assert.Single(Read("تنتشر القوات في البلاد منذ عام 2014."));
        Assert.Equal("2014", m.From?.ToString());
        Assert.Null(m.To);
    }

    [Fact]
    public void Until_an_event_last_year_closes_an_interval() =>
        Assert.Equal("2023", Assert.Single(Read("وحتى وقوع انقلاب العام الماضي، كانت النيجر شريكا للغرب.")).To?.ToString());

    [Theory]
    [InlineData("مطلع", DateQualifier.Early)]
    [InlineData("منتصف", DateQualifier.Mid)]
    [InlineData("أواخر", DateQualifier.Late)]
    public void Qualifiers_keep_the_month_and_say_which_part(string word, DateQualifier qualifier)
    {
        var m = Assert.Single(Read($"وصل الوفد في {word} مارس 2023."));
        Assert.Equal("2023-03", m.Date?.ToString());
        Assert.Equal(qualifier, m.Qualifier);
    }

    [Fact]
    public void A_few_months_after_a_dated_event_is_that_year() =>
        Assert.Equal("2023", Read("استولى الجيش على السلطة في يوليو 2023. وبعد بضعة أشهر، طلب من القوات المغادرة.")[1].Date?.ToString());

    [Theory]
    [InlineData("يقترب عدد الجنود من 1000 جندي.")]
    [InlineData("اختلف حوالي ثلثي المواطنين مع القرار.")]
    [InlineData("استمر الاجتماع خمسة أيام.")]
    [InlineData("قال إن أب الضحية طالب بالعدالة.")]
    [InlineData("وصل إلى العاصمة 2500 لاجئ.")]
    public void Numbers_and_words_that_are_not_dates_give_nothing(string sentence) => Assert.Empty(Read(sentence));

    // May20 is a Monday.

    [Theory]
    [InlineData("أعلن الكرملين، الأحد، وقف العمل بالاتفاق.", "2024-05-19")]
    [InlineData("وقالت في بيان مشترك الخميس إن الجانبين اتفقا.", "2024-05-16")]
    [InlineData("وبدأت باريس الثلاثاء إجلاء رعاياها.", "2024-05-14")]
    [InlineData("وأعلنت الحكومة، الاثنين، قرارها.", "2024-05-20")]
    public void A_weekday_alone_is_the_last_such_day(string sentence, string date) => Assert.Equal(date, Only(sentence));

    [Theory]
    [InlineData("وأطلقت إيران ليل السبت الأحد مئات المسيرات.", "2024-05-18")]
    [InlineData("ودخلت الفصائل دمشق فجر الأحد.", "2024-05-19")]
    [InlineData("وشنت الطائرات فجر اليوم الاثنين ضربات.", "2024-05-20")]
    [InlineData("وظلت النيران مشتعلة حتى صباح اليوم الاثنين.", "2024-05-20")]
    public void A_time_of_day_before_a_weekday_is_that_day(string sentence, string date) => Assert.Equal(date, Read(sentence).First().Date?.ToString());

    [Fact]
    public void Today_is_the_publication_day() => Assert.Equal("2024-05-20", Only("وبدأ ممثلو الجانبين اليوم محادثات في المدينة."));

    [Fact]
    public void The_second_day_is_no_date() => Assert.Empty(Read("واستمرت المناورات لليوم الثاني على التوالي."));

    [Theory]
    [InlineData("وكان الزعيمان قد التقيا في العاشر من يوليو/تموز 2023 في أبوظبي.", "2023-07-10")]
    [InlineData("ووقعت إثيوبيا المذكرة في الأول من يناير/كانون الثاني الماضي.", "2024-01-01")]
    [InlineData("وتعقد القمة في الحادي والعشرين من مارس 2025.", "2025-03-21")]
    public void An_ordinal_day_of_a_month_is_that_day(string sentence, string date) => Assert.Equal(date, Only(sentence));

    [Fact]
    public void A_month_said_to_be_next_is_ahead() => Assert.Equal("2025-02", Only("وتبدأ المفاوضات قبل نهاية فبراير/شباط المقبل."));

    [Fact]
    public void The_day_after_is_counted_from_the_date_before_it()
    {
        var dates = Read("ووقعت المذكرة في الأول من يناير 2024. وردت مقديشو في اليوم التالي باستدعاء سفيرها.");
        Assert.Equal(["2024-01-01", "2024-01-02"], dates.Select(d => d.Date?.ToString()));
    }

    [Fact]
    public void A_month_of_the_same_year_takes_the_year_before_it()
    {
        var dates = Read("وزارت بيلوسي تايبيه في أغسطس 2022. وقطعت بكين قنوات الاتصال العسكرية في سبتمبر من العام نفسه.");
        Assert.Equal(["2022-08", "2022-09"], dates.Select(d => d.Date?.ToString()));
    }

    [Fact]
    public void The_same_month_is_the_month_given_before()
    {
        var dates = Read("وشنت الطائرات ضربات في يناير 2024. وأعادت واشنطن في الشهر ذاته إدراج الجماعة.");
        Assert.Equal(["2024-01", "2024-01"], dates.Select(d => d.Date?.ToString()));
    }

    [Fact]
    public void A_scheduled_date_is_ahead() => Assert.Equal("2024-05-30", Only("القمة المقررة في 30 مايو."));

    [Fact]
    public void Friday_alone_is_not_a_date() => Assert.Empty(Read("أعلنت الجمعة العامة للأمم المتحدة قرارها."));

    [Fact]
    public void Offsets_point_at_the_expression() 
    {
        var text = ArabicNormalizer.Normalize("استولى الجيش على السلطة في يوليو 2023.").Text;
        var m = Assert.Single(new DateReader().Read(text, May20));
        Assert.Equal("يوليو 2023", text[m.Start..m.End]);
    }
}
