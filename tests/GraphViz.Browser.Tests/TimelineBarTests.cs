using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace GraphViz.Browser.Tests;

/// <summary>Stepping through the sample's timeline with the keyboard and by link.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TimelineBarTests(ChromiumFixture chromium, LiveApp app) : IClassFixture<LiveApp>
{
    private static Task<string[]> VisibleEdges(IPage page) =>
        page.EvaluateAsync<string[]>("() => graphViz.cy.edges().filter(e => e.style('display') !== 'none').map(e => e.id())");

    private static Task<string> EdgeColour(IPage page, string id) =>
        page.EvaluateAsync<string>($"() => graphViz.cy.getElementById('{id}').style('line-color')");

    private static Task WaitForStep(IPage page, int step) =>
        page.WaitForSelectorAsync($"#timeline[data-shown='{step}']", new PageWaitForSelectorOptions { Timeout = 10_000 });

    [Fact]
    public async Task Stepping_with_the_keyboard_shows_each_moment_and_moves_no_node()
    {
        var page = await GraphPage.OpenAsync(chromium.Browser, app.Url);
        await page.Page.WaitForSelectorAsync("#timeline[data-ready='true']");
        var before = await page.PositionsAsync();

        await page.Page.Keyboard.PressAsync("Home");
        await WaitForStep(page.Page, 0);
        var first = await VisibleEdges(page.Page);

        for (var i = 0; i < 3; i++) await page.Page.Keyboard.PressAsync("ArrowRight");
        await WaitForStep(page.Page, 3); // 2023-10: the coup designated, aid restricted
        var october = await VisibleEdges(page.Page);
        Assert.Contains("NER~USA", october);
        Assert.Contains("FRA~NER", october); // still the traditional ally: France's exit dates only to 2023, so it counts from the year's end
        var allied = await EdgeColour(page.Page, "FRA~NER");
        Assert.Contains("2023-10", await page.Page.Locator("#timeline-caption").TextContentAsync());

        await page.Page.Keyboard.PressAsync("End");
        var last = await page.Page.EvaluateAsync<int>("() => Number(document.getElementById('timeline-slider').max) - 1");
        await WaitForStep(page.Page, last);
        var end = await VisibleEdges(page.Page);
        Assert.Contains("FRA~NER", end);
        Assert.NotEqual(allied, await EdgeColour(page.Page, "FRA~NER")); // partner, then broken
        Assert.DoesNotContain("NER~WAGNER", first); // 2022: before the turn to Wagner
        Assert.Contains("NER~WAGNER", end);

        var after = await page.PositionsAsync();
        foreach (var (id, (x, y)) in before)
        {
            Assert.InRange(after[id].X - x, -1, 1);
            Assert.InRange(after[id].Y - y, -1, 1);
        }
    }

    [Fact]
    public async Task At_a_step_an_edge_lists_only_the_relations_in_force_and_follows_the_steps()
    {
        var page = await GraphPage.OpenAsync(chromium.Browser, $"{app.Url}/?step=3");
        await WaitForStep(page.Page, 3);   // 2023-10
        var (x, y) = await page.EdgeMidpointAsync("NER~USA");
        await page.Page.Mouse.ClickAsync(x, y);

        var summary = page.Page.Locator("#panel-summary");
        await Assertions.Expect(summary).ToContainTextAsync("As of 2023-10:");
        var state = await new HttpClient().GetFromJsonAsync<JsonElement>($"{app.Url}/api/graphs/sample/state?at=2023-10");
        var graph = await new HttpClient().GetFromJsonAsync<JsonElement>($"{app.Url}/api/graphs/sample");
        var inForce = state.GetProperty("graphRelationIds").EnumerateArray().Select(i => i.GetString()).ToHashSet();
        var edge = graph.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "NER~USA");
        var expected = edge.GetProperty("relations").EnumerateArray().Count(r => inForce.Contains(r.GetProperty("id").GetString()));
        Assert.InRange(expected, 1, edge.GetProperty("count").GetInt32() - 1);   // some, not all: the test tells the two apart
        await Assertions.Expect(page.Page.Locator("#panel-relations > li")).ToHaveCountAsync(expected);
        // The edge is drawn as thick as what holds then, not as all it will ever carry.
        var widthAtStep = await page.Page.EvaluateAsync<double>("() => parseFloat(graphViz.cy.getElementById('NER~USA').style('width'))");
        var fullWidth = await page.Page.EvaluateAsync<double>("() => parseFloat(graphViz.cy.getElementById('NER~USA').removeStyle('width').style('width'))");
        Assert.True(widthAtStep < fullWidth, $"{widthAtStep} at the step, {fullWidth} for the whole graph");

        await page.Page.Keyboard.PressAsync("End");               // the open panel follows the timeline
        await Assertions.Expect(summary).ToContainTextAsync("As of 2024-09-15:");
    }

    [Fact]
    public async Task A_link_to_a_step_opens_on_that_step_and_back_returns_to_the_previous_one()
    {
        var page = await GraphPage.OpenAsync(chromium.Browser, $"{app.Url}/?step=4");
        await WaitForStep(page.Page, 4);
        Assert.Contains("2024-03", await page.Page.Locator("#timeline-caption").TextContentAsync());
        await page.Page.Keyboard.PressAsync("ArrowRight");
        await WaitForStep(page.Page, 5);
        Assert.Contains("step=5", page.Page.Url);
        await page.Page.GoBackAsync();
        await WaitForStep(page.Page, 4);
    }

    [Fact]
    public async Task The_undated_toggle_adds_the_relations_the_text_does_not_date()
    {
        var page = await GraphPage.OpenAsync(chromium.Browser, $"{app.Url}/?step=0");
        await WaitForStep(page.Page, 0);
        var dated = await VisibleEdges(page.Page);
        await page.Page.CheckAsync("#timeline-undated");
        await page.Page.WaitForFunctionAsync($"() => graphViz.cy.edges().filter(e => e.style('display') !== 'none').length > {dated.Length}");
        Assert.Contains("BFA~NER", await VisibleEdges(page.Page)); // neighbours: undated
    }

    [Fact]
    public async Task In_lead_mode_another_browser_follows_the_steps()
    {
        using var own = new LiveApp(); // its own room: the other tests do not lead
        var leader = await GraphPage.OpenAsync(chromium.Browser, own.EditorUrl());
        var follower = await GraphPage.OpenAsync(chromium.Browser, own.Url);
        await leader.Page.WaitForSelectorAsync("#timeline[data-ready='true']");
        await follower.Page.WaitForSelectorAsync("#timeline[data-ready='true']");
        await leader.Page.CheckAsync("#timeline-lead");
        await leader.Page.Keyboard.PressAsync("Home");
        await leader.Page.Keyboard.PressAsync("ArrowRight");
        await leader.Page.Keyboard.PressAsync("ArrowRight");
        await WaitForStep(leader.Page, 2);
        await WaitForStep(follower.Page, 2); // where the leader stopped
    }
}
