using GraphViz.Core.Extraction;
using GraphViz.Server.Articles;
using GraphViz.Server.Cli;
using GraphViz.Server.Configuration;
using GraphViz.Server.Graphs;
using GraphViz.Server.Live;
using GraphViz.Server.Security;
using GraphViz.Server.Storage;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Serialization;

// CLI verbs (extract FILE ...) run without starting the web server.
if (CommandLine.TryRun(args, Console.Out, Console.Error) is { } exitCode) return exitCode;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<GraphVizOptions>(builder.Configuration.GetSection(GraphVizOptions.Section));
builder.Services.AddProblemDetails();
builder.Services.AddHealthChecks();
builder.Services.AddSingleton(ArticleExtractor.Default);
builder.Services.AddSingleton(sp => new GraphDatabase(Path.GetFullPath(
    sp.GetRequiredService<IOptions<GraphVizOptions>>().Value.DataPath, sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath)));
builder.Services.AddSingleton<GraphRepository>();
builder.Services.AddSingleton<EditorKey>();
builder.Services.AddSingleton<GraphStore>();
builder.Services.AddSingleton<ArticleIngestion>();
builder.Services.AddSingleton<LiveRooms>();
builder.Services.AddSingleton<LeadSteps>();
builder.Services.AddHostedService<WorkspaceLoader>();
builder.Services.AddHostedService<EditorLinkPrinter>();
builder.Services.AddSignalR()
    .AddNewtonsoftJsonProtocol(o => o.PayloadSerializerSettings.ContractResolver = new CamelCasePropertyNamesContractResolver());
// Browsers only send short calls (a graph id, a step); anything larger is refused and the connection closed.
builder.Services.AddOptions<HubOptions>()
    .Configure<IOptions<GraphVizOptions>>((hub, options) => hub.MaximumReceiveMessageSize = options.Value.MaxHubMessageBytes);

var app = builder.Build();

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();   // "/" → index.html, before routing picks the static asset endpoint
app.UseRouting();
app.MapStaticAssets();
app.MapWorkspacePages();
app.MapGraphs();
app.MapTimeline();
app.MapHub<GraphHub>(GraphHub.Path);
app.MapHealthChecks("/healthz");

app.Run();
return 0;

/// <summary>The entry point, named so that tests can host the app in-process.</summary>
public partial class Program;
