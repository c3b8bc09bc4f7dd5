namespace GraphViz.Server.Graphs;

/// <summary>
/// /g/{graph}: the page, opened on one workspace. The page is the same file for every graph; it reads
/// the graph id from its address. An unknown graph still gets the page, which says so.
/// </summary>
public static class WorkspacePages
{
    public static IEndpointRouteBuilder MapWorkspacePages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/g/{graphId}", (IWebHostEnvironment environment) =>
            Results.File(environment.WebRootFileProvider.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8"));
        return app;
    }
}
