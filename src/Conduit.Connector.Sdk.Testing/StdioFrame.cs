namespace Conduit.Connector.Sdk.Testing;

/// <summary>One message of the connector's <c>plugin.GRPCStdio/StreamStdio</c> stream.</summary>
public sealed class StdioFrame
{
    internal StdioFrame(StdioChannel channel, ReadOnlyMemory<byte> data)
    {
        Channel = channel;
        Data = data;
    }

    /// <summary>Gets the stream the bytes were written to.</summary>
    public StdioChannel Channel { get; }

    /// <summary>Gets the bytes.</summary>
    public ReadOnlyMemory<byte> Data { get; }
}

/// <summary>The channel of a <see cref="StdioFrame"/> (go-plugin's <c>StdioData.Channel</c>).</summary>
public enum StdioChannel
{
    /// <summary>No channel set (<c>INVALID</c>): a protocol error.</summary>
    Invalid = 0,

    /// <summary>The connector's stdout.</summary>
    Stdout = 1,

    /// <summary>The connector's stderr.</summary>
    Stderr = 2,
}
