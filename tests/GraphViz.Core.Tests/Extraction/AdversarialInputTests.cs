using System.Text;
using GraphViz.Core.Extraction;

namespace GraphViz.Core.Tests.Extraction;

/// <summary>
/// Random and adversarial text (mixed scripts, combining marks, bidi controls, lone surrogates, megabyte
/// lines): the extractor never throws, and every offset it returns indexes the original text.
/// Seeded, so a failure repeats.
/// </summary>
public class AdversarialInputTests
{
    private static readonly string[] Pieces =
    [
        "النيجر", "واشنطن", "وإيران", "للغرب", "مالي", "فاغنر", " ", " ", "\n", ".", "،", "؟", "\"", "“", "”", "(", ")", "/",
        "\u064E", "\u0651", "\u0640", "\u200F", "\u202B", "\u202E", "\u2066", "\u2069", "\u200D", "\uFEFF",
        "abc", "Niger", "2023", "١٥", "سبتمبر", "آذار", "العام الماضي", "يوم الأحد", "بحلول", "بعد بضعة أشهر",
        "😀", "\uD800", "\uDC00", "\0", "\r", "\t", "ﷺ", "한국", "Ω", "e\u0301",
        "طلبت النيجر من واشنطن سحب", "لم", "إذا", "بين البلدين", "تحركات مماثلة في", "، التي", "الحليف التقليدي",
    ];

    private static string RandomText(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    private static void AssertOffsetsIndex(string text, ArticleExtraction x)
    {
        foreach (var m in x.Actors.SelectMany(a => a.Mentions))
            Assert.Equal(m.Text, text[m.Start..m.End]);
        foreach (var r in x.Relations)
            Assert.Equal(r.Evidence.Text, text[r.Evidence.Start..r.Evidence.End]);
    }

    [Fact]
    public void Random_mixed_unicode_never_throws_and_keeps_offsets_valid()
    {
        var random = new Random(20241124);
        for (var i = 0; i < 400; i++)
        {
            var text = RandomText(random, random.Next(1, 400));
            var published = random.Next(2) == 0 ? (DateOnly?)null : new DateOnly(2024, 5, 20);
            AssertOffsetsIndex(text, ArticleExtractor.Default.Extract(text, published));
        }
    }

    [Fact]
    public void A_megabyte_line_without_punctuation_is_read()
    {
        var line = string.Concat(Enumerable.Repeat("طلبت النيجر من واشنطن سحب قواتها وعززت علاقاتها مع روسيا ", 16_000));
        var x = ArticleExtractor.Default.Extract(line, new DateOnly(2024, 5, 20));
        Assert.NotEmpty(x.Relations);
        AssertOffsetsIndex(line, x);
    }

    [Fact]
    public void A_megabyte_of_combining_marks_and_bidi_controls_gives_nothing()
    {
        var noise = string.Concat(Enumerable.Repeat("\u064E\u0651\u0640\u200F\u202B\u2066", 170_000));
        var x = ArticleExtractor.Default.Extract(noise);
        Assert.Empty(x.Actors);
        Assert.Empty(x.Relations);
    }

    [Fact]
    public void Empty_and_blank_text_give_nothing()
    {
        Assert.Empty(ArticleExtractor.Default.Extract("").Actors);
        Assert.Empty(ArticleExtractor.Default.Extract(" \n\t ").Relations);
    }
}
