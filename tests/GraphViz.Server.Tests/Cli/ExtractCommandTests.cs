using GraphViz.Server.Cli;
using Newtonsoft.Json.Linq;

namespace GraphViz.Server.Tests.Cli;

public class ExtractCommandTests
{
    public static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "Samples", "niger-us-withdrawal.ar.txt");
    private static readonly string GoldPath = Path.Combine(AppContext.BaseDirectory, "Gold", "niger-us-withdrawal.gold.json");

    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = ExtractCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static JObject Sample() => JObject.Parse(Run(SamplePath, "--published", "2024-05-20", "--format", "json").Out);

    private static JObject Gold() => JObject.Parse(File.ReadAllText(GoldPath));

    [Fact]
    public void The_sample_yields_exactly_the_gold_actors()
    {
        var found = Sample()["actors"]!.Select(a => (string)a["id"]!).Order().ToArray();
        var gold = Gold()["actors"]!.Select(a => (string)a["id"]!).Order().ToArray();
        Assert.Equal(gold, found);
    }

    [Fact]
    public void The_sample_finds_at_least_70_percent_of_the_gold_core_relations()
    {
        static string Key(string a, string b, string polarity) =>
            string.CompareOrdinal(a, b) <= 0 ? $"{a}|{b}|{polarity}" : $"{b}|{a}|{polarity}";
        var found = Sample()["relations"]!.Select(r => Key((string)r["source"]!, (string)r["target"]!, (string)r["polarity"]!)).ToHashSet();
        var core = Gold()["relations"]!.Where(r => (string)r["tier"]! == "core")
            .Select(r => Key((string)r["a"]!, (string)r["b"]!, (string)r["polarity"]!)).ToList();
        var recall = core.Count(found.Contains) / (double)core.Count;
        Assert.True(recall >= 0.7, $"core recall {recall:P0}; missed: {string.Join(", ", core.Where(k => !found.Contains(k)))}");
    }

    [Fact]
    public void Offsets_in_the_output_index_the_original_file()
    {
        var text = File.ReadAllText(SamplePath);
        var json = Sample();
        foreach (var m in json["actors"]!.SelectMany(a => a["mentions"]!))
            Assert.Equal((string)m["text"]!, text[(int)m["start"]!..(int)m["end"]!]);
        foreach (var e in json["relations"]!.Select(r => r["evidence"]!))
            Assert.Equal((string)e["text"]!, text[(int)e["start"]!..(int)e["end"]!]);
    }

    [Fact]
    public void Every_relation_has_the_documented_fields()
    {
        var relation = Sample()["relations"]!.First();
        foreach (var field in new[] { "source", "target", "polarity", "type", "date", "evidence" })
            Assert.NotNull(relation[field]);
        Assert.Contains((string)relation["polarity"]!, new[] { "positive", "negative", "neutral" });
    }

    [Fact]
    public void Sources_of_the_report_are_listed_apart_from_the_actors()
    {
        var sources = Sample()["sources"]!.Select(s => (string)s["id"]!).Order().ToArray();
        Assert.Equal(["AFROBAROMETER", "AP", "REUTERS"], sources);
    }

    [Fact]
    public void A_publication_date_that_does_not_parse_is_refused()
    {
        var (code, _, err) = Run(SamplePath, "--published", "May 2024");
        Assert.Equal(2, code);
        Assert.Contains("YYYY-MM-DD", err);
    }

    [Fact]
    public void A_missing_file_is_refused_with_its_name()
    {
        var (code, _, err) = Run("/no/such/article.txt");
        Assert.Equal(2, code);
        Assert.Contains("/no/such/article.txt", err);
    }
}
