using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraphViz.Server.Tests.Storage;

/// <summary>
/// The server as a real process (the build output beside the tests), so that a test can kill it the way
/// a crash or an OOM killer would: SIGKILL, no shutdown code runs.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        Client.DefaultRequestHeaders.Add("X-Editor-Key", GraphVizFactory.Key);
    }

    private readonly List<string> _output = [];

    public Uri Address { get; }

    /// <summary>What the process has printed so far (stdout and stderr).</summary>
    public IReadOnlyList<string> Output
    {
        get { lock (_output) return _output.ToList(); }
    }

    private void Record(string? line)
    {
        if (line is not null) lock (_output) _output.Add(line);
    }
    public HttpClient Client { get; }

    public static async Task<ServerProcess> StartAsync(string dataPath)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = Command("--urls", address.ToString().TrimEnd('/'));
        // Development: the page's files are served from the project (the static web assets manifest), as under dotnet run.
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["GraphViz__DataPath"] = dataPath;
        start.Environment["GraphViz__EditorKey"] = GraphVizFactory.Key;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServerProcess(process, address);
        process.OutputDataReceived += (_, e) => server.Record(e.Data);
        process.ErrorDataReceived += (_, e) => server.Record(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitHealthyAsync();
        return server;
    }

    /// <summary>
    /// `dotnet GraphViz.Server.dll ARGS` from the build output beside the tests, with its output captured: the
    /// server (or its CLI) as a process of its own, started in its own folder as `dotnet run` starts it.
    /// </summary>
    public static ProcessStartInfo Command(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraphViz.Server.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        return start;
    }

    private async Task WaitHealthyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"the server exited with {_process.ExitCode}");
            try
            {
                if ((await Client.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        throw new TimeoutException("the server did not become healthy");
    }

    /// <summary>SIGKILL: the process gets no chance to flush or finish anything.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!_process.HasExited) await KillAsync();
        _process.Dispose();
    }
}
