namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>Accepts every record and keeps nothing.</summary>
internal sealed class TestDestination : Destination<TestDestinationConfiguration>
{
    public override ValueTask WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;
}
