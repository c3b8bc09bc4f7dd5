using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphViz.Core.Graph;
using Microsoft.AspNetCore.SignalR.Client;

namespace GraphViz.Server.Tests.Api;

/// <summary>Several graphs side by side, each at /g/{graph} with its own live room; the sample is one of them.</summary>
public class WorkspaceTests
{
    private const string EgyptTurkey = "وقعت مصر وتركيا اتفاقية للتعاون العسكري في أنقرة.";

    [Fact]
    public async Task A_new_graph_is_listed_empty_beside_the_sample_and_has_its_page()
    {
        await using var factory = new GraphVizFactory();
        var client = factory.CreateClient();

        var response = await client.PostAsync("/api/graphs", JsonContent.Create(new { title = "Horn of Africa 2024" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString()!;
        Assert.StartsWith("horn-of-africa-2024-", id);
        Assert.Equal($"/api/graphs/{id}", response.Headers.Location?.ToString());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/graphs");
        Assert.Equal(["sample", id], list.EnumerateArray().Select(g => g.GetProperty("id").GetString()!).ToArray());
        var graph = await client.GetFromJsonAsync<JsonElement>($"/api/graphs/{id}");
        Assert.Equal(0, graph.GetProperty("nodes").GetArrayLength());
        var page = await client.GetAsync($"/g/{id}");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/js/main.js", await page.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("Has Spaces")]
    [InlineData("../etc")]
    [InlineData("-starts-with-hyphen")]
    [InlineData("UPPER")]
    public async Task A_graph_id_that_cannot_be_used_is_a_400_naming_the_rule(string id)
    {
        await using var factory = new GraphVizFactory();
        var response = await factory.CreateClient().PostAsync("/api/graphs", JsonContent.Create(new { id }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("lowercase", problem.GetProperty("errors").GetProperty("id")[0].GetString());
    }

    [Fact]
    public async Task Creating_a_graph_that_exists_is_a_409()
    {
        await using var factory = new GraphVizFactory();
        var response = await factory.CreateClient().PostAsync("/api/graphs", JsonContent.Create(new { id = "sample" }));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task An_article_changes_only_its_own_graph_and_only_its_own_room_hears_of_it()
    {
        await using var factory = new GraphVizFactory();
        var client = factory.CreateClient();
        await client.PostAsync("/api/graphs", JsonContent.Create(new { id = "egypt" }));
        await using var sampleWatcher = await factory.ConnectAsync();
        await using var egyptWatcher = await factory.ConnectAsync();
        var sampleInbox = GraphVizFactory.Listen(sampleWatcher);
        var egyptInbox = GraphVizFactory.Listen(egyptWatcher);
        await sampleWatcher.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");
        await egyptWatcher.InvokeAsync<GraphSnapshot>("JoinGraph", "egypt");
        var sampleBefore = await client.GetStringAsync("/api/graphs/sample");

        await client.PostAsync("/api/graphs/egypt/articles", JsonContent.Create(new { text = EgyptTurkey }));

        var patch = await egyptInbox.NextAsync(TimeSpan.FromSeconds(15));
        Assert.Equal("egypt", patch.GraphId);
        Assert.Equal(["EGY", "TUR"], patch.AddedNodes.Select(n => n.Id).Order().ToArray());
        Assert.Equal(sampleBefore, await client.GetStringAsync("/api/graphs/sample"));
        // A second article in the sample reaches the sample's watcher, and it is the first patch it hears.
        await client.PostAsync("/api/graphs/sample/articles", JsonContent.Create(new { text = EgyptTurkey }));
        Assert.Equal("sample", (await sampleInbox.NextAsync(TimeSpan.FromSeconds(15))).GraphId);
        Assert.Single(sampleInbox.All);
        Assert.Single(egyptInbox.All);
    }

    [Fact]
    public async Task Deleting_a_graph_removes_it_tells_its_room_and_survives_a_restart()
    {
        var data = GraphVizFactory.NewDataFolder();
        await using (var factory = new GraphVizFactory { DataPath = data, KeepData = true })
        {
            var client = factory.CreateClient();
            await client.PostAsync("/api/graphs", JsonContent.Create(new { id = "doomed" }));
            await using var watcher = await factory.ConnectAsync(accessToken: null);
            var deleted = new TaskCompletionSource<string>();
            watcher.On<string>("GraphDeleted", id => deleted.TrySetResult(id));
            await watcher.InvokeAsync<GraphSnapshot>("JoinGraph", "doomed");

            Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync("/api/graphs/doomed")).StatusCode);

            Assert.Equal("doomed", await deleted.Task.WaitAsync(TimeSpan.FromSeconds(15)));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/graphs/doomed")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync("/api/graphs/doomed")).StatusCode);
        }
        await using var restarted = new GraphVizFactory { DataPath = data };
        Assert.Equal(HttpStatusCode.NotFound, (await restarted.CreateClient().GetAsync("/api/graphs/doomed")).StatusCode);
    }
}
