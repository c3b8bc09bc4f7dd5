using GraphViz.Core.Text;

namespace GraphViz.Core.Tests.Text;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أمريكا", "امريكا")]
    [InlineData("إيران", "ايران")]
    [InlineData("آذار", "اذار")]
    [InlineData("مصطفى", "مصطفي")]
    [InlineData("الحكومة", "الحكومه")]
    [InlineData("مؤتمر", "موتمر")]
    [InlineData("رئيس", "رييس")]
    public void Letter_variants_fold_to_one_form(string written, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.NormalizeTerm(written));

    [Fact]
    public void Diacritics_and_tatweel_are_dropped() =>
        Assert.Equal("الولايات المتحده", ArabicNormalizer.NormalizeTerm("الوِلاياتُ المتّحـــدة"));

    [Fact]
    public void Arabic_Indic_digits_become_ascii() =>
        Assert.Equal("15 سبتمبر 2024", ArabicNormalizer.NormalizeTerm("١٥ سبتمبر ۲۰۲٤"));

    [Fact]
    public void Typographic_quotes_become_plain_quotes() =>
        Assert.Equal("\"غير قانوني\"", ArabicNormalizer.NormalizeTerm("“غير قانوني”"));

    [Fact]
    public void Offsets_map_back_to_the_original_text()
    {
        var original = "قالَت الولاياتُ المتحدة";
        var n = ArabicNormalizer.Normalize(original);
        var start = n.Text.IndexOf("الولايات", StringComparison.Ordinal);
        var (s, e) = n.ToOriginalSpan(start, start + "الولايات".Length);
        Assert.Equal("الولايات", original[s..e]);
    }

    [Fact]
    public void A_span_ending_before_a_dropped_diacritic_stays_inside_the_word()
    {
        var original = "مصرُ";
        var n = ArabicNormalizer.Normalize(original);
        Assert.Equal("مصر", n.Text);
        var (s, e) = n.ToOriginalSpan(0, 3);
        Assert.Equal("مصر", original[s..e]);
    }
}

public class OffsetMapTests
{
    [Theory]
    [InlineData("ـــمصرُ وَتُركيا تُوَقِّعانِ اتّفاقاً")]
    [InlineData("\u200Fالنيجرُ\u200F")]
    [InlineData("بلا تشكيل")]
    [InlineData("ًٌٍَُِّْ")]
    public void Every_normalised_character_maps_to_the_original_character_it_came_from(string original)
    {
        var n = ArabicNormalizer.Normalize(original);
        for (var i = 0; i < n.Text.Length; i++)
            Assert.Equal(n.Text[i], ArabicNormalizer.Fold(original[n.ToOriginal(i)]));
        Assert.Equal(original.Length, n.ToOriginal(n.Text.Length));
    }
}
