using System.Threading.Channels;

namespace GraphViz.Server.Live;

/// <summary>
/// What is waiting to be sent to one browser, sent in order by the outbox's own loop. A browser that does
/// not read (a stalled tab, a slow link) only fills its own outbox; once it holds <see cref="Capacity"/>
/// messages the oldest are dropped, and the browser, seeing a gap in the patch versions, re-reads the
/// snapshot. So one slow client never delays the others, and never grows the server's memory.
/// </summary>
public sealed class ConnectionOutbox
{
    public const int Capacity = 32;

    private readonly Channel<Func<IGraphClient, Task>> _messages = Channel.CreateBounded<Func<IGraphClient, Task>>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ConnectionOutbox(IGraphClient client, ILogger logger) => Sent = PumpAsync(client, logger);

    /// <summary>Completes when the outbox is closed and emptied (or the connection failed).</summary>
    public Task Sent { get; }

    public void Post(Func<IGraphClient, Task> message) => _messages.Writer.TryWrite(message);

    public void Close() => _messages.Writer.TryComplete();

    private async Task PumpAsync(IGraphClient client, ILogger logger)
    {
        await Task.Yield();
        await foreach (var send in _messages.Reader.ReadAllAsync())
        {
            try
            {
                await send(client);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The connection is gone or broken; SignalR closes it, and OnDisconnected closes this outbox.
                logger.LogDebug(e, "A live message could not be sent");
            }
        }
    }
}
