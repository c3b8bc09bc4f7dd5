using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace GraphViz.Browser.Tests;

/// <summary>Viewers and editors, and graphs side by side, as a person meets them in the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkspacePageTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task A_viewer_sees_no_editing_controls_and_the_editor_link_brings_them_and_leaves_the_address()
    {
        using var app = new LiveApp();
        var viewer = await GraphPage.OpenAsync(chromium.Browser, app.Url);
        await Assertions.Expect(viewer.Page.Locator("#add-article-toggle")).ToBeHiddenAsync();
        await Assertions.Expect(viewer.Page.Locator("#new-graph-toggle")).ToBeHiddenAsync();
        await Assertions.Expect(viewer.Page.Locator("#read-only")).ToBeVisibleAsync();

        var editor = await GraphPage.OpenAsync(chromium.Browser, app.EditorUrl());
        await Assertions.Expect(editor.Page.Locator("#add-article-toggle")).ToBeVisibleAsync();
        await Assertions.Expect(editor.Page.Locator("#read-only")).ToBeHiddenAsync();
        Assert.DoesNotContain("key=", editor.Page.Url);   // a link copied from the address bar shares reading only

        // Opened later at the plain address, the page still has the key it was first opened with.
        await editor.Page.GotoAsync($"{app.Url}/g/sample");
        await editor.Page.WaitForSelectorAsync("body[data-editor='true']");
    }

    [Fact]
    public async Task An_editor_creates_a_graph_from_the_page_and_fills_it_without_touching_the_sample()
    {
        using var app = new LiveApp();
        var sampleBefore = await new HttpClient().GetStringAsync($"{app.Url}/api/graphs/sample");
        var page = await GraphPage.OpenAsync(chromium.Browser, app.EditorUrl());

        await page.Page.ClickAsync("#new-graph-toggle");
        await page.Page.FillAsync("#new-graph-title", "Maghreb 2021");
        await page.Page.ClickAsync("#new-graph-create");
        await page.Page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/g/maghreb-2021-[0-9a-f]+$"));
        await page.Page.WaitForSelectorAsync("body[data-ready='true'][data-editor='true']");
        Assert.Equal(0, await page.NodeCountAsync());
        await Assertions.Expect(page.Page.Locator("#graph-picker option:checked")).ToContainTextAsync("Maghreb 2021");

        await page.Page.ClickAsync("#add-article-toggle");
        await page.Page.FillAsync("#article-text", "قطعت الجزائر علاقاتها الدبلوماسية مع المغرب في أغسطس 2021.");
        await page.Page.ClickAsync("#article-submit");
        await page.Page.WaitForFunctionAsync("() => graphViz.cy.nodes().length === 2");
        Assert.Equal(["DZA", "MAR"], (await page.NodeIdsAsync()).Order().ToArray());
        Assert.Equal(sampleBefore, await new HttpClient().GetStringAsync($"{app.Url}/api/graphs/sample"));

        // The picker leads back to the sample.
        await page.Page.SelectOptionAsync("#graph-picker", "sample");
        await page.Page.WaitForURLAsync($"{app.Url}/g/sample");
        await page.Page.WaitForSelectorAsync("body[data-ready='true']");
        Assert.Contains("NER", await page.NodeIdsAsync());
    }

    [Fact]
    public async Task An_editor_deletes_a_graph_from_the_page_and_its_watchers_are_told()
    {
        using var app = new LiveApp();
        (await app.Editor().PostAsJsonAsync("/api/graphs", new { id = "scratch", title = "Scratch" })).EnsureSuccessStatusCode();
        var watcher = await GraphPage.OpenAsync(chromium.Browser, $"{app.Url}/g/scratch");
        var editor = await GraphPage.OpenAsync(chromium.Browser, app.EditorUrl("/g/scratch"));
        string? asked = null;
        editor.Page.Dialog += async (_, dialog) =>
        {
            asked = dialog.Message;
            await dialog.AcceptAsync();
        };

        await editor.Page.ClickAsync("#delete-graph");

        await editor.Page.WaitForURLAsync($"{app.Url}/");
        Assert.Contains("Scratch", asked);
        await editor.Page.WaitForSelectorAsync("body[data-ready='true']");
        Assert.Contains("NER", await editor.NodeIdsAsync());   // the root falls back to the sample
        await Assertions.Expect(watcher.Page.Locator("#status")).ToHaveTextAsync("this graph was deleted");
        Assert.Equal(HttpStatusCode.NotFound, (await new HttpClient().GetAsync($"{app.Url}/api/graphs/scratch")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_graph_says_so()
    {
        using var app = new LiveApp();
        var page = await chromium.Browser.NewPageAsync();
        await page.GotoAsync($"{app.Url}/g/no-such-graph");
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("There is no graph 'no-such-graph'");
    }
}
