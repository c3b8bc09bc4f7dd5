using GraphViz.Core.Text;

namespace GraphViz.Core.Tests.Text;

public class ArabicCliticsTests
{
    private static IEnumerable<string> Stems(string word) =>
        ArabicClitics.Readings(ArabicNormalizer.NormalizeTerm(word)).Select(r => r.Stem);

    [Theory]
    [InlineData("وإيران", "ايران")]
    [InlineData("ومالي", "مالي")]
    [InlineData("لرويترز", "رويترز")]
    [InlineData("بالنيجر", "النيجر")]
    [InlineData("وبالنيجر", "النيجر")]
    [InlineData("فروسيا", "روسيا")]
    [InlineData("كفرنسا", "فرنسا")]
    public void Proclitics_are_stripped_to_the_base_name(string written, string stem) =>
        Assert.Contains(stem, Stems(written));

    [Fact]
    public void Lam_lam_is_read_as_lam_plus_the_article() =>
        Assert.Contains("الغرب", Stems("للغرب"));

    [Fact]
    public void Lam_before_a_name_starting_with_lam_is_also_read() =>
        Assert.Contains("ليبيا", Stems("لليبيا"));

    [Fact]
    public void The_whole_word_is_always_a_reading() =>
        Assert.Equal("واشنطن", Stems("واشنطن").First());

    [Fact]
    public void Short_words_are_not_stripped_to_nothing() =>
        Assert.Equal(["بان"], Stems("بان"));

    [Fact]
    public void A_stripped_preposition_is_reported() =>
        Assert.Contains(ArabicClitics.Readings("بالنيجر"), r => r.Stem == "النيجر" && r.Preposition == 'ب');
}
