using GraphViz.Core.Extraction;

namespace GraphViz.Core.Tests.Actors;

/// <summary>
/// Who takes part: a person acts for the actor they served on the article's date; a country named only as a place
/// (a venue, a city's adjective, a process named after its capital) is not an actor; a homograph is what the
/// document otherwise names.
/// </summary>
public class PlacesAndPeopleTests
{
    private static ArticleExtraction Read(string text, DateOnly published) => ArticleExtractor.Default.Extract(text, published);

    private static string[] Actors(string text) => Read(text, new DateOnly(2024, 5, 20)).Actors.Select(a => a.Actor.Id).Order().ToArray();

    [Fact]
    public void A_leader_named_alone_acts_for_his_state() =>
        Assert.Contains(Read("وفرض بايدن عقوبات جديدة على روسيا.", new DateOnly(2024, 2, 23)).Relations,
            r => r.Source == "USA" && r.Target == "RUS" && r.Type.Id == "sanction");

    [Fact]
    public void A_person_acts_for_whom_they_served_on_the_articles_date()
    {
        const string text = "والتقى أحمد الشرع وفدا تركيا في دمشق.";
        Assert.Contains(Read(text, new DateOnly(2024, 6, 1)).Actors, a => a.Actor.Id == "HTS");
        Assert.Contains(Read(text, new DateOnly(2025, 3, 1)).Actors, a => a.Actor.Id == "SYR");
    }

    [Fact]
    public void A_person_out_of_office_on_the_articles_date_acts_for_no_one() =>
        Assert.DoesNotContain(Read("وقال ترامب إن الحرب يجب أن تنتهي.", new DateOnly(2023, 6, 1)).Actors, a => a.Actor.Id == "USA");

    [Fact]
    public void The_venue_of_a_meeting_is_not_an_actor() =>
        Assert.Equal(["RUS", "UKR"], Actors("والتقى وزيرا خارجية روسيا وأوكرانيا في تركيا."));

    [Fact]
    public void A_countrys_adjective_on_a_place_is_not_an_actor() =>
        Assert.Equal(["CHN", "USA"], Actors("وكان الرئيس الصيني وبايدن قد التقيا في جزيرة بالي الإندونيسية."));

    [Fact]
    public void A_process_named_after_a_capital_is_not_that_state() =>
        Assert.DoesNotContain("KAZ", Actors("واجتمعت روسيا وتركيا وإيران، الدول الضامنة لمسار أستانا، في نيويورك."));

    [Fact]
    public void A_country_named_only_as_a_place_but_party_to_a_relation_is_an_actor() =>
        Assert.Contains("YEM", Actors("وشنت الطائرات غارات في اليمن، ودانت الحكومة اليمنية الهجوم على أراضيها."));

    [Fact]
    public void Amman_in_a_text_about_Jordan_is_Jordan_and_Oman_is_Oman_elsewhere()
    {
        Assert.Contains("JOR", Actors("واستضافت عمّان اجتماعا لوزراء خارجية الأردن والعراق وسوريا."));
        Assert.Contains("OMN", Actors("وقالت سلطنة عمان إن عمان مستعدة للوساطة بين الجانبين."));
    }
}
