using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphViz.Browser.Tests;

/// <summary>The real app on Kestrel at a free loopback port, with its built-in sample loaded.</summary>
public sealed class LiveApp : WebApplicationFactory<Program>
{
    public LiveApp()
    {
        Port = FreePort();
        UseKestrel(Port);
        StartServer();
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
