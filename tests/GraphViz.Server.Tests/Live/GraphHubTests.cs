using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GraphViz.Core.Graph;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace GraphViz.Server.Tests.Live;

public class GraphHubTests(GraphVizFactory factory) : IClassFixture<GraphVizFactory>
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private static StringContent Article(string text) =>
        new(JsonSerializer.Serialize(new { text, published = "2024-06-01" }), Encoding.UTF8, "application/json");

    [Fact]
    public async Task Joining_a_graph_returns_its_snapshot()
    {
        await using var connection = await factory.ConnectAsync();
        var snapshot = await connection.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");
        var api = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/graphs/sample");
        Assert.Equal(api.GetProperty("nodes").GetArrayLength(), snapshot.Nodes.Count);
        Assert.Contains(snapshot.Nodes, n => n.Id == "NER" && n.NameAr == "النيجر");
    }

    [Fact]
    public async Task Posting_an_article_sends_a_patch_to_every_client_in_the_room()
    {
        await using var first = await factory.ConnectAsync();
        await using var second = await factory.ConnectAsync();
        var inbox1 = GraphVizFactory.Listen(first);
        var inbox2 = GraphVizFactory.Listen(second);
        var snapshot = await first.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");
        await second.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");

        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles",
            Article("أعلنت قطر والجزائر تعزيز العلاقات بين البلدين."));
        response.EnsureSuccessStatusCode();

        var patch = await inbox1.NextAsync(Wait);
        Assert.Equal(snapshot.Version, patch.FromVersion);
        Assert.Equal(snapshot.Version + 1, patch.Version);
        Assert.Contains(patch.AddedNodes, n => n.Id == "QAT");
        Assert.Contains(patch.AddedNodes, n => n.Id == "DZA");
        Assert.Contains(patch.AddedEdges, e => e.Id == "DZA~QAT");
        Assert.Equal(patch.Version, (await inbox2.NextAsync(Wait)).Version);
    }

    [Fact]
    public async Task A_patch_does_not_repeat_what_the_snapshot_already_had()
    {
        await using var connection = await factory.ConnectAsync();
        var inbox = GraphVizFactory.Listen(connection);
        var snapshot = await connection.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");
        (await factory.CreateClient().PostAsync("/api/graphs/sample/articles",
            Article("قالت الولايات المتحدة إنها ستسحب قواتها من النيجر."))).EnsureSuccessStatusCode();
        var patch = await inbox.NextAsync(Wait);
        Assert.DoesNotContain(patch.AddedNodes, n => snapshot.Nodes.Any(s => s.Id == n.Id));
        Assert.Contains(patch.ChangedEdges, e => e.Id == "NER~USA");
    }

    [Fact]
    public async Task Joining_an_unknown_graph_fails_with_a_clear_message()
    {
        await using var connection = await factory.ConnectAsync();
        var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<GraphSnapshot>("JoinGraph", "nope"));
        Assert.Contains("no graph 'nope'", error.Message);
    }
}
