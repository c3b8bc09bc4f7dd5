using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using static GraphViz.Core.Tests.Relations.Reading;

namespace GraphViz.Core.Tests.Relations;

/// <summary>
/// Several actors in one role (a list joined by و), and phrases that refer back to actors named before: a group
/// («الدول الثلاث»، «البلدان»، «الجانبان») or an organisation by its head noun («الجماعة»).
/// </summary>
public class ReferenceReadingTests
{
    [Fact]
    public void Each_of_a_coordinated_subject_takes_the_act()
    {
        var rs = Read("أعلنت بوركينا فاسو ومالي والنيجر انسحابها من المجموعة الاقتصادية لدول غرب أفريقيا.");
        foreach (var state in new[] { "BFA", "MLI", "NER" }) Assert.True(Has(rs, state, "ECOWAS", "withdraw_from"), state);
    }

    [Fact]
    public void Subjects_of_one_act_act_together()
    {
        var rs = Read("وشنت الولايات المتحدة وبريطانيا غارات على مواقع الحوثيين.");
        Assert.True(Has(rs, "USA", "HOUTHIS", "attack"));
        Assert.True(Has(rs, "GBR", "HOUTHIS", "attack"));
        Assert.True(Between(rs, "USA", "GBR", "joint_action"));
    }

    [Fact]
    public void Subjects_of_what_each_says_do_not_act_together()
    {
        var rs = Read("وأدانت مصر والأردن الهجوم على إسرائيل.");
        Assert.DoesNotContain(rs, r => r.Type.Id == "joint_action");
    }

    [Fact]
    public void The_three_states_are_the_last_three_named_together()
    {
        var rs = Read("وقعت مالي وبوركينا فاسو والنيجر ميثاقا أمنيا في باماكو. وعززت الدول الثلاث علاقاتها مع روسيا.");
        foreach (var state in new[] { "MLI", "BFA", "NER" }) Assert.True(Has(rs, state, "RUS", "strengthen_ties"), state);
    }

    [Fact]
    public void The_two_sides_may_be_a_state_and_an_armed_group()
    {
        var rs = Read("التقى ممثلو الجيش السوداني وقوات الدعم السريع في جدة. وأكد الجانبان التزامهما بالحوار.");
        Assert.True(Between(rs, "SDN", "RSF", "dialogue"));
    }

    [Fact]
    public void The_two_countries_as_a_subject_are_the_pair_named_before()
    {
        var rs = Read("استقبل الرئيس الإيراني في طهران وزير الخارجية السعودي. ووقع البلدان اتفاقا للتعاون الأمني.");
        Assert.True(Between(rs, "IRN", "SAU", "agreement"));
    }

    [Fact]
    public void The_group_is_the_last_organisation_named_with_that_head_noun()
    {
        var rs = Read("احتجزت جماعة الحوثي سفينة في البحر الأحمر. وهددت الجماعة الولايات المتحدة.");
        Assert.True(Has(rs, "HOUTHIS", "USA", "threaten"));
    }

    [Fact]
    public void A_head_noun_with_no_organisation_before_it_is_no_one() =>
        Assert.Empty(ArticleExtractor.Default.Extract("وقالت الجماعة إنها ستواصل عملياتها.", Published).Actors);

    [Fact]
    public void A_list_in_one_sentence_does_not_continue_into_the_next() =>
        Assert.DoesNotContain(Read("زار الوزير مصر. والأردن شريك لقطر."), r => r.Source == "EGY" || r.Target == "EGY");

    [Fact]
    public void Condemning_the_strikes_condemns_whoever_struck_last()
    {
        var rs = Read("وشنت الولايات المتحدة وبريطانيا ضربات على مواقع الحوثيين. ودانت إيران الضربات ووصفتها بأنها انتهاك.");
        Assert.True(Has(rs, "IRN", "USA", "condemn"));
        Assert.True(Has(rs, "IRN", "GBR", "condemn"));
    }

    [Fact]
    public void The_strikes_are_the_acts_reported_as_strikes_not_a_later_attack_of_another_name()
    {
        var rs = Read("وشنت الولايات المتحدة وبريطانيا ضربات على مواقع الحوثيين في اليمن. وقال المتحدث باسم الحوثيين إن الجماعة "
                      + "ستواصل استهداف السفن الإسرائيلية. ودانت إيران الضربات ووصفتها بأنها انتهاك.");
        Assert.True(Has(rs, "IRN", "USA", "condemn"));
        Assert.True(Has(rs, "IRN", "GBR", "condemn"));
        Assert.DoesNotContain(rs, r => r.Source == "IRN" && r.Type.Id == "condemn" && r.Target is "HOUTHIS" or "ISR");
    }

    [Fact]
    public void Support_for_the_strikes_named_before_is_support_for_the_strikers()
    {
        var rs = Read("وشنت بريطانيا غارات على مواقع الحوثيين. وأكدت لندن أن الضربات نُفذت بدعم من أستراليا وكندا.");
        Assert.True(Has(rs, "AUS", "GBR", "support"));
        Assert.True(Has(rs, "CAN", "GBR", "support"));
    }

    [Fact]
    public void Condemning_an_attack_no_one_was_said_to_make_condemns_no_one() =>
        Assert.Empty(Read("ودانت قطر الهجوم بأشد العبارات."));

    [Fact]
    public void Ministers_of_a_list_meeting_in_a_venue_meet_each_other()
    {
        var rs = Read("وكان وزراء خارجية روسيا وتركيا وإيران قد اجتمعوا السبت في الدوحة.");
        Assert.True(Between(rs, "RUS", "TUR", "meeting"));
        Assert.True(Between(rs, "TUR", "IRN", "meeting"));
        Assert.DoesNotContain(rs, r => r.Source == "QAT" || r.Target == "QAT");
    }

    [Fact]
    public void A_host_named_among_the_guests_meets_each_of_them()
    {
        var rs = Read("واستضافت عمّان اجتماعا جمع وزراء خارجية الأردن والسعودية والعراق ومصر.");
        Assert.True(Between(rs, "SAU", "IRQ", "meeting"));
        Assert.True(Between(rs, "JOR", "EGY", "meeting"));
    }
}
