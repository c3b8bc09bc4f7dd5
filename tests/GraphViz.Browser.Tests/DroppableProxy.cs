using System.Net;
using System.Net.Sockets;

namespace GraphViz.Browser.Tests;

/// <summary>
/// A TCP relay between the browser and the app that a test can cut: <see cref="Cut"/> drops every open
/// connection (as a flaky network or a sleeping laptop would) and refuses new ones until <see cref="Restore"/>.
/// </summary>
public sealed class DroppableProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _target;
    private readonly List<TcpClient> _open = [];
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _cut;

    public DroppableProxy(int targetPort)
    {
        _target = targetPort;
        _listener.Start();
        _ = AcceptLoop();
    }

    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public void Cut()
    {
        _cut = true;
        lock (_open)
        {
            // RST: the connection dies at once. A relay that already ended has closed its client (Client is null).
            foreach (var socket in _open) socket.Client?.Close(0);
            _open.Clear();
        }
    }

    public void Restore() => _cut = false;

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient browser;
            try
            {
                browser = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            if (_cut)
            {
                browser.Client.Close(0);
                continue;
            }
            var app = new TcpClient();
            await app.ConnectAsync(IPAddress.Loopback, _target);
            lock (_open)
            {
                _open.Add(browser);
                _open.Add(app);
            }
            _ = Pump(browser, app);
            _ = Pump(app, browser);
        }
    }

    private async Task Pump(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception)
        {
            // a cut connection ends here
        }
        finally
        {
            lock (_open)
            {
                _open.Remove(from);
                _open.Remove(to);
                from.Close();
                to.Close();
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        Cut();
    }
}
