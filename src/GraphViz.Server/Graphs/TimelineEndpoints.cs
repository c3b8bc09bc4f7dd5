using GraphViz.Core.Time;
using GraphViz.Core.Timeline;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GraphViz.Server.Graphs;

/// <summary>The timeline API: a graph's steps, and its state at a moment, for scripts and other tools.</summary>
public static class TimelineEndpoints
{
    /// <summary>The steps of a graph's timeline, and how many relations carry no date.</summary>
    public sealed record TimelineView(string GraphId, IReadOnlyList<TimelineStep> Steps, int Undated);

    /// <summary>
    /// The state at a moment, plus <see cref="GraphRelationIds"/>: the graph's own relations (the ids in its
    /// edges) behind the relations in force, so that a page can list what held at that moment.
    /// </summary>
    public sealed record StateView(string At, IReadOnlyList<string> RelationIds, IReadOnlyList<PairState> Pairs, IReadOnlyList<string> GraphRelationIds);

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

    private static Results<Ok<StateView>, ProblemHttpResult> GetState(string graphId, string? at, bool? undated, GraphStore store)
    {
        if (store.Timeline(graphId) is not { } timeline) return GraphProblems.UnknownGraph(graphId);
        if (!PartialDate.TryParse(at, out var moment))
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No moment to show",
                detail: $"Give the moment as at=YYYY, at=YYYY-MM or at=YYYY-MM-DD{(at is null ? "" : $"; '{at}' is not one")}.");
        var state = timeline.StateAt(moment, undated ?? false);
        var graphRelationIds = state.RelationIds.SelectMany(id => timeline.Relation(id)?.RelationIds ?? []).ToList();
        return TypedResults.Ok(new StateView(state.At, state.RelationIds, state.Pairs, graphRelationIds));
    }
}
