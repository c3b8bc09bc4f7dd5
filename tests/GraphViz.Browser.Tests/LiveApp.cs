using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphViz.Browser.Tests;

/// <summary>
/// The real app on Kestrel at a free loopback port, on a fresh database (so the built-in sample is
/// loaded), with a known editor key.
/// </summary>
public sealed class LiveApp : WebApplicationFactory<Program>
{
    public const string Key = "browser-test-editor-key";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "graphviz-browser-tests", Guid.NewGuid().ToString("N"));

    public LiveApp()
    {
        Port = FreePort();
        UseKestrel(Port);
        StartServer();
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>The link the server prints at start-up: the page, opened as an editor.</summary>
    public string EditorUrl(string path = "/") => $"{Url}{path}{(path.Contains('?') ? '&' : '?')}key={Key}";

    /// <summary>An API client that carries the editor key.</summary>
    public HttpClient Editor()
    {
        var client = new HttpClient { BaseAddress = new Uri(Url) };
        client.DefaultRequestHeaders.Add("X-Editor-Key", Key);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("GraphViz:DataPath", _data);
        builder.UseSetting("GraphViz:EditorKey", Key);
        // Pages left open keep their live connections; stopping need not wait the default 30 s for them.
        builder.UseShutdownTimeout(TimeSpan.FromSeconds(2));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
