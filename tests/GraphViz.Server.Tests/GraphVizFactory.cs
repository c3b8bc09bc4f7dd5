using GraphViz.Core.Graph;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Serialization;

namespace GraphViz.Server.Tests;

/// <summary>
/// The whole app in-process, on a database of its own (a fresh folder unless one is given, so that a
/// test can restart the app on the same data), with helpers to open real SignalR connections to it.
/// Clients from <see cref="WebApplicationFactory{T}.CreateClient()"/> carry the editor key; readers come
/// from <see cref="CreateReader"/>.
/// </summary>
public sealed class GraphVizFactory : WebApplicationFactory<Program>
{

    public const string Key = "test-editor-key";

    /// <summary>The database folder; give one to restart on the same data (the test then deletes it).</summary>
    public string DataPath { get; init; } = NewDataFolder();

    /// <summary>Keep the data when disposed: the test restarts the app on it.</summary>
    public bool KeepData { get; init; }

    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "graphviz-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GraphViz:DataPath", DataPath);
        builder.UseSetting("GraphViz:EditorKey", Key);
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Add("X-Editor-Key", Key);
    }

    /// <summary>A client without the editor key: what an embed or a shared link has.</summary>
    public HttpClient CreateReader()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Remove("X-Editor-Key");
        return client;
    }

    public async Task<HubConnection> ConnectAsync(string? accessToken = Key)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, "/hubs/graph"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                if (accessToken is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(accessToken);
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

    public T Service<T>() where T : notnull => Services.GetRequiredService<T>();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!KeepData) DeleteQuietly(DataPath);
    }

    public static void DeleteQuietly(string folder)
    {
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}

public sealed class PatchInbox
{
    private readonly List<GraphPatch> _patches = [];
    private readonly SemaphoreSlim _arrived = new(0);

    public IReadOnlyList<GraphPatch> All
    {
        get { lock (_patches) return _patches.ToList(); }
    }

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
