using System.Threading.Channels;
using Conduit.Connector.Sdk.Protocol.Wire.GoPlugin;
using Google.Protobuf;

namespace Conduit.Connector.Sdk.Hosting.Stdio;

/// <summary>
/// Hands redirected console output to the open <c>plugin.GRPCStdio/StreamStdio</c> calls (normally one).
/// Publishing never blocks: each subscriber has a bounded queue that drops the oldest chunk when full.
/// </summary>
internal sealed class StdioBroadcaster
{
    private const int QueueCapacity = 1024;

    private readonly Lock _lock = new();
    private Channel<StdioData>[] _subscribers = [];

    /// <summary>Gets a value indicating whether a StreamStdio call is open.</summary>
    public bool HasSubscribers => Volatile.Read(ref _subscribers).Length > 0;

    /// <summary>Sends a chunk to every open call.</summary>
    public void Publish(StdioData.Types.Channel channel, ReadOnlySpan<byte> data)
    {
        var subscribers = Volatile.Read(ref _subscribers);
        if (subscribers.Length == 0 || data.IsEmpty)
        {
            return;
        }

        var message = new StdioData { Channel = channel, Data = ByteString.CopyFrom(data) };
        foreach (var subscriber in subscribers)
        {
            subscriber.Writer.TryWrite(message);
        }
    }

    /// <summary>Opens a queue for one StreamStdio call; dispose the subscription when the call ends.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<StdioData>(new BoundedChannelOptions(QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_lock)
        {
            _subscribers = [.. _subscribers, channel];
        }

        return new Subscription(this, channel);
    }

    private void Remove(Channel<StdioData> channel)
    {
        lock (_lock)
        {
            _subscribers = Array.FindAll(_subscribers, candidate => candidate != channel);
        }

        channel.Writer.TryComplete();
    }

    /// <summary>One open StreamStdio call.</summary>
    internal sealed class Subscription : IDisposable
    {
        private readonly StdioBroadcaster _owner;
        private readonly Channel<StdioData> _channel;

        public Subscription(StdioBroadcaster owner, Channel<StdioData> channel)
        {
            _owner = owner;
            _channel = channel;
        }

        public ChannelReader<StdioData> Reader => _channel.Reader;

        public void Dispose() => _owner.Remove(_channel);
    }
}
