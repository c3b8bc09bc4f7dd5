using GraphViz.Core.Graph;
using GraphViz.Server.Graphs;
using Microsoft.AspNetCore.SignalR;

namespace GraphViz.Server.Live;

/// <summary>
/// The live channel: a browser joins a graph's room and gets its snapshot; patches follow. Joining the
/// room before reading the snapshot means no patch can fall between the two; the client drops patches
/// older than its snapshot.
/// </summary>
public sealed class GraphHub(GraphStore store) : Hub<IGraphClient>
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

    public static string RoomOf(string graphId) => $"graph:{graphId}";
}
