using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace GraphViz.Browser.Tests;

/// <summary>The page on the untouched built-in sample: drawing, clicking, labels, deterministic layout.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SampleGraphPageTests(ChromiumFixture chromium, LiveApp app) : IClassFixture<LiveApp>
{
    private string Url => app.Url;

    [Fact]
    public async Task The_page_draws_every_node_the_API_returns()
    {
        var api = await new HttpClient().GetFromJsonAsync<JsonElement>($"{Url}/api/graphs/sample");
        var page = await GraphPage.OpenAsync(chromium.Browser, Url);
        Assert.Equal(api.GetProperty("nodes").GetArrayLength(), await page.NodeCountAsync());
        Assert.Contains("NER", await page.NodeIdsAsync());
    }

    [Fact]
    public async Task Clicking_an_edge_shows_its_relations_with_the_evidence()
    {
        var page = await GraphPage.OpenAsync(chromium.Browser, Url);
        var (x, y) = await page.EdgeMidpointAsync("NER~USA");
        await page.Page.Mouse.ClickAsync(x, y);
        var panel = page.Page.Locator("#panel");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await Assertions.Expect(page.Page.Locator("#panel-title")).ToContainTextAsync("United States");
        var evidence = page.Page.Locator("#panel-relations .evidence").First;
        await Assertions.Expect(evidence).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Page.Locator("#panel-relations .evidence mark[data-actor='USA']").First).ToBeVisibleAsync();
        Assert.Contains(await page.Page.Locator("#panel-relations .evidence").AllTextContentsAsync(), t => t.Contains("واشنطن"));
    }

    [Fact]
    public async Task Clicking_a_node_lists_its_relations()
    {
        var page = await GraphPage.OpenAsync(chromium.Browser, Url);
        var p = await page.Page.EvaluateAsync<NodePosition>("""
            () => { const n = graphViz.cy.getElementById('WAGNER'); const m = n.renderedPosition();
                    const box = graphViz.cy.container().getBoundingClientRect(); return { id: n.id(), x: box.left + m.x, y: box.top + m.y }; }
            """);
        await page.Page.Mouse.ClickAsync((float)p.X, (float)p.Y);
        await Assertions.Expect(page.Page.Locator("#panel-title")).ToHaveTextAsync("Wagner Group");
        Assert.True(await page.Page.Locator("#panel-relations li").CountAsync() >= 1);
    }

    [Fact]
    public async Task The_Arabic_toggle_labels_nodes_in_Arabic()
    {
        var page = await GraphPage.OpenAsync(chromium.Browser, Url);
        await page.Page.ClickAsync("#lang-ar");
        Assert.Contains("النيجر", await page.LabelsAsync());
        await page.Page.ClickAsync("#lang-en");
        Assert.Contains("Niger", await page.LabelsAsync());
    }

    [Fact]
    public async Task The_same_graph_lays_out_the_same_way_on_every_load()
    {
        var first = await (await GraphPage.OpenAsync(chromium.Browser, Url)).PositionsAsync();
        var second = await (await GraphPage.OpenAsync(chromium.Browser, Url)).PositionsAsync();
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        foreach (var (id, (x, y)) in first)
        {
            Assert.InRange(second[id].X - x, -1, 1);
            Assert.InRange(second[id].Y - y, -1, 1);
        }
    }

    [Fact]
    public async Task An_empty_article_shows_the_servers_message_in_the_form()
    {
        var page = await GraphPage.OpenAsync(chromium.Browser, app.EditorUrl());
        await page.Page.ClickAsync("#add-article-toggle");
        await page.Page.ClickAsync("#article-submit");
        await Assertions.Expect(page.Page.Locator("#article-message")).ToContainTextAsync("empty");
        await Assertions.Expect(page.Page.Locator("#article-message")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("error"));
    }

    [Fact]
    public async Task The_page_loads_under_its_content_security_policy_without_errors()
    {
        var page = await chromium.Browser.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(Url);
        await page.WaitForSelectorAsync("#timeline[data-ready='true']", new PageWaitForSelectorOptions { Timeout = 20_000 });
        Assert.Empty(errors);
    }
}
