using GraphViz.Core.Extraction;
using GraphViz.Core.Relations;
using static GraphViz.Core.Tests.Relations.Reading;

namespace GraphViz.Core.Tests.Relations;

/// <summary>Two actors' doings in one sentence, set against each other: each clause keeps its own parties.</summary>
public class ContrastClauseTests
{
    private static HashSet<string> Pairs(IEnumerable<Relation> relations) =>
        relations.Select(r => $"{r.Type.Id}:{ActorPair.Key(r.Source, r.Target)}").ToHashSet();

    [Theory]
    [InlineData("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب، بينما وقعت مصر وتركيا اتفاقية للتعاون العسكري.")]
    [InlineData("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب، في حين وقعت مصر وتركيا اتفاقية للتعاون العسكري.")]
    [InlineData("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب فيما وقعت مصر وتركيا اتفاقية للتعاون العسكري.")]
    public void Each_clause_keeps_its_own_parties(string sentence)
    {
        var pairs = Pairs(Read(sentence));
        Assert.Contains("break_ties:DZA~MAR", pairs);
        Assert.Contains(pairs, p => p.EndsWith(":EGY~TUR"));
        Assert.DoesNotContain(pairs, p => p.EndsWith(":DZA~MAR") && !p.StartsWith("break_ties"));
        Assert.DoesNotContain(pairs, p => (p.Contains("DZA") || p.Contains("MAR")) && (p.Contains("EGY") || p.Contains("TUR")));
    }

    [Fact]
    public void A_date_stays_in_its_contrasting_clause()
    {
        var relations = Read("قطعت الجزائر علاقاتها الدبلوماسية مع المغرب في أغسطس 2021، بينما وقعت مصر وتركيا اتفاقية للتعاون العسكري.");
        Assert.Contains(relations, r => ActorPair.Key(r.Source, r.Target) == "DZA~MAR" && r.Date?.ToString() == "2021-08");
        var egyptTurkey = relations.Where(r => ActorPair.Key(r.Source, r.Target) == "EGY~TUR").ToList();
        Assert.NotEmpty(egyptTurkey);
        Assert.All(egyptTurkey, r => Assert.Null(r.Date));
    }

    [Fact]
    public void A_clause_without_a_subject_of_its_own_still_reads_the_sentences()
    {
        var pairs = Pairs(Read("أعلنت النيجر إنهاء اتفاق التعاون العسكري مع الولايات المتحدة، بينما عززت علاقاتها مع روسيا."));
        Assert.Contains(pairs, p => p.EndsWith(":NER~RUS"));
    }

    [Fact]
    public void Fima_yataallaq_is_not_a_clause_boundary()
    {
        var pairs = Pairs(Read("وقعت روسيا ومالي اتفاقية للتعاون فيما يتعلق بمكافحة الإرهاب."));
        Assert.Contains(pairs, p => p.EndsWith(":MLI~RUS"));
    }

    [Fact]
    public void Two_actors_between_the_parts_of_a_trigger_are_its_parties()
    {
        var relations = Read("رحبت فرنسا وألمانيا بالخطوة، ووقعت إيران وروسيا اتفاقية للتعاون الاقتصادي.");
        Assert.DoesNotContain(relations, r => r.Type.Id == "agreement" && ActorPair.Key(r.Source, r.Target) == "DEU~FRA");
        Assert.Contains(relations, r => r.Type.Id == "agreement" && ActorPair.Key(r.Source, r.Target) == "IRN~RUS");
    }
}
