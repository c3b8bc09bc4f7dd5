using GraphViz.Core.Extraction;

namespace GraphViz.Core.Tests.Actors;

/// <summary>Which actors a sentence names, through the whole reading (gazetteer, clitics, document rules).</summary>
public class ActorMentionTests
{
    private static string[] ActorIds(string text) =>
        ArticleExtractor.Default.Extract(text).Actors.Select(a => a.Actor.Id).Order().ToArray();

    [Fact]
    public void Clitic_waw_before_Iran_is_matched() =>
        Assert.Contains("IRN", ActorIds("أعربت واشنطن عن قلقها من العلاقات مع روسيا وإيران."));

    [Fact]
    public void Clitic_ba_with_article_before_Niger_is_matched() =>
        Assert.Contains("NER", ActorIds("اجتمع الوزير بالنيجر مع نظيره."));

    [Fact]
    public void Lam_lam_before_the_West_is_matched() =>
        Assert.Contains("WEST", ActorIds("كانت النيجر شريكا رئيسيا للغرب."));

    [Fact]
    public void Capital_stands_for_its_state() =>
        Assert.Equal(["NER", "USA"], ActorIds("طلبت النيجر من واشنطن سحب قواتها."));

    [Fact]
    public void Demonym_names_its_state() =>
        Assert.Contains("FRA", ActorIds("طلبت الحكومة من القوات الفرنسية المغادرة."));

    [Fact]
    public void Mali_coordinated_with_another_country_is_Mali() =>
        Assert.Contains("MLI", ActorIds("في أعقاب تحركات مماثلة في بوركينا فاسو ومالي المجاورتين."));

    [Fact]
    public void Mali_after_its_president_is_Mali() => // «رئيس» was written with its hamza seat and could never match
        Assert.Contains("MLI", ActorIds("وأكد رئيس مالي أن بلاده ماضية في خياراتها."));

    [Fact]
    public void Mali_after_a_preposition_is_Mali() =>
        Assert.Contains("MLI", ActorIds("وصل الوزير إلى مالي في زيارة رسمية."));

    [Fact]
    public void The_Pakistani_Taliban_are_not_the_Afghan_Taliban() =>
        Assert.Equal(["PAK", "TTP"], ActorIds("واتهمت باكستان حركة طالبان باكستان بتنفيذ الهجوم.").Order());

    [Fact]
    public void An_air_base_is_not_al_Qaeda()
    {
        Assert.DoesNotContain("ALQAEDA", ActorIds("وانسحبت القوات الأمريكية من القاعدة الجوية في النيجر."));
        Assert.Contains("ALQAEDA", ActorIds("وأعلن تنظيم القاعدة مسؤوليته عن الهجوم، وقالت القاعدة إن الهجوم رد على الغارات."));
    }

    [Theory]
    [InlineData("واتهمت الحكومة المالية الجزائر بدعم الإرهاب.")]
    [InlineData("وخاض الجيش المالي معارك عنيفة في الشمال.")]
    [InlineData("وقال المجلس العسكري المالي في بيان إنه قطع العلاقات.")]
    public void Malis_institutions_are_Mali(string sentence) =>
        Assert.Contains("MLI", ActorIds(sentence));

    [Theory]
    [InlineData("قدم البنك الدعم المالي للحكومة.")]
    [InlineData("وقالت وزارة المالية إن الأزمة المالية أثرت على الاقتصاد.")]
    [InlineData("التقى وزير المالية بنظرائه.")]
    [InlineData("تعاني البلاد من عجز مالي كبير.")]
    [InlineData("قدمت الدول المانحة دعما عسكريا وماليا.")]
    public void Financial_is_not_Mali(string sentence) =>
        Assert.DoesNotContain("MLI", ActorIds(sentence));

    [Theory]
    [InlineData("أمرت الحكومة العسكرية في الدولة الواقعة في غرب إفريقيا القوات بالمغادرة.")]
    [InlineData("تشهد دول غرب أفريقيا موجة انقلابات.")]
    public void West_Africa_is_not_the_West(string sentence) =>
        Assert.DoesNotContain("WEST", ActorIds(sentence));

    [Fact]
    public void Western_states_are_the_West() =>
        Assert.Contains("WEST", ActorIds("ويأتي الانفصال عن الدول الغربية لصالح روسيا."));

    [Fact]
    public void Nigeria_adjective_in_a_text_about_Niger_means_Niger()
    {
        var ids = ActorIds("طلبت النيجر من واشنطن المغادرة. وقد تترك المعدات للجيش النيجيري.");
        Assert.Contains("NER", ids);
        Assert.DoesNotContain("NGA", ids);
    }

    [Fact]
    public void Nigeria_adjective_stays_Nigeria_when_Nigeria_is_named()
    {
        var ids = ActorIds("زار الرئيس نيجيريا. وقال الجيش النيجيري إنه مستعد. وفي النيجر هدوء حذر.");
        Assert.Contains("NGA", ids);
    }

    [Fact]
    public void News_agencies_and_pollsters_are_not_actors()
    {
        var x = ArticleExtractor.Default.Extract(
            "وقال مسؤولون لرويترز ووكالة أسوشيتد برس للأنباء إن القوات الأمريكية غادرت، وفقا لمسح أجرته مؤسسة أفروباروميتر.");
        Assert.Equal(["USA"], x.Actors.Select(a => a.Actor.Id).ToArray());
        Assert.Equal(["AFROBAROMETER", "AP", "REUTERS"], x.Sources.Select(s => s.Id).Order().ToArray());
    }

    [Fact]
    public void The_junta_refers_to_the_country_the_text_is_about()
    {
        var x = ArticleExtractor.Default.Extract("استولى الجيش على السلطة في النيجر. وطلبت الحكومة العسكرية من القوات الفرنسية المغادرة.");
        var niger = x.Actors.Single(a => a.Actor.Id == "NER");
        Assert.Contains(niger.Mentions, m => m.Text == "الحكومة العسكرية");
    }

    [Fact]
    public void Mention_offsets_index_the_original_text()
    {
        const string text = "وقالت الولاياتُ المتحدة إنها ستسحب قواتها.";
        var usa = ArticleExtractor.Default.Extract(text).Actors.Single(a => a.Actor.Id == "USA");
        var m = Assert.Single(usa.Mentions);
        Assert.Equal("الولاياتُ المتحدة", text[m.Start..m.End]);
        Assert.Equal(m.Text, text[m.Start..m.End]);
    }
}
