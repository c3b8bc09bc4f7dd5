using Microsoft.Playwright;

namespace GraphViz.Browser.Tests;

/// <summary>Posting an article reaches every open page over SignalR, without a reload and without moving what was drawn.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveUpdateTests(ChromiumFixture chromium)
{
    private const string Article = "وقعت مصر وتركيا اتفاقية لتعزيز التعاون العسكري بين البلدين.";

    [Fact]
    public async Task An_article_posted_through_the_form_appears_in_place_in_every_open_page()
    {
        using var app = new LiveApp();
        var writer = await GraphPage.OpenAsync(chromium.Browser, app.EditorUrl());
        var watcher = await GraphPage.OpenAsync(chromium.Browser, app.Url);
        var before = await watcher.PositionsAsync();
        await watcher.Page.EvaluateAsync("() => { window.loadedOnce = true; }"); // a reload would lose this

        await writer.Page.ClickAsync("#add-article-toggle");
        await writer.Page.FillAsync("#article-text", Article);
        await writer.Page.FillAsync("#article-published", "2024-06-01");
        await writer.Page.ClickAsync("#article-submit");
        await Assertions.Expect(writer.Page.Locator("#article-message")).ToContainTextAsync("Added");

        await watcher.Page.WaitForFunctionAsync("() => graphViz.cy.getElementById('EGY').nonempty() && graphViz.cy.getElementById('TUR').nonempty()",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });
        Assert.True(await watcher.Page.EvaluateAsync<bool>("() => window.loadedOnce === true"));
        var after = await watcher.PositionsAsync();
        foreach (var (id, (x, y)) in before)
        {
            Assert.InRange(after[id].X - x, -1, 1);
            Assert.InRange(after[id].Y - y, -1, 1);
        }
        Assert.True(await watcher.Page.EvaluateAsync<bool>("() => graphViz.cy.getElementById('EGY~TUR').nonempty()"));
    }

    [Fact]
    public async Task New_actors_come_into_view_beside_the_open_form_not_under_it()
    {
        using var app = new LiveApp();
        var writer = await GraphPage.OpenAsync(chromium.Browser, app.EditorUrl());
        await writer.Page.ClickAsync("#add-article-toggle");
        await writer.Page.FillAsync("#article-text", Article);
        await writer.Page.ClickAsync("#article-submit");
        // The view moves to show newcomers in the same tick as it adds them; wait for the move to end.
        await writer.Page.WaitForFunctionAsync("() => graphViz.cy.getElementById('TUR').nonempty() && !graphViz.cy.animated()");

        var formLeft = await writer.Page.EvaluateAsync<double>("() => document.getElementById('add-article').getBoundingClientRect().left");
        var rightmost = await writer.Page.EvaluateAsync<double>(
            "() => Math.max(...graphViz.cy.nodes().map(n => graphViz.cy.container().getBoundingClientRect().left + n.renderedBoundingBox().x2))");
        Assert.True(rightmost < formLeft, $"a node reaches x={rightmost}, under the form that starts at x={formLeft}");
    }
}
