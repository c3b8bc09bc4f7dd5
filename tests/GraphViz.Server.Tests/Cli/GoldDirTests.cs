using Newtonsoft.Json.Linq;

namespace GraphViz.Server.Tests.Cli;

/// <summary>extract --gold-dir: every text/gold pair under a folder, per article and per split.</summary>
public sealed class GoldDirTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gold-dir-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly string SampleGold = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Gold", "niger-us-withdrawal.gold.json"));

    private void Add(string split, string name, string text, string gold)
    {
        var dir = Path.Combine(_folder, split);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name + ".ar.txt"), text);
        File.WriteAllText(Path.Combine(dir, name + ".gold.json"), gold);
    }

    /// <summary>The sample with its gold, given the publication date its relative dates need.</summary>
    private void AddSample(string split, string name) =>
        Add(split, name, File.ReadAllText(ExtractCommandTests.SamplePath),
            JObject.Parse(SampleGold).Also(g => g["published"] = "2024-05-20").ToString());

    /// <summary>A sentence whose one relation the gold says is positive, and one more core relation it does not read.</summary>
    private void AddSmall(string split, string name) =>
        Add(split, name, "وقعت مصر وتركيا اتفاقية للتعاون التجاري.", """
            {"language":"ar","published":"2024-05-20",
             "actors":[{"id":"EGY"},{"id":"TUR"},{"id":"QAT"}],
             "relations":[{"a":"EGY","b":"TUR","polarity":"positive","tier":"core"},
                          {"a":"EGY","b":"QAT","polarity":"positive","tier":"core"}],
             "events":[]}
            """);

    [Fact]
    public void Prints_a_row_per_article_and_the_totals_of_each_split()
    {
        AddSample("tune", "niger");
        AddSmall("test", "egypt-turkey");
        var (code, output, _) = ExtractCommandTests.Run("--gold-dir", _folder);
        Assert.Equal(0, code);
        Assert.Matches(@"niger\s+tune\s+1\.00 1\.00 1\.00\s+1\.00 1\.00 1\.00\s+8/8", output);
        Assert.Matches(@"egypt-turkey\s+test\s+1\.00 0\.67 0\.80\s+1\.00 0\.50 0\.67", output);
        Assert.Contains("tune (1 articles)", output);
        Assert.Contains("test (1 articles)", output);
        Assert.Matches(@"all \(2 articles\)\s+1\.00 0\.92 0\.96", output);
    }

    [Fact]
    public void Json_gives_micro_averaged_totals_and_each_articles_misses()
    {
        AddSample("tune", "niger");
        AddSmall("test", "egypt-turkey");
        var json = JObject.Parse(ExtractCommandTests.Run("--gold-dir", _folder, "--format", "json").Out);
        var small = json["articles"]!.Single(a => (string)a["name"]! == "egypt-turkey");
        Assert.Equal(["EGY~QAT:positive"], small["missedRelations"]!.Select(m => (string)m!));
        Assert.Equal(["QAT"], small["missedActors"]!.Select(m => (string)m!));
        var all = json["all"]!["coreRelations"]!;
        var sampleCore = (int)json["splits"]!["tune"]!["coreRelations"]!["tp"]!;
        Assert.Equal(sampleCore + 1, (int)all["tp"]!);
        Assert.Equal(1, (int)all["fn"]!);
    }

    [Fact]
    public void A_text_without_its_gold_is_not_scored()
    {
        AddSmall("tune", "paired");
        File.WriteAllText(Path.Combine(_folder, "tune", "unpaired.ar.txt"), "نص بلا تعليق.");
        var json = JObject.Parse(ExtractCommandTests.Run("--gold-dir", _folder, "--format", "json").Out);
        Assert.Equal(["paired"], json["articles"]!.Select(a => (string)a["name"]!));
    }

    [Fact]
    public void A_folder_with_no_annotated_article_is_an_error()
    {
        var (code, _, err) = ExtractCommandTests.Run("--gold-dir", _folder);
        Assert.Equal(2, code);
        Assert.Contains("no text with a NAME.gold.json", err);
    }

    [Fact]
    public void A_broken_gold_file_is_named_in_the_error()
    {
        Add("tune", "broken", "نص.", "{ not json");
        var (code, _, err) = ExtractCommandTests.Run("--gold-dir", _folder);
        Assert.Equal(2, code);
        Assert.Contains("broken.gold.json is not a gold annotation", err);
    }

    [Fact]
    public void A_file_and_a_folder_together_are_refused()
    {
        var (code, _, err) = ExtractCommandTests.Run(ExtractCommandTests.SamplePath, "--gold-dir", _folder);
        Assert.Equal(2, code);
        Assert.Contains("--gold-dir scores a folder", err);
    }
}

internal static class JsonObjectExtensions
{
    public static JObject Also(this JObject o, Action<JObject> change)
    {
        change(o);
        return o;
    }
}
