using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using static GraphViz.Core.Tests.Relations.Reading;

namespace GraphViz.Core.Tests.Relations;

/// <summary>Relations read from single sentences: sentences of the sample and sentences written for each trap.</summary>
public class RelationReadingTests
{
    [Fact]
    public void Demand_to_withdraw_reads_the_demander_as_source()
    {
        var rs = Read("وطلبت النيجر الشهر الماضي من واشنطن سحب أفرادها العسكريين الذين يقترب عددهم من الألف.");
        Assert.True(Has(rs, "NER", "USA", "demand_withdrawal"));
    }

    [Fact]
    public void Troop_withdrawal_reads_the_withdrawing_state_as_source()
    {
        var rs = Read("قالت الولايات المتحدة إنها ستسحب جميع قواتها من النيجر خلال الأشهر الأربعة المقبلة.");
        Assert.True(Has(rs, "USA", "NER", "withdraw_troops"));
    }

    [Fact]
    public void Declaring_foreign_troops_illegal_targets_the_troops_state()
    {
        var rs = Read("واعتبرت النيجر وجود القوات الأمريكية \"غير قانوني\".");
        Assert.True(Has(rs, "NER", "USA", "declare_presence_illegal"));
    }

    [Fact]
    public void Ending_a_cooperation_agreement_is_one_negative_relation_not_also_an_agreement()
    {
        var rs = Read("وأعلنت النيجر في مارس/آذار إنهاء اتفاق التعاون العسكري مع واشنطن.");
        Assert.True(Has(rs, "NER", "USA", "end_cooperation"));
        Assert.DoesNotContain(rs, r => r.Polarity == Polarity.Positive);
    }

    [Fact]
    public void Agreement_between_two_ministries_links_their_states()
    {
        var rs = Read("وذكر البيان أن الاتفاق الجديد بين وزارة الدفاع النيجرية ووزارة الدفاع الأمريكية يضمن حماية القوات.");
        Assert.Contains(rs, r => r.Type.Id == "agreement" && new[] { r.Source, r.Target }.Order().SequenceEqual(["NER", "USA"]));
    }

    [Fact]
    public void Ties_with_a_coordinated_pair_give_one_relation_each()
    {
        var rs = Read("أعربت واشنطن عن قلقها بشأن العلاقات النيجرية المحتملة مع روسيا وإيران.");
        Assert.True(Has(rs, "NER", "RUS", "ties"));
        Assert.True(Has(rs, "NER", "IRN", "ties"));
        Assert.True(Has(rs, "USA", "NER", "concern"));
        Assert.DoesNotContain(rs, r => r.Source == "USA" && r.Target is "RUS" or "IRN");
    }

    [Fact]
    public void Turning_to_a_group_keeps_the_subject_of_the_first_clause()
    {
        var rs = Read("طلبت الحكومة العسكرية في النيجر من القوات الفرنسية المغادرة ولجأت إلى مجموعة فاغنر للحصول على المساعدة الأمنية.");
        Assert.True(Has(rs, "NER", "FRA", "demand_withdrawal"));
        Assert.True(Has(rs, "NER", "WAGNER", "turn_to"));
    }

    [Fact]
    public void A_mercenary_group_named_with_its_patron_is_affiliated_to_it()
    {
        var rs = Read("ولجأت مالي إلى مجموعة فاغنر المرتزقة الروسية.");
        Assert.True(Has(rs, "WAGNER", "RUS", "affiliation"));
    }

    [Fact]
    public void War_against_a_group_reads_the_genitive_as_the_agent()
    {
        var rs = Read("وشاركت النيجر في حرب واشنطن ضد الجماعات المسلحة في منطقة الساحل.");
        Assert.True(Has(rs, "USA", "SAHEL_ARMED_GROUPS", "war"));
    }

    [Theory]
    [InlineData("لم تقطع مصر علاقاتها مع قطر.")]
    [InlineData("لن تفرض فرنسا عقوبات على مالي.")]
    [InlineData("ونفت الجزائر أن تكون قطعت علاقاتها مع المغرب.")]
    public void Negated_relations_are_not_read(string sentence) =>
        Assert.DoesNotContain(Read(sentence), r => r.Polarity == Polarity.Negative);

