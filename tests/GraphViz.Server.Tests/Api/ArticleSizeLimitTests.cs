using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;

namespace GraphViz.Server.Tests.Api;

public class ArticleSizeLimitTests
{
    [Fact]
    public async Task Text_over_the_configured_limit_is_a_413()
    {
        await using var factory = new GraphVizFactory().WithWebHostBuilder(b => b.UseSetting("GraphViz:MaxArticleChars", "1000"));
        var text = string.Concat(Enumerable.Repeat("وقعت مصر وتركيا اتفاقية. ", 100));
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles",
            new StringContent($"{{\"text\":\"{text}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
