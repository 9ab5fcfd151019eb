namespace Conduit.Connector.Sdk.Middleware;

/// <summary>
/// How many records travel together (<c>sdk.batch.size</c>, <c>sdk.batch.delay</c>): a batch is complete
/// once it holds <see cref="Size"/> records, or once <see cref="Delay"/> has passed since its first record.
/// </summary>
/// <param name="Size">The most records in a batch; 0 means no size of its own.</param>
/// <param name="Delay">How long a batch waits for more records after its first one; zero or less means no waiting.</param>
internal sealed record BatchPolicy(int Size, TimeSpan Delay)
{
    /// <summary>The largest batch when only a delay is set: the runtime's largest source message.</summary>
    public const int DelayOnlyLimit = 10_000;

    /// <summary>Gets the policy without batching.</summary>
    public static BatchPolicy None { get; } = new(0, TimeSpan.Zero);

    /// <summary>Gets a value indicating whether records are collected at all.</summary>
    public bool IsEnabled => Size > 0 || Delay > TimeSpan.Zero;

    /// <summary>Gets the most records of one batch.</summary>
    public int Limit => Size > 0 ? Size : DelayOnlyLimit;
}