    [Fact]
    public void A_conditional_relation_is_not_read() =>
        Assert.Empty(Read("وإذا فرضت واشنطن عقوبات على أنقرة فإن تركيا سترد."));

    [Fact]
    public void A_relation_takes_the_date_of_its_sentence()
    {
        var r = Assert.Single(Read("وأعلنت النيجر في مارس/آذار إنهاء اتفاق التعاون العسكري مع واشنطن."));
        Assert.Equal("2024-03", r.Date?.ToString());
    }

    [Fact]
    public void Evidence_is_the_original_sentence_with_its_mentions()
    {
        const string text = "وأعلنت النيجر إنهاء اتفاق التعاون العسكري مع واشنطن.";
        var r = Assert.Single(Read(text));
        Assert.Equal(text, r.Evidence.Text);
        Assert.Contains(r.Evidence.Mentions, m => m.ActorId == "USA" && r.Evidence.Text[m.Start..m.End] == "واشنطن");
    }

    [Fact]
    public void Similar_moves_elsewhere_give_those_actors_the_same_relations()
    {
        var rs = Read("وأعلنت الجزائر قطع العلاقات مع فرنسا في أعقاب خطوات مماثلة في مالي وبوركينا فاسو.");
        Assert.True(Has(rs, "DZA", "FRA", "break_ties"));
        Assert.True(Has(rs, "MLI", "FRA", "break_ties"));
        Assert.True(Has(rs, "BFA", "FRA", "break_ties"));
    }

    [Fact]
    public void Without_a_likeness_marker_a_later_country_gets_nothing()
    {
        var rs = Read("وأعلنت الجزائر قطع العلاقات مع فرنسا في أعقاب زيارة إلى مالي.");
        Assert.DoesNotContain(rs, r => r.Source == "MLI");
    }

    [Fact]
    public void Between_the_two_countries_refers_back_to_the_pair_named_before()
    {
        var rs = Read("أعلنت الجزائر وتونس تعزيز التعاون العسكري بين البلدين، فيما نددت المغرب بالخطوة.");
        Assert.Contains(rs, r => r.Type.Id == "strengthen_ties" && new[] { r.Source, r.Target }.Order().SequenceEqual(["DZA", "TUN"]));
        Assert.DoesNotContain(rs, r => r.Polarity == Polarity.Positive && (r.Source == "MAR" || r.Target == "MAR"));
    }
}

/// <summary>Intervals, reported speech and clause-bound dates: document-level readings of relations.</summary>
public class RelationContextTests
{
    [Fact]
    public void Ending_a_cooperation_agreement_closes_the_cooperation_it_names()
    {
        var rs = Read("وقعت مصر والسودان اتفاقية للتعاون العسكري في مارس 2021. وفي يونيو 2023 أعلنت مصر إنهاء التعاون العسكري مع السودان.");
        var cooperation = rs.Where(r => r.Polarity == Polarity.Positive).ToList();
        Assert.NotEmpty(cooperation);
        Assert.All(cooperation, r => Assert.Equal("2023-06", r.End?.ToString()));
    }

    [Fact]
    public void Cooperation_that_began_after_an_ending_stays_open()
    {
        var rs = Read("وفي يونيو 2023 أعلنت مصر إنهاء التعاون العسكري مع السودان. وفي مارس 2024 وقعت مصر والسودان اتفاقية جديدة.");
        Assert.Contains(rs, r => r.Type.Id == "agreement" && r.End is null);
    }

    [Fact]
    public void Ties_named_in_a_concern_are_reported_by_the_concerned()
    {
        var rs = Read("وجاء القرار بعد أن أعربت واشنطن عن قلقها بشأن العلاقات النيجرية المحتملة مع روسيا وإيران.");
        Assert.Contains(rs, r => r.Type.Id == "ties" && r.Target == "RUS" && r.ReportedBy == "USA");
        Assert.Contains(rs, r => r.Type.Id == "concern" && r.Source == "USA" && r.ReportedBy is null);
    }

