using GraphViz.Core.Graph;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Serialization;

namespace GraphViz.Server.Tests;

/// <summary>The whole app in-process, with helpers to open real SignalR connections to it.</summary>
public sealed class GraphVizFactory : WebApplicationFactory<Program>
{
    public async Task<HubConnection> ConnectAsync()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, "/hubs/graph"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
            })
            .AddNewtonsoftJsonProtocol(o => o.PayloadSerializerSettings.ContractResolver = new CamelCasePropertyNamesContractResolver())
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Collects the patches a connection receives.</summary>
    public static PatchInbox Listen(HubConnection connection)
    {
        var inbox = new PatchInbox();
        connection.On<GraphPatch>("Patch", inbox.Add);
        return inbox;
    }
}

public sealed class PatchInbox
{
    private readonly List<GraphPatch> _patches = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public void Add(GraphPatch patch)
    {
        lock (_patches) _patches.Add(patch);
        _arrived.Release();
    }

    public async Task<GraphPatch> NextAsync(TimeSpan timeout)
    {
        if (!await _arrived.WaitAsync(timeout)) throw new TimeoutException("no patch arrived");
        lock (_patches) return _patches[^1];
    }
}
