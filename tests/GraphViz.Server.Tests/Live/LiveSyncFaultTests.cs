using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GraphViz.Core.Graph;
using GraphViz.Server.Live;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace GraphViz.Server.Tests.Live;

/// <summary>The live channel under faults: oversized and malformed messages, a client that stops reading.</summary>
public class LiveSyncFaultTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    private static JsonContent Article(int i) => JsonContent.Create(new
    {
        text = $"أعلنت الولايات المتحدة أنها ستسحب قواتها من النيجر خلال {i + 2} شهرا، بعد أن ألغت نيامي اتفاق التعاون العسكري في مارس {2000 + i}.",
    });

    [Fact]
    public async Task A_message_over_the_size_limit_closes_only_that_connection()
    {
        await using var factory = new GraphVizFactory();
        await using var offender = await factory.ConnectAsync(accessToken: null);
        var closed = new TaskCompletionSource<Exception?>();
        offender.Closed += e => { closed.TrySetResult(e); return Task.CompletedTask; };

        // 20 000 characters: over the configured 8 KB, under SignalR's own 32 KB default.
        await Assert.ThrowsAnyAsync<Exception>(() => offender.InvokeAsync<GraphSnapshot>("JoinGraph", new string('x', 20_000)));

        await closed.Task.WaitAsync(Wait);
        await using var other = await factory.ConnectAsync();
        Assert.NotEmpty((await other.InvokeAsync<GraphSnapshot>("JoinGraph", "sample")).Nodes);
    }

    [Fact]
    public async Task A_malformed_frame_closes_only_that_connection()
    {
        await using var factory = new GraphVizFactory();
        var raw = await RawLongPollingClient.ConnectAsync(factory.CreateClient());

        await raw.SendAsync("{\"type\":1,\"target\":\"JoinGraph\",\"arguments\":[" + RawLongPollingClient.Separator);

        var messages = await raw.PollAsync();
        Assert.True(messages is null || messages.Any(m => m.Contains("\"type\":7")), "the server should close the connection");
        await using var other = await factory.ConnectAsync();
        Assert.NotEmpty((await other.InvokeAsync<GraphSnapshot>("JoinGraph", "sample")).Nodes);
    }

    [Fact]
    public async Task Wrong_arguments_or_an_unknown_method_are_refused_and_the_connection_stays_usable()
    {
        await using var factory = new GraphVizFactory();
        await using var connection = await factory.ConnectAsync();

        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("LeadStep", "sample", "three"));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync("DeleteEverything", "sample"));
        await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<GraphSnapshot>("JoinGraph", "../../etc"));

        Assert.True(await connection.InvokeAsync<bool>("CanEdit"));
    }

    [Fact]
    public async Task A_stalled_client_delays_no_one_and_sees_a_gap_that_makes_it_re_read()
    {
        await using var factory = new GraphVizFactory();
        var rooms = factory.Service<LiveRooms>();
        await using var healthy = await factory.ConnectAsync();
        var inbox = GraphVizFactory.Listen(healthy);
        var start = await healthy.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");
        var stalled = await RawLongPollingClient.ConnectAsync(factory.CreateClient());
        await stalled.InvokeAsync("1", "JoinGraph", "sample");   // ... and from now on it never polls
        for (var tries = 0; !rooms.Watching("sample").Contains(stalled.ConnectionId); tries++)
        {
            Assert.True(tries < 200, "the stalled client never joined");   // the hub handles the POSTed call asynchronously
            await Task.Delay(50);
        }

        // Enough patches (each carries the whole, growing Niger–US edge) to fill the stalled connection's
        // buffers many times over, and more than its outbox holds.
        const int articles = ConnectionOutbox.Capacity + 20;
        var client = factory.CreateClient();
        for (var i = 0; i < articles; i++)
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/graphs/sample/articles", Article(i))).StatusCode);

        var last = start.Version + articles;
        while (inbox.All.Count < articles) await inbox.NextAsync(Wait);
        Assert.Equal(Enumerable.Range(1, articles).Select(i => start.Version + i), inbox.All.Select(p => p.Version));
        Assert.Contains(stalled.ConnectionId, rooms.Watching("sample")); // all of that happened while it was still connected

        // The stalled client reads again: what it gets skips versions, which tells it to re-read the snapshot.
        var versions = new List<(long From, long To)>();
        for (var polls = 0; polls < 200 && (versions.Count == 0 || versions[^1].To < last); polls++)
        {
            var messages = await stalled.PollAsync() ?? throw new InvalidOperationException("the stalled connection was closed");
            foreach (var m in messages.Where(m => m.Contains("\"target\":\"Patch\"")))
            {
                var patch = JsonDocument.Parse(m).RootElement.GetProperty("arguments")[0];
                versions.Add((patch.GetProperty("fromVersion").GetInt64(), patch.GetProperty("version").GetInt64()));
            }
        }
        Assert.Equal(last, versions[^1].To);
        Assert.True(versions.Count < articles, "the outbox should have dropped what the stalled client could not take");
        Assert.Contains(versions.Zip(versions.Skip(1)), pair => pair.Second.From != pair.First.To);
    }
}