    [Fact]
    public void A_relation_inside_a_quotation_keeps_its_speaker()
    {
        var rs = Read("وقال الرئيس الفرنسي: \"إن روسيا وإيران عززتا التعاون العسكري بينهما\".");
        var r = Assert.Single(rs, r => new[] { r.Source, r.Target }.Order().SequenceEqual(["IRN", "RUS"]));
        Assert.Equal("FRA", r.ReportedBy);
    }

    [Fact]
    public void A_date_does_not_cross_into_an_after_that_clause()
    {
        var rs = Read("قالت الولايات المتحدة إنها ستسحب جميع قواتها من النيجر خلال الأشهر الأربعة المقبلة بعد أن أمرتهم الحكومة العسكرية بالمغادرة.");
        Assert.Contains(rs, r => r.Type.Id == "withdraw_troops" && r.Start?.ToString() == "2024-05");
        Assert.Contains(rs, r => r.Type.Id == "demand_withdrawal" && r.Date is null);
    }
}

public class IntervalCloserTests
{
    [Fact]
    public void An_undated_cooperation_is_not_closed_by_a_dated_ending()
    {
        var rs = ArticleExtractor.Default.Extract("وأعلنت مصر في مارس إنهاء التعاون العسكري مع السودان. ووقعت مصر والسودان اتفاقية جديدة.",
            new DateOnly(2024, 5, 20)).Relations;
        Assert.Contains(rs, r => r.Type.Id == "agreement" && r.End is null);
    }
}

/// <summary>More of the hard cases, in sentences written for them.</summary>
public class HardCaseTests
{
    [Fact]
    public void A_negated_verb_far_before_a_trigger_does_not_negate_it() =>
        Assert.Contains(Read("وقال البيان إن انسحاب القوات الأمريكية لا يؤثر بأي شكل من الأشكال على مواصلة العلاقات بين الولايات المتحدة والنيجر."),
            r => r.Type.Id == "continue_ties");

    [Fact]
    public void Laysa_negates_the_relation_after_it() =>
        Assert.DoesNotContain(Read("وقال المتحدث إن بلاده ليست حليفا لروسيا، في إشارة إلى كازاخستان."), r => r.Type.Id == "alliance");

    [Fact]
    public void Adam_negates_the_relation_after_it() =>
        Assert.DoesNotContain(Read("وأكدت الجزائر عدم قطع العلاقات مع فرنسا."), r => r.Type.Id == "break_ties");

    [Fact]
    public void The_country_refers_back_to_the_main_country()
    {
        var x = ArticleExtractor.Default.Extract("أعلنت النيجر أن القوات الأجنبية ستغادر. وبدأت القوات الأمريكية مغادرة البلاد.", new DateOnly(2024, 5, 20));
        Assert.Contains(x.Relations, r => r.Type.Id == "troops_leave" && r.Source == "USA" && r.Target == "NER");
    }

    [Theory]
    [InlineData("يونيه", "06")]
    [InlineData("يوليه", "07")]
    public void Egyptian_month_spellings_are_read(string month, string number) =>
        Assert.Contains(Read($"ووقعت مصر والسودان اتفاقية في {month} 2022."), r => r.Date?.ToString() == $"2022-{number}");
}

public class HistoricalAndClauseTests
{
    [Fact]
    public void A_date_in_a_relative_clause_does_not_date_the_main_clause()
    {
        var rs = Read("وأعلنت النيجر، التي شهدت انقلابا العام الماضي، إنهاء التعاون العسكري مع فرنسا.");
        Assert.Contains(rs, r => r.Type.Id == "end_cooperation" && r.Target == "FRA" && r.Date is null);
    }

    [Fact]
    public void A_traditional_ally_held_until_the_first_dated_rupture()
    {
        var rs = Read("كانت فرنسا الحليف الأمني التقليدي للنيجر. وفي أغسطس 2023 طلبت النيجر من القوات الفرنسية المغادرة.");
        var alliance = Assert.Single(rs, r => r.Type.Id == "alliance");
        Assert.True(alliance.Historical);
        Assert.Null(alliance.Date);
        Assert.Equal("2023-08", alliance.End?.ToString());
    }

    [Fact]
    public void Without_a_rupture_a_traditional_ally_stays_undated() =>
        Assert.Contains(Read("وتعد فرنسا الحليف التقليدي للمغرب."), r => r.Type.Id == "alliance" && r.Historical && r.End is null);
}
