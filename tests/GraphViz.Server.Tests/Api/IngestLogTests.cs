using System.Text;
using System.Text.Json;
using GraphViz.Server.Articles;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;

namespace GraphViz.Server.Tests.Api;

/// <summary>Each ingest leaves a structured log entry: which graph, how large, how long, and what it found.</summary>
public class IngestLogTests
{
    [Fact]
    public async Task Each_ingest_is_logged_with_its_size_time_and_counts()
    {
        await using var factory = new GraphVizFactory();
        await using var logged = factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddFakeLogging()));
        const string text = "وقعت مصر وتركيا اتفاقية للتعاون العسكري في أنقرة.";

        (await logged.CreateClient().PostAsync("/api/graphs/sample/articles",
            new StringContent(JsonSerializer.Serialize(new { text }), Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var entry = logged.Services.GetFakeLogCollector().GetSnapshot()
            .Where(r => r.Category == typeof(ArticleIngestion).FullName && r.Message.StartsWith("Ingested"))
            .Last(); // the first is the sample's, added at start-up
        var fields = entry.StructuredState!.ToDictionary(kv => kv.Key, kv => kv.Value);
        Assert.Equal("sample", fields["GraphId"]);
        Assert.Equal(text.Length.ToString(), fields["Chars"]);
        Assert.Equal("2", fields["Actors"]);
        Assert.True(int.Parse(fields["Relations"]!) >= 1);
        Assert.True(double.Parse(fields["Elapsed"]!, System.Globalization.CultureInfo.InvariantCulture) >= 0);
    }
}
