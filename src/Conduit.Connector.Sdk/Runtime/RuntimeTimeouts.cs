namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// How long the runtime waits for author code and for Conduit before it gives up. The defaults match
/// the Go SDK (one minute); unlike Go they can be changed (conduit#183).
/// </summary>
internal sealed class RuntimeTimeouts
{
    public static RuntimeTimeouts Default { get; } = new();

    /// <summary>Gets how long Stop waits for the source's read to end, or for the destination's last record.</summary>
    public TimeSpan Stop { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets how long Teardown waits for an open Run stream to close before it forces it.</summary>
    public TimeSpan RunDrain { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets how long the author's TeardownAsync may take.</summary>
    public TimeSpan Teardown { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Gets the most records the source sends in one Run message when <c>sdk.batch.*</c> do not say otherwise
    /// (not a time limit, but a limit of the runtime all the same; see <see cref="SourceBatchLimit"/>).
    /// </summary>
    public int MaxSourceBatch { get; init; } = SourceBatchLimit.Default;
}
