using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace GraphViz.Browser.Tests;

/// <summary>A page whose connection drops while the graph changes catches up on its own when the network returns.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconnectTests(ChromiumFixture chromium)
{
    private static readonly string[] Articles =
    [
        "وقعت مصر وتركيا اتفاقية للتعاون العسكري في أنقرة.",
        "قطعت الجزائر علاقاتها الدبلوماسية مع المغرب في أغسطس 2021.",
        "أعلنت قطر والسودان تعزيز العلاقات بين البلدين.",
    ];

    [Fact]
    public async Task A_page_that_lost_its_connection_while_articles_arrived_converges_to_the_servers_graph()
    {
        using var app = new LiveApp();
        using var proxy = new DroppableProxy(app.Port);
        var page = await GraphPage.OpenAsync(chromium.Browser, proxy.Url);
        var editor = app.Editor();
        (await editor.PostAsJsonAsync("/api/graphs/sample/articles", new { text = Articles[0] })).EnsureSuccessStatusCode();
        await page.Page.WaitForFunctionAsync("() => graphViz.cy.getElementById('EGY').length === 1");

        proxy.Cut();
        await Assertions.Expect(page.Page.Locator("#status")).ToContainTextAsync("reconnecting");
        // While the page is away, two more articles change the graph: their patches never reach it.
        (await editor.PostAsJsonAsync("/api/graphs/sample/articles", new { text = Articles[1] })).EnsureSuccessStatusCode();
        (await editor.PostAsJsonAsync("/api/graphs/sample/articles", new { text = Articles[2] })).EnsureSuccessStatusCode();
        proxy.Restore();

        var server = await editor.GetFromJsonAsync<JsonElement>("/api/graphs/sample");
        var version = server.GetProperty("version").GetInt64();
        await page.Page.WaitForSelectorAsync($"body[data-graph-version='{version}']", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await Assertions.Expect(page.Page.Locator("#status")).ToHaveTextAsync("live");
        var serverNodes = server.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order().ToArray();
        var serverEdges = server.GetProperty("edges").EnumerateArray()
            .Select(e => $"{e.GetProperty("id").GetString()}:{e.GetProperty("count").GetInt32()}").Order().ToArray();
        Assert.Equal(serverNodes, (await page.NodeIdsAsync()).Order().ToArray());
        var drawnEdges = await page.Page.EvaluateAsync<string[]>("() => graphViz.cy.edges().map(e => `${e.id()}:${e.data('count')}`)");
        Assert.Equal(serverEdges, drawnEdges.Order().ToArray());
    }
}
