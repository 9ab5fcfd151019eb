namespace Conduit.Connector.Sdk.ThroughputBenchmark;

/// <summary>A connector built on the SDK exactly as an author's would be, with a destination that writes nowhere.</summary>
internal static class NullDestinationConnector
{
    public static Task<int> RunAsync(string[] args) => ConnectorHost.RunAsync(args, new Connector
    {
        Specification = new NullSpecification(),
        Destination = static () => new NullDestination(),
    });

    private sealed class NullSpecification : Specification
    {
        public override string Name => "null";

        public override string Summary => "Acknowledges every record without writing it (throughput benchmark).";

        public override string Version => "v0.0.0";

        public override string Author => "Conduit Connector SDK for C# contributors";
    }
}

/// <summary>Configuration of the null destination: nothing.</summary>
[ConnectorConfiguration]
internal sealed partial class NullDestinationConfig
{
}

/// <summary>Acknowledges every record: what is left is the protocol and the SDK runtime.</summary>
internal sealed class NullDestination : Destination<NullDestinationConfig>
{
    public override ValueTask WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
