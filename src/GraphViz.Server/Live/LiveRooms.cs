using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace GraphViz.Server.Live;

/// <summary>
/// Who is watching which graph, and each watcher's outbox. Messages to a room are posted to every
/// member's outbox and never awaited, so a publisher (an ingest, a leader's step) is not held up by any
/// browser.
/// </summary>
public sealed class LiveRooms(IHubContext<GraphHub, IGraphClient> hub, ILogger<LiveRooms> logger)
{
    private readonly ConcurrentDictionary<string, Member> _members = new(StringComparer.Ordinal);

    private sealed class Member(ConnectionOutbox outbox)
    {
        public ConnectionOutbox Outbox { get; } = outbox;
        public ConcurrentDictionary<string, byte> Graphs { get; } = new(StringComparer.Ordinal);
    }

    public void Join(string connectionId, string graphId) =>
        _members.GetOrAdd(connectionId, id => new Member(new ConnectionOutbox(hub.Clients.Client(id), logger))).Graphs[graphId] = 0;

    public void Leave(string connectionId, string graphId)
    {
        if (_members.TryGetValue(connectionId, out var member)) member.Graphs.TryRemove(graphId, out _);
    }

    public void Disconnected(string connectionId)
    {
        if (_members.TryRemove(connectionId, out var member)) member.Outbox.Close();
    }

    /// <summary>The connections watching a graph.</summary>
    public IReadOnlyList<string> Watching(string graphId) =>
        _members.Where(m => m.Value.Graphs.ContainsKey(graphId)).Select(m => m.Key).ToList();

    public void Publish(string graphId, Func<IGraphClient, Task> message, string? exceptConnectionId = null)
    {
        foreach (var (connectionId, member) in _members)
            if (connectionId != exceptConnectionId && member.Graphs.ContainsKey(graphId))
                member.Outbox.Post(message);
    }
}
