using Conduit.Connector.Sdk.Middleware;

namespace Conduit.Connector.Sdk;

/// <summary>
/// Groups the records a source produces into the Run messages sent to Conduit: a message is sent once it holds
/// <c>sdk.batch.size</c> records, or once <c>sdk.batch.delay</c> has passed since its first record. Without
/// either, the SDK sends whatever is ready (up to 1 000 records per message). Records collected when the source
/// stops are still sent.
/// </summary>
public sealed class SourceBatchMiddleware : SourceMiddleware
{
    /// <summary>The key <c>sdk.batch.size</c>.</summary>
    public const string SizeKey = "sdk.batch.size";

    /// <summary>The key <c>sdk.batch.delay</c>.</summary>
    public const string DelayKey = "sdk.batch.delay";

    private ParameterSpecification[]? _parameters;

    /// <summary>Gets the default of <c>sdk.batch.size</c>. <para>Defaults to 0 (no size of its own).</para></summary>
    public int BatchSize { get; init; }

    /// <summary>Gets the default of <c>sdk.batch.delay</c>. <para>Defaults to <see cref="TimeSpan.Zero"/> (no waiting).</para></summary>
    public TimeSpan BatchDelay { get; init; }

    /// <inheritdoc />
    public override IReadOnlyList<ParameterSpecification> Parameters => _parameters ??=
    [
        MiddlewareParameters.Int(SizeKey, BatchSize, "Maximum size of batch before it gets read from the source."),
        MiddlewareParameters.Duration(DelayKey, BatchDelay, "Maximum delay before an incomplete batch is read from the source."),
    ];

    internal override SourceStage Configure(ConfigurationReader reader, MiddlewareContext context)
    {
        var parameters = Parameters;
        var size = MiddlewareParameters.ReadCount(reader, parameters[0]);
        var delay = reader.GetDuration(parameters[1]) ?? TimeSpan.Zero;
        context.Batching = BatchCollection.Policy(size, delay, context.Logger);
        return SourceStage.Passive;
    }
}
