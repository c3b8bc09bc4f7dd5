using System.Net;

namespace GraphViz.Server.Tests.Storage;

/// <summary>Start-up prints the editor link, as Jupyter prints its token URL: one click from editing.</summary>
public class EditorLinkTests
{
    [Fact]
    public async Task Start_up_prints_a_link_that_opens_the_page_with_the_editor_key()
    {
        var data = GraphVizFactory.NewDataFolder();
        try
        {
            await using var server = await ServerProcess.StartAsync(data);
            var expected = $"{server.Address.ToString().TrimEnd('/')}/?key={GraphVizFactory.Key}";
            for (var tries = 0; !server.Output.Any(l => l.Contains(expected)); tries++)
            {
                Assert.True(tries < 100, "no editor link in:\n" + string.Join('\n', server.Output));
                await Task.Delay(100);
            }
            using var browserLike = new HttpClient();
            var page = await browserLike.GetAsync(expected);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("/js/main.js", await page.Content.ReadAsStringAsync());
        }
        finally
        {
            GraphVizFactory.DeleteQuietly(data);
        }
    }
}
