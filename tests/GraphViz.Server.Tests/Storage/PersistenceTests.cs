using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphViz.Core.Extraction;
using GraphViz.Core.Graph;
using GraphViz.Server.Storage;
using Microsoft.AspNetCore.Hosting;

namespace GraphViz.Server.Tests.Storage;

/// <summary>Workspaces live in SQLite: a restart brings every graph back exactly, and the same text is stored once.</summary>
public class PersistenceTests
{
    private const string EgyptTurkey = "وقعت مصر وتركيا اتفاقية للتعاون العسكري في أنقرة يوم الثلاثاء، وفق ما أعلنت وزارة الخارجية المصرية.";
    private const string AlgeriaMorocco = "قطعت الجزائر علاقاتها الدبلوماسية مع المغرب في أغسطس 2021، متهمة الرباط بأعمال عدائية.";

    [Fact]
    public async Task After_a_restart_every_graph_is_exactly_as_before()
    {
        var data = GraphVizFactory.NewDataFolder();
        string sampleBefore, workspaceBefore, timelineBefore, listBefore;
        await using (var first = new GraphVizFactory { DataPath = data, KeepData = true })
        {
            var client = first.CreateClient();
            var created = await (await client.PostAsync("/api/graphs", JsonContent.Create(new { id = "maghreb", title = "المغرب العربي" })))
                .Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("maghreb", created.GetProperty("id").GetString());
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/graphs/maghreb/articles",
                JsonContent.Create(new { text = AlgeriaMorocco, published = "2021-08-25", title = "قطع العلاقات" }))).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/graphs/sample/articles",
                JsonContent.Create(new { text = EgyptTurkey }))).StatusCode);
            sampleBefore = await client.GetStringAsync("/api/graphs/sample");
            workspaceBefore = await client.GetStringAsync("/api/graphs/maghreb");
            timelineBefore = await client.GetStringAsync("/api/graphs/maghreb/timeline");
            listBefore = await client.GetStringAsync("/api/graphs");
        }

        await using var second = new GraphVizFactory { DataPath = data };
        var again = second.CreateClient();
        Assert.Equal(sampleBefore, await again.GetStringAsync("/api/graphs/sample"));
        Assert.Equal(workspaceBefore, await again.GetStringAsync("/api/graphs/maghreb"));
        Assert.Equal(timelineBefore, await again.GetStringAsync("/api/graphs/maghreb/timeline"));
        Assert.Equal(listBefore, await again.GetStringAsync("/api/graphs"));
        var sample = JsonDocument.Parse(sampleBefore).RootElement;
        Assert.Equal(2, sample.GetProperty("articles").GetArrayLength()); // the sample was not seeded a second time
    }

    [Fact]
    public async Task The_same_text_twice_is_stored_once_and_changes_nothing_the_second_time()
    {
        await using var factory = new GraphVizFactory();
        var client = factory.CreateClient();
        var first = await client.PostAsync("/api/graphs/sample/articles", JsonContent.Create(new { text = EgyptTurkey }));
        var firstReply = await first.Content.ReadFromJsonAsync<JsonElement>();
        var graphBefore = await client.GetStringAsync("/api/graphs/sample");

        // The same article pasted again, with other line endings and spacing at its ends.
        var second = await client.PostAsync("/api/graphs/sample/articles", JsonContent.Create(new { text = "\r\n  " + EgyptTurkey + "  \n" }));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var secondReply = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(secondReply.GetProperty("duplicate").GetBoolean());
        Assert.Equal(firstReply.GetProperty("articleId").GetString(), secondReply.GetProperty("articleId").GetString());
        Assert.Equal(firstReply.GetProperty("version").GetInt64(), secondReply.GetProperty("version").GetInt64());
        Assert.Equal(graphBefore, await client.GetStringAsync("/api/graphs/sample"));
        Assert.Equal(2, factory.Service<GraphRepository>().Articles("sample").Count);
    }

    [Fact]
    public async Task The_same_text_may_be_added_to_two_different_graphs()
    {
        await using var factory = new GraphVizFactory();
        var client = factory.CreateClient();
        await client.PostAsync("/api/graphs", JsonContent.Create(new { id = "other" }));
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/graphs/sample/articles", JsonContent.Create(new { text = EgyptTurkey }))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/graphs/other/articles", JsonContent.Create(new { text = EgyptTurkey }))).StatusCode);
    }

    [Fact]
    public async Task The_database_lives_where_GraphViz_DataPath_says()
    {
        await using var factory = new GraphVizFactory();
        factory.CreateClient();
        Assert.True(File.Exists(Path.Combine(factory.DataPath, GraphDatabase.FileName)));
    }

    [Fact]
    public async Task A_generated_editor_key_is_kept_across_restarts()
    {
        var data = GraphVizFactory.NewDataFolder();
        string key;
        await using (var first = new GraphVizFactory { DataPath = data, KeepData = true })
        await using (var unconfigured = first.WithWebHostBuilder(b => b.UseSetting("GraphViz:EditorKey", "")))
        {
            key = unconfigured.Services.GetService(typeof(GraphViz.Server.Security.EditorKey)) is GraphViz.Server.Security.EditorKey k ? k.Value : "";
        }
        await using var second = new GraphVizFactory { DataPath = data };
        await using var again = second.WithWebHostBuilder(b => b.UseSetting("GraphViz:EditorKey", ""));
        var keyAgain = ((GraphViz.Server.Security.EditorKey)again.Services.GetService(typeof(GraphViz.Server.Security.EditorKey))!).Value;

        Assert.True(key.Length >= 32, $"a generated key should be long: '{key}'");
        Assert.NotEqual(GraphVizFactory.Key, key);
        Assert.Equal(key, keyAgain);
    }

    [Fact]
    public void A_stored_extraction_rebuilds_the_same_graph()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "niger-us-withdrawal.ar.txt"));
        var extraction = ArticleExtractor.Default.Extract(text, new DateOnly(2024, 5, 20));
        var json = ExtractionSerializer.Write(extraction);
        var restored = ExtractionSerializer.Read(json);

        Assert.Equal(json, ExtractionSerializer.Write(restored));
        var original = new AlignmentGraph("g");
        original.AddArticle("t", "s", new DateOnly(2024, 5, 20), extraction);
        var rebuilt = new AlignmentGraph("g");
        rebuilt.AddArticle("t", "s", new DateOnly(2024, 5, 20), restored);
        Assert.Equal(Newtonsoft.Json.JsonConvert.SerializeObject(original.Snapshot()), Newtonsoft.Json.JsonConvert.SerializeObject(rebuilt.Snapshot()));
        Assert.Equal(
            Newtonsoft.Json.JsonConvert.SerializeObject(GraphViz.Core.Timeline.Timeline.Build(original)),
            Newtonsoft.Json.JsonConvert.SerializeObject(GraphViz.Core.Timeline.Timeline.Build(rebuilt)));
        // The relation types keep the fields the timeline needs (stance, closes), not only their constructor's.
        Assert.Contains(restored.Relations, r => r.Type.Closes.Count > 0);
        Assert.Contains(restored.Relations, r => r.Type.Stance != GraphViz.Core.Relations.Stance.Partner);
    }

    [Fact]
    public void An_extraction_stored_before_newer_type_fields_reads_them_from_the_type_table()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "niger-us-withdrawal.ar.txt"));
        var stored = Newtonsoft.Json.Linq.JObject.Parse(ExtractionSerializer.Write(ArticleExtractor.Default.Extract(text, new DateOnly(2024, 5, 20))));
        foreach (var type in stored.SelectTokens("relations[*].type").OfType<Newtonsoft.Json.Linq.JObject>())
        {
            type.Remove("plover");
            type.Remove("together");
            type.Remove("content");
        }

        var restored = ExtractionSerializer.Read(stored.ToString());

        Assert.All(restored.Relations, r => Assert.Equal(GraphViz.Core.Relations.RelationTypeTable.Default[r.Type.Id], r.Type with { }, TypeFields.Instance));
        Assert.Contains(restored.Relations, r => r.Type.Plover == "RETREAT");
        Assert.Contains(restored.Relations, r => r.Type.Together);
    }

    /// <summary>Relation types compared field by field, init-only fields included.</summary>
    private sealed class TypeFields : IEqualityComparer<GraphViz.Core.Relations.RelationType>
    {
        public static readonly TypeFields Instance = new();
        public bool Equals(GraphViz.Core.Relations.RelationType? a, GraphViz.Core.Relations.RelationType? b) =>
            a is not null && b is not null && (a.Id, a.Label, a.Polarity, a.Weight, a.Cameo, a.Symmetric) == (b.Id, b.Label, b.Polarity, b.Weight, b.Cameo, b.Symmetric)
            && a.Plover == b.Plover && a.Together == b.Together && a.Content == b.Content && a.Stance == b.Stance && a.Closes.SetEquals(b.Closes);
        public int GetHashCode(GraphViz.Core.Relations.RelationType t) => t.Id.GetHashCode();
    }
}
