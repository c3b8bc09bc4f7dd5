using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GraphViz.Server.Tests.Api;

/// <summary>An article sent as HTML is read with a real parser: its text, never its markup or scripts.</summary>
public class HtmlInputTests
{
    private const string Page = """
        <!doctype html>
        <html lang="ar"><head>
          <title>موقع الأخبار</title>
          <meta property="og:title" content="مصر وتركيا توقعان اتفاقية">
          <meta property="article:published_time" content="2024-02-14T09:30:00Z">
          <script>var ad = "قطعت إيران علاقاتها مع قطر";</script>
          <style>p { color: red }</style>
        </head><body>
          <nav><a href="/">الرئيسية</a> <a href="/world">قطعت السعودية علاقاتها مع كندا</a></nav>
          <article>
            <h1>مصر وتركيا توقعان اتفاقية</h1>
            <p>وقعت مصر وتركيا اتفاقية للتعاون <b>العسكري</b> في أنقرة&nbsp;يوم الثلاثاء.</p>
            <p>وقال&amp;أكد المسؤولون أن الاتفاق يفتح صفحة جديدة.</p>
          </article>
          <footer>جميع الحقوق محفوظة</footer>
        </body></html>
        """;

    private static async Task<JsonElement> GraphAfter(GraphVizFactory factory, HttpContent content, string query = "")
    {
        var client = factory.CreateClient();
        await client.PostAsync("/api/graphs", JsonContent.Create(new { id = "html" }));
        var response = await client.PostAsync($"/api/graphs/html/articles{query}", content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await client.GetFromJsonAsync<JsonElement>("/api/graphs/html");
    }

    private static void AssertReadAsText(JsonElement graph)
    {
        var nodes = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order().ToArray();
        Assert.Equal(["EGY", "TUR"], nodes); // not Iran/Qatar from the script, not Saudi Arabia/Canada from the menu
        var evidence = graph.GetProperty("edges")[0].GetProperty("relations").EnumerateArray()
            .Select(r => r.GetProperty("evidence").GetProperty("text").GetString()!).ToList();
        Assert.All(evidence, e => Assert.DoesNotContain("<", e));
        Assert.Contains(evidence, e => e.Contains("للتعاون العسكري في أنقرة يوم الثلاثاء"));
        var article = graph.GetProperty("articles")[0];
        Assert.Equal("مصر وتركيا توقعان اتفاقية", article.GetProperty("title").GetString());
        Assert.Equal("2024-02-14", article.GetProperty("published").GetString());
    }

    [Fact]
    public async Task A_page_sent_as_text_html_is_read_as_its_article()
    {
        await using var factory = new GraphVizFactory();
        AssertReadAsText(await GraphAfter(factory, new StringContent(Page, Encoding.UTF8, "text/html")));
    }

    [Fact]
    public async Task A_page_pasted_into_the_json_text_is_recognised_as_html()
    {
        await using var factory = new GraphVizFactory();
        AssertReadAsText(await GraphAfter(factory, JsonContent.Create(new { text = Page })));
    }

    [Fact]
    public async Task Prose_that_mentions_a_tag_stays_prose()
    {
        await using var factory = new GraphVizFactory();
        var text = "وقعت مصر وتركيا اتفاقية للتعاون العسكري، وكتب أحدهم <b> في تعليق.";
        var graph = await GraphAfter(factory, JsonContent.Create(new { text }));
        var evidence = graph.GetProperty("edges")[0].GetProperty("relations")[0].GetProperty("evidence").GetProperty("text").GetString()!;
        Assert.Contains("<b>", evidence);
    }

    [Fact]
    public async Task A_plain_text_body_takes_its_other_fields_from_the_query()
    {
        await using var factory = new GraphVizFactory();
        var graph = await GraphAfter(factory, new StringContent("وقعت مصر وتركيا اتفاقية للتعاون العسكري.", Encoding.UTF8, "text/plain"),
            "?published=2024-02-14&title=deal");
        Assert.Equal("deal", graph.GetProperty("articles")[0].GetProperty("title").GetString());
        Assert.Equal("2024-02-14", graph.GetProperty("articles")[0].GetProperty("published").GetString());
    }

    [Fact]
    public async Task Html_with_no_article_text_is_a_400_that_says_so()
    {
        await using var factory = new GraphVizFactory();
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles",
            new StringContent("<html><body><script>alert(1)</script></body></html>", Encoding.UTF8, "text/html"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("HTML holds no article text", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Markup_built_to_be_slow_to_parse_is_a_400_not_minutes_of_work()
    {
        // A hundred thousand unclosed elements: within the size limit, but quadratic for an HTML parser.
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 190_000)) + "قطعت الجزائر علاقاتها مع المغرب.</div>";
        await using var factory = new GraphVizFactory();
        var client = factory.CreateClient();
        var before = await client.GetStringAsync("/api/graphs/sample");

        var response = await client.PostAsync("/api/graphs/sample/articles", new StringContent(html, Encoding.UTF8, "text/html"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("too convoluted", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await client.GetStringAsync("/api/graphs/sample"));
    }

    [Fact]
    public async Task Binary_data_is_a_400_that_says_so()
    {
        await using var factory = new GraphVizFactory();
        var pdfLike = new ByteArrayContent([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0x00, 0x01, 0x02]);
        pdfLike.Headers.ContentType = new("text/plain");
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles", pdfLike);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("The body is binary data", problem.GetProperty("title").GetString());
    }
}
