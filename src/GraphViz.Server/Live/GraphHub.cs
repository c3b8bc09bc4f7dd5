using GraphViz.Core.Graph;
using GraphViz.Server.Graphs;
using GraphViz.Server.Security;
using Microsoft.AspNetCore.SignalR;

namespace GraphViz.Server.Live;

/// <summary>
/// The live channel: a browser joins a graph's room and gets its snapshot; patches follow through its
/// outbox. Joining the room before reading the snapshot means no patch can fall between the two; the
/// client drops patches older than its snapshot. Anyone may watch; leading the room's timeline needs the
/// editor key, checked on the method itself.
/// </summary>
public sealed class GraphHub(GraphStore store, LeadSteps leadSteps, LiveRooms rooms, EditorKey editorKey) : Hub<IGraphClient>
{
    public const string Path = "/hubs/graph";
    private const string IsEditor = "editor";

    public override Task OnConnectedAsync()
    {
        var request = Context.GetHttpContext()?.Request;
        Context.Items[IsEditor] = request is not null && editorKey.Matches(EditorKey.From(request, allowQuery: true));
        return Task.CompletedTask;
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        rooms.Disconnected(Context.ConnectionId);
        return Task.CompletedTask;
    }

    public GraphSnapshot JoinGraph(string graphId)
    {
        if (!GraphIds.IsValid(graphId) || !store.Exists(graphId)) throw new HubException($"There is no graph '{Shorten(graphId)}'.");
        rooms.Join(Context.ConnectionId, graphId);
        return store.Snapshot(graphId) ?? throw new HubException($"There is no graph '{graphId}'.");
    }

    public void LeaveGraph(string graphId) => rooms.Leave(Context.ConnectionId, graphId);

    /// <summary>True when this connection carries the editor key: the page shows editing controls.</summary>
    public bool CanEdit() => Context.Items[IsEditor] is true;

    /// <summary>The step the room is being led to, if someone leads it: where a late joiner lands.</summary>
    public int? CurrentStep(string graphId) => leadSteps.Current(graphId);

    /// <summary>Moves every browser in the graph's room to a timeline step ("lead" mode).</summary>
    public void LeadStep(string graphId, int step)
    {
        if (!CanEdit()) throw new HubException("Leading the timeline needs the editor key.");
        if (store.Timeline(graphId) is not { } timeline) throw new HubException($"There is no graph '{Shorten(graphId)}'.");
        if (step < -1 || step >= timeline.Steps.Count)
            throw new HubException($"Step {step} is not a step of '{graphId}': give −1 (the whole graph) to {timeline.Steps.Count - 1}.");
        leadSteps.Set(graphId, step);
        rooms.Publish(graphId, client => client.Step(graphId, step), exceptConnectionId: Context.ConnectionId);
    }

    private static string Shorten(string? id) => id is null ? "" : id.Length <= 64 ? id : id[..64] + "…";
}
