using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace GraphViz.Server.Tests.Api;

public class GraphApiTests(GraphVizFactory factory) : IClassFixture<GraphVizFactory>
{
    private static readonly string[] GoldActors = ["BFA", "FRA", "IRN", "MLI", "NER", "RUS", "SAHEL_ARMED_GROUPS", "USA", "WAGNER", "WEST"];

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_sample_graph_holds_the_sample_articles_actors()
    {
        var graph = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/graphs/sample");
        var ids = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).Order().ToArray();
        Assert.Equal(GoldActors, ids);
    }

    [Fact]
    public async Task Sample_nodes_carry_names_in_both_languages_and_a_kind()
    {
        var graph = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/graphs/sample");
        var niger = graph.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "NER");
        Assert.Equal("Niger", niger.GetProperty("name").GetString());
        Assert.Equal("النيجر", niger.GetProperty("nameAr").GetString());
        Assert.Equal("country", niger.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Every_edge_counts_its_relations_and_each_relation_has_evidence()
    {
        var graph = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/graphs/sample");
        var edges = graph.GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        foreach (var e in edges)
        {
            var relations = e.GetProperty("relations").EnumerateArray().ToList();
            Assert.Equal(e.GetProperty("count").GetInt32(), relations.Count);
            Assert.All(relations, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("evidence").GetProperty("text").GetString())));
        }
    }

    [Fact]
    public async Task Niger_and_the_United_States_edge_shows_both_cooperation_and_rupture()
    {
        var graph = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/graphs/sample");
        var edge = graph.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "NER~USA");
        Assert.True(edge.GetProperty("negative").GetInt32() > 0);
        Assert.True(edge.GetProperty("positive").GetInt32() > 0);
    }

    [Fact]
    public async Task An_unknown_graph_is_a_404_problem()
    {
        var response = await factory.CreateClient().GetAsync("/api/graphs/no-such-graph");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-graph", (await ProblemOf(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Posting_an_article_adds_its_actors_to_the_graph()
    {
        await using var own = new GraphVizFactory(); // a graph of its own: the other tests read the untouched sample
        var client = own.CreateClient();
        var response = await client.PostAsync("/api/graphs/sample/articles",
            Json("""{"text":"وقعت مصر وتركيا اتفاقية لتعزيز التعاون العسكري بين البلدين.","published":"2024-06-01","language":"ar","title":"Egypt and Turkey","source":"test"}"""));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var graph = await client.GetFromJsonAsync<JsonElement>("/api/graphs/sample");
        var ids = graph.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToList();
        Assert.Contains("EGY", ids);
        Assert.Contains("TUR", ids);
        Assert.Contains(graph.GetProperty("articles").EnumerateArray(), a => a.GetProperty("title").GetString() == "Egypt and Turkey");
    }

    [Fact]
    public async Task Malformed_json_is_a_400_that_says_so()
    {
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles", Json("{\"text\": \"مصر"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The body is not valid JSON", (await ProblemOf(response)).GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""{"text":""}""")]
    [InlineData("""{"text":"   \n  "}""")]
    [InlineData("""{}""")]
    public async Task Empty_text_is_a_400_naming_the_text_field(string body)
    {
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles", Json(body));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await ProblemOf(response);
        Assert.Contains("empty", problem.GetProperty("errors").GetProperty("text")[0].GetString());
    }

    [Fact]
    public async Task A_publication_date_that_does_not_parse_is_a_400()
    {
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles",
            Json("""{"text":"زار وزير خارجية مصر تركيا.","published":"20/05/2024"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("YYYY-MM-DD", (await ProblemOf(response)).GetProperty("errors").GetProperty("published")[0].GetString());
    }

    [Fact]
    public async Task A_text_with_no_Arabic_is_a_400_naming_the_supported_languages()
    {
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles", Json("""{"text":"Egypt and Turkey sign a deal."}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Supported languages: ar", (await ProblemOf(response)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_unsupported_language_is_a_400()
    {
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles",
            Json("""{"text":"زار وزير خارجية مصر تركيا.","language":"fr"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'fr'", (await ProblemOf(response)).GetProperty("errors").GetProperty("language")[0].GetString());
    }

    [Fact]
    public async Task A_body_that_is_neither_json_nor_text_nor_html_is_a_415()
    {
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles",
            new StringContent("<a>زار وزير خارجية مصر تركيا.</a>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400()
    {
        var bytes = new ByteArrayContent([(byte)'{', (byte)'"', (byte)'t', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}']);
        bytes.Headers.ContentType = new("application/json");
        var response = await factory.CreateClient().PostAsync("/api/graphs/sample/articles", bytes);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The body is not valid UTF-8", (await ProblemOf(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Bad_input_leaves_the_graph_unchanged()
    {
        var client = factory.CreateClient();
        var before = (await client.GetFromJsonAsync<JsonElement>("/api/graphs/sample")).GetProperty("version").GetInt64();
        await client.PostAsync("/api/graphs/sample/articles", Json("""{"text":"مصر","published":"yesterday"}"""));
        var after = (await client.GetFromJsonAsync<JsonElement>("/api/graphs/sample")).GetProperty("version").GetInt64();
        Assert.Equal(before, after);
    }
}
