namespace Conduit.Connector.Sdk.ThroughputBenchmark;

/// <summary>The roles of the benchmark executable, chosen by an environment variable.</summary>
internal static class Roles
{
    public const string Variable = "THROUGHPUT_ROLE";

    /// <summary>A connector on the SDK whose destination acknowledges everything without doing anything.</summary>
    public const string NullDestination = "null-destination";

    /// <summary>A bare gRPC server of connector.v2 Run streams, without the SDK runtime.</summary>
    public const string Ceiling = "ceiling";

    /// <summary>The batch size the ceiling sends (source side).</summary>
    public const string CeilingBatchVariable = "THROUGHPUT_CEILING_BATCH";
}
