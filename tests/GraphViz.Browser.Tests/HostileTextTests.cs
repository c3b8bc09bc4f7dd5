using System.Net.Http.Json;
using Microsoft.Playwright;

namespace GraphViz.Browser.Tests;

/// <summary>Evidence and labels are text, never markup: an article carrying HTML cannot run anything.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileTextTests(ChromiumFixture chromium)
{
    private const string Payload = "<img src=x onerror=\"window.pwned=1;alert(1)\"><script>window.pwned=2</script>";

    [Fact]
    public async Task Markup_in_an_article_is_shown_as_text_and_never_runs()
    {
        using var app = new LiveApp();
        var text = $"وقعت مصر وتركيا اتفاقية لتعزيز التعاون العسكري بين البلدين {Payload}.";
        (await app.Editor().PostAsJsonAsync("/api/graphs/sample/articles", new { text, published = "2024-06-01" })).EnsureSuccessStatusCode();

        var page = await GraphPage.OpenAsync(chromium.Browser, app.Url);
        var dialogs = 0;
        page.Page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        var (x, y) = await page.EdgeMidpointAsync("EGY~TUR");
        await page.Page.Mouse.ClickAsync(x, y);
        var evidence = page.Page.Locator("#panel-relations .evidence").First;
        await Assertions.Expect(evidence).ToContainTextAsync("<img src=x");
        Assert.Equal(0, await page.Page.Locator("#panel img, #panel script").CountAsync());
        Assert.Null(await page.Page.EvaluateAsync<int?>("() => window.pwned ?? null"));
        Assert.Equal(0, dialogs);
    }
}
