using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace GraphViz.Server.Tests.Cli;

/// <summary>
/// The Arabic development corpus (tests/corpus/ar) stays what its README says: every article annotated, every
/// piece of evidence verbatim in its text, and the test split exactly the articles the README lists.
/// </summary>
public class CorpusIntegrityTests
{
    public static readonly string Folder = Path.Combine(RepositoryRoot(), "tests", "corpus", "ar");

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GraphViz.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("GraphViz.sln not found above the test's folder");
    }

    /// <summary>Each article as its split and name: "tune/sahel-aes-quit-ecowas".</summary>
    private static readonly List<string> Names = Directory.EnumerateFiles(Folder, "*.ar.txt", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(Folder, p)[..^".ar.txt".Length]).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Articles => new(Names);

    [Fact]
    public void The_corpus_has_at_least_forty_articles_and_a_third_of_them_in_test()
    {
        var test = Names.Count(a => a.StartsWith("test/", StringComparison.Ordinal));
        Assert.True(Names.Count >= 40, $"{Names.Count} articles");
        Assert.InRange(test / (double)Names.Count, 0.30, 0.37);
        Assert.All(Names, a => Assert.Matches("^(tune|test)/", a));
    }

    [Fact]
    public void The_test_split_is_exactly_what_the_README_lists()
    {
        var listed = Regex.Matches(File.ReadAllText(Path.Combine(Folder, "README.md")), @"- `(test/[a-z0-9-]+)`")
            .Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        var inFolder = Names.Where(a => a.StartsWith("test/", StringComparison.Ordinal));
        Assert.Equal(inFolder, listed);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Every_gold_file_is_complete_and_its_evidence_verbatim(string article)
    {
        var text = File.ReadAllText(Path.Combine(Folder, article + ".ar.txt"));
        var gold = JObject.Parse(File.ReadAllText(Path.Combine(Folder, article + ".gold.json")));
        Assert.InRange(Regex.Matches(text, @"\w+").Count, 150, 400);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", (string?)gold["published"] ?? "");
        var actors = gold["actors"]!.Select(a => (string)a["id"]!).ToHashSet();
        foreach (var mention in gold["actors"]!.SelectMany(a => a["mentions"]!.Values<string>())) Assert.Contains(mention!, text);
        foreach (var r in gold["relations"]!)
        {
            Assert.Contains((string)r["a"]!, actors);
            Assert.Contains((string)r["b"]!, actors);
            Assert.Contains((string)r["polarity"]!, new[] { "positive", "negative", "neutral" });
            Assert.Contains((string)r["tier"]!, new[] { "core", "stretch" });
            Assert.Contains((string)r["evidence"]!, text);
        }
        foreach (var e in gold["events"]!)
        {
            Assert.Matches(@"^\d{4}(-\d{2}(-\d{2})?)?$", (string)e["date"]!);
            Assert.Contains((string)e["evidence"]!, text);
        }
    }
}
