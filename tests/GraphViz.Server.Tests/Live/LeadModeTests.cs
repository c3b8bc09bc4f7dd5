using GraphViz.Core.Graph;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace GraphViz.Server.Tests.Live;

/// <summary>Lead mode: one browser steps the timeline and the others in the room follow.</summary>
public class LeadModeTests(GraphVizFactory factory) : IClassFixture<GraphVizFactory>
{
    [Fact]
    public async Task A_step_led_by_one_client_reaches_the_other_and_a_late_joiner_lands_on_it()
    {
        await using var leader = await factory.ConnectAsync();
        await using var follower = await factory.ConnectAsync();
        var followed = new TaskCompletionSource<(string, int)>();
        follower.On<string, int>("Step", (graph, step) => followed.TrySetResult((graph, step)));
        await leader.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");
        await follower.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");

        await leader.InvokeAsync("LeadStep", "sample", 3);

        Assert.Equal(("sample", 3), await followed.Task.WaitAsync(TimeSpan.FromSeconds(15)));
        await using var late = await factory.ConnectAsync();
        await late.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");
        Assert.Equal(3, await late.InvokeAsync<int?>("CurrentStep", "sample"));
    }

    [Fact]
    public async Task A_step_outside_the_timeline_is_refused()
    {
        await using var leader = await factory.ConnectAsync();
        await leader.InvokeAsync<GraphSnapshot>("JoinGraph", "sample");
        var error = await Assert.ThrowsAsync<HubException>(() => leader.InvokeAsync("LeadStep", "sample", 999));
        Assert.Contains("not a step", error.Message);
    }
}
