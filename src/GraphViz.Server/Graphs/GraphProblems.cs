using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphViz.Server.Graphs;

/// <summary>The problems every graph endpoint can answer with.</summary>
public static class GraphProblems
{
    public static ProblemHttpResult UnknownGraph(string graphId) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown graph", detail: $"There is no graph '{graphId}'.");
}
