using GraphViz.Core.Graph;
using GraphViz.Server.Graphs;
using Microsoft.AspNetCore.SignalR;

namespace GraphViz.Server.Live;

/// <summary>
/// The live channel: a browser joins a graph's room and gets its snapshot; patches follow. Joining the
/// room before reading the snapshot means no patch can fall between the two; the client drops patches
/// older than its snapshot.
/// </summary>
public sealed class GraphHub(GraphStore store, LeadSteps leadSteps) : Hub<IGraphClient>
{
    public const string Path = "/hubs/graph";

    public async Task<GraphSnapshot> JoinGraph(string graphId)
    {
        if (string.IsNullOrWhiteSpace(graphId) || graphId.Length > 64 || !store.Exists(graphId))
            throw new HubException($"There is no graph '{graphId}'.");
        await Groups.AddToGroupAsync(Context.ConnectionId, RoomOf(graphId));
        return store.Snapshot(graphId)!;
    }

    public Task LeaveGraph(string graphId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, RoomOf(graphId));

    /// <summary>The step the room is being led to, if someone leads it: where a late joiner lands.</summary>
    public int? CurrentStep(string graphId) => leadSteps.Current(graphId);

    /// <summary>Moves every browser in the graph's room to a timeline step ("lead" mode).</summary>
    public async Task LeadStep(string graphId, int step)
    {
        if (store.Timeline(graphId) is not { } timeline) throw new HubException($"There is no graph '{graphId}'.");
        if (step < -1 || step >= timeline.Steps.Count)
            throw new HubException($"Step {step} is not a step of '{graphId}': give −1 (the whole graph) to {timeline.Steps.Count - 1}.");
        leadSteps.Set(graphId, step);
        await Clients.OthersInGroup(RoomOf(graphId)).Step(graphId, step);
    }

    public static string RoomOf(string graphId) => $"graph:{graphId}";
}
