using GraphViz.Server.Articles;
using GraphViz.Server.Configuration;
using GraphViz.Server.Storage;
using Microsoft.Extensions.Options;

namespace GraphViz.Server.Graphs;

/// <summary>
/// Before the server takes requests: rebuilds every stored workspace, and on the very first start adds
/// the built-in sample as a workspace of its own, so that a fresh start shows a real graph. (Once seeded,
/// the sample is a workspace like any other: an editor may delete it.)
/// </summary>
public sealed class WorkspaceLoader(GraphStore store, GraphRepository repository, ArticleIngestion ingestion,
    IOptions<GraphVizOptions> options, IWebHostEnvironment environment, ILogger<WorkspaceLoader> logger) : IHostedService
{
    private const string SampleSeeded = "sample-seeded";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        store.Load();
        if (repository.Setting(SampleSeeded) is not null) return;

        var sample = options.Value.Sample;
        var path = Path.Combine(AppContext.BaseDirectory, sample.File);
        if (!File.Exists(path)) path = Path.Combine(environment.ContentRootPath, sample.File);
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        store.Create(sample.GraphId, sample.Title);
        var accepted = ingestion.Ingest(sample.GraphId, new ValidArticle(text.Trim(), sample.Published, sample.Title, sample.Source));
        repository.SettingOrAdd(SampleSeeded, DateTimeOffset.UtcNow.ToString("O"));
        logger.LogInformation("Added the sample to graph '{GraphId}': {Actors} actors, {Relations} relations",
            sample.GraphId, accepted?.Actors, accepted?.Relations);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
