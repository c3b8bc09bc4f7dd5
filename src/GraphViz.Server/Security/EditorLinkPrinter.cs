using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GraphViz.Server.Security;

/// <summary>
/// Prints, once the server listens, the link that opens the page as an editor (as Jupyter prints its
/// token URL): a local user is one click from editing; the page keeps the key and drops it from the address.
/// </summary>
public sealed class EditorLinkPrinter(IServer server, IHostApplicationLifetime lifetime, EditorKey key, ILogger<EditorLinkPrinter> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
                logger.LogInformation("Editor link (keep it private): {Link}", $"{address.Replace("://[::]", "://localhost").Replace("://0.0.0.0", "://localhost").TrimEnd('/')}/?key={Uri.EscapeDataString(key.Value)}");
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
