using GraphViz.Core.Extraction;
using GraphViz.Server.Configuration;
using Microsoft.Extensions.Options;

namespace GraphViz.Server.Graphs;

/// <summary>Loads the built-in sample article into its graph at start-up, so that a fresh start shows a real graph.</summary>
public sealed class SampleGraphLoader(GraphStore store, ArticleExtractor extractor, IOptions<GraphVizOptions> options,
    IWebHostEnvironment environment, ILogger<SampleGraphLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var sample = options.Value.Sample;
        store.Create(sample.GraphId);
        var path = Path.Combine(AppContext.BaseDirectory, sample.File);
        if (!File.Exists(path)) path = Path.Combine(environment.ContentRootPath, sample.File);
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        var extraction = extractor.Extract(text, sample.Published);
        store.AddArticle(sample.GraphId, sample.Title, sample.Source, sample.Published, extraction);
        logger.LogInformation("Loaded the sample into graph '{GraphId}': {Actors} actors, {Relations} relations",
            sample.GraphId, extraction.Actors.Count, extraction.Relations.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
