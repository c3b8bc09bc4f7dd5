using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphViz.Core.Graph;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace GraphViz.Server.Tests.Api;

/// <summary>Reading is open; every change needs the editor key, over HTTP and on the hub.</summary>
public class AccessTests(GraphVizFactory factory) : IClassFixture<GraphVizFactory>
{
    private const string Article = "وقعت مصر وتركيا اتفاقية للتعاون العسكري في أنقرة.";

    [Fact]
    public async Task A_reader_sees_graphs_timelines_and_the_page()
    {
        var reader = factory.CreateReader();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/graphs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/graphs/sample")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/api/graphs/sample/timeline")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/g/sample")).StatusCode);
    }

    public static TheoryData<string, string> Changes => new()
    {
        { "POST", "/api/graphs/sample/articles" },
        { "POST", "/api/graphs" },
        { "DELETE", "/api/graphs/sample" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_change_without_the_key_is_a_401_problem_and_changes_nothing(string method, string path)
    {
        var reader = factory.CreateReader();
        var before = await reader.GetStringAsync("/api/graphs");
        var response = await reader.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { text = Article }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("X-Editor-Key", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await reader.GetStringAsync("/api/graphs"));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task A_change_with_a_wrong_key_is_a_403_problem_and_changes_nothing(string method, string path)
    {
        var reader = factory.CreateReader();
        var before = await reader.GetStringAsync("/api/graphs");
        var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { text = Article }) };
        request.Headers.Add("X-Editor-Key", "not-the-key");
        var response = await reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await reader.GetStringAsync("/api/graphs"));
    }

    [Fact]
    public async Task The_key_may_also_come_as_a_bearer_token()
    {
        await using var own = new GraphVizFactory();
        var reader = own.CreateReader();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/graphs") { Content = JsonContent.Create(new { id = "bearer" }) };
        request.Headers.Authorization = new("Bearer", GraphVizFactory.Key);
        Assert.Equal(HttpStatusCode.Created, (await reader.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task On_the_hub_a_viewer_may_watch_but_not_lead()
    {
        await using var viewer = await factory.ConnectAsync(accessToken: null);
        await using var impostor = await factory.ConnectAsync(accessToken: "not-the-key");
        await using var editor = await factory.ConnectAsync();

        Assert.NotEmpty((await viewer.InvokeAsync<GraphSnapshot>("JoinGraph", "sample")).Nodes);
        Assert.False(await viewer.InvokeAsync<bool>("CanEdit"));
        Assert.False(await impostor.InvokeAsync<bool>("CanEdit"));
        Assert.True(await editor.InvokeAsync<bool>("CanEdit"));

        var error = await Assert.ThrowsAsync<HubException>(() => viewer.InvokeAsync("LeadStep", "sample", 1));
        Assert.Contains("editor key", error.Message);
        await Assert.ThrowsAsync<HubException>(() => impostor.InvokeAsync("LeadStep", "sample", 1));
        await editor.InvokeAsync("LeadStep", "sample", 1);
    }
}
