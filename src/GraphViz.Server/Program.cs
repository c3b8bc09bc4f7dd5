using GraphViz.Core.Extraction;
using GraphViz.Server.Articles;
using GraphViz.Server.Cli;
using GraphViz.Server.Configuration;
using GraphViz.Server.Graphs;
using GraphViz.Server.Live;
using GraphViz.Server.Security;
using Newtonsoft.Json.Serialization;

// CLI verbs (extract FILE ...) run without starting the web server.
if (CommandLine.TryRun(args, Console.Out, Console.Error) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<GraphVizOptions>(builder.Configuration.GetSection(GraphVizOptions.Section));
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddSingleton(ArticleExtractor.Default);
builder.Services.AddSingleton<GraphStore>();
builder.Services.AddSingleton<ArticleIngestion>();
builder.Services.AddSingleton<LeadSteps>();
builder.Services.AddHostedService<SampleGraphLoader>();
builder.Services.AddSignalR()
    .AddNewtonsoftJsonProtocol(o => o.PayloadSerializerSettings.ContractResolver = new CamelCasePropertyNamesContractResolver());

var app = builder.Build();

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();   // "/" → index.html, before routing picks the static asset endpoint
app.UseRouting();
app.MapStaticAssets();
app.MapGraphs();
app.MapTimeline();
app.MapHub<GraphHub>(GraphHub.Path);
app.MapHealthChecks("/healthz");

app.Run();
return 0;

/// <summary>The entry point, named so that tests can host the app in-process.</summary>
public partial class Program;
