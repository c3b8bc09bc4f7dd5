using System.Text.Json;
using Microsoft.Playwright;

namespace GraphViz.Browser.Tests;

/// <summary>A node's position as read from the page (Playwright fills it through setters).</summary>
public sealed class NodePosition
{
    public string Id { get; set; } = "";
    public double X { get; set; }
    public double Y { get; set; }
}

/// <summary>The page as a test sees it: what Cytoscape drew, read through the page's one debug handle.</summary>
public sealed class GraphPage(IPage page)
{
    public IPage Page { get; } = page;

    public static async Task<GraphPage> OpenAsync(IBrowser browser, string url)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await page.GotoAsync(url);
        // Ready: the snapshot is drawn, and the hub has said whether this page may edit.
        await page.WaitForSelectorAsync("body[data-ready='true'][data-editor]", new PageWaitForSelectorOptions { Timeout = 20_000 });
        return new GraphPage(page);
    }

    public Task<int> NodeCountAsync() => Page.EvaluateAsync<int>("() => graphViz.cy.nodes().length");

    public Task<string[]> NodeIdsAsync() => Page.EvaluateAsync<string[]>("() => graphViz.cy.nodes().map(n => n.id())");

    public Task<string[]> LabelsAsync() => Page.EvaluateAsync<string[]>("() => graphViz.cy.nodes().map(n => n.data('label'))");

    /// <summary>Model positions of every node (not screen positions: the view may pan and zoom).</summary>
    public async Task<Dictionary<string, (double X, double Y)>> PositionsAsync()
    {
        var nodes = await Page.EvaluateAsync<NodePosition[]>(
            "() => graphViz.cy.nodes().map(n => ({ id: n.id(), x: n.position('x'), y: n.position('y') }))");
        return nodes.ToDictionary(n => n.Id, n => (n.X, n.Y));
    }

    /// <summary>Where on the page an edge's midpoint is drawn, to click it as a user would.</summary>
    public async Task<(float X, float Y)> EdgeMidpointAsync(string edgeId)
    {
        var p = await Page.EvaluateAsync<NodePosition>($$"""
            () => {
              const e = graphViz.cy.getElementById('{{edgeId}}');
              const m = e.renderedMidpoint();
              const box = graphViz.cy.container().getBoundingClientRect();
              return { id: e.id(), x: box.left + m.x, y: box.top + m.y };
            }
            """);
        return ((float)p.X, (float)p.Y);
    }
}
