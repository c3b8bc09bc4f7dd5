using GraphViz.Core.Time;
using GraphViz.Core.Timeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphViz.Server.Graphs;

/// <summary>The timeline API: a graph's steps, and its state at a moment, for scripts and other tools.</summary>
public static class TimelineEndpoints
{
    /// <summary>The steps of a graph's timeline, and how many relations carry no date.</summary>
    public sealed record TimelineView(string GraphId, IReadOnlyList<TimelineStep> Steps, int Undated);

    public static IEndpointRouteBuilder MapTimeline(this IEndpointRouteBuilder app)
    {
        var graphs = app.MapGroup("/api/graphs/{graphId}");
        graphs.MapGet("/timeline", GetTimeline);
        graphs.MapGet("/state", GetState);
        return app;
    }

    private static Results<Ok<TimelineView>, ProblemHttpResult> GetTimeline(string graphId, GraphStore store) =>
        store.Timeline(graphId) is { } timeline
            ? TypedResults.Ok(new TimelineView(graphId, timeline.Steps, timeline.Relations.Count(r => r.Undated)))
            : GraphProblems.UnknownGraph(graphId);

    private static Results<Ok<TimelineState>, ProblemHttpResult> GetState(string graphId, string? at, bool? undated, GraphStore store)
    {
        if (store.Timeline(graphId) is not { } timeline) return GraphProblems.UnknownGraph(graphId);
        if (!PartialDate.TryParse(at, out var moment))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No moment to show",
                detail: $"Give the moment as at=YYYY, at=YYYY-MM or at=YYYY-MM-DD{(at is null ? "" : $"; '{at}' is not one")}.");
        return TypedResults.Ok(timeline.StateAt(moment, undated ?? false));
    }
}
