using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphViz.Server.Tests.Api;

/// <summary>The built-in sample's story through the timeline API.</summary>
public class TimelineApiTests(GraphVizFactory factory) : IClassFixture<GraphVizFactory>
{
    private async Task<Dictionary<string, string>> StancesAt(string at)
    {
        var state = await factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/graphs/sample/state?at={at}");
        return state.GetProperty("pairs").EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("stance").GetString()!);
    }

    [Fact]
    public async Task The_steps_are_the_samples_dated_events_in_order()
    {
        var timeline = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/graphs/sample/timeline");
        var dates = timeline.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("date").GetString()).ToList();
        Assert.Equal(["2022", "2023", "2023-07", "2023-10", "2024-03", "2024-04", "2024-05-19", "2024-09-15"], dates);
    }

    [Fact]
    public async Task Before_the_coup_Niger_is_a_partner_of_the_United_States_and_the_West()
    {
        var s = await StancesAt("2023-06");
        Assert.Equal("partner", s["NER~USA"]);
        Assert.Equal("partner", s["NER~WEST"]);
        Assert.Equal("partner", s["FRA~NER"]); // the traditional security ally, until the junta asks French troops out
    }

    [Fact]
    public async Task By_the_end_of_2023_France_is_out_and_Wagner_is_in()
    {
        var s = await StancesAt("2023-12");
        Assert.Equal("broken", s["FRA~NER"]);
        Assert.Equal("partner", s["NER~WAGNER"]);
        Assert.Equal("broken", s["NER~USA"]); // October: the coup designated, military aid restricted
    }

    [Fact]
    public async Task After_March_2024_the_military_cooperation_with_the_United_States_is_over()
    {
        var s = await StancesAt("2024-04");
        Assert.Equal("broken", s["NER~USA"]);
        var state = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/graphs/sample/state?at=2024-04");
        var timeline = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/graphs/sample/timeline");
        Assert.NotEmpty(timeline.GetProperty("steps").EnumerateArray().Single(x => x.GetProperty("date").GetString() == "2024-03").GetProperty("closes").EnumerateArray());
        Assert.True(state.GetProperty("relationIds").GetArrayLength() > 0);
    }

    [Fact]
    public async Task In_June_2024_the_withdrawal_reads_as_a_rupture_not_cooperation() =>
        Assert.Equal("broken", (await StancesAt("2024-06"))["NER~USA"]);

    [Fact]
    public async Task A_moment_that_is_not_a_date_is_a_400()
    {
        var response = await factory.CreateClient().GetAsync("/api/graphs/sample/state?at=spring");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_timeline_of_an_unknown_graph_is_a_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync("/api/graphs/nope/timeline")).StatusCode);
}
