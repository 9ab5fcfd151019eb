namespace Conduit.Connector.Sdk.TestConnector;

/// <summary>Accepts every record and keeps nothing, unless its configuration injects a fault.</summary>
internal sealed class TestDestination : Destination<TestDestinationConfiguration>
{
    private TestDestinationConfiguration? _configured;

    public override ValueTask ConfigureAsync(TestDestinationConfiguration configuration, CancellationToken cancellationToken)
    {
        _configured = configuration;
        return InjectAsync("configure");
    }

    public override ValueTask OpenAsync(CancellationToken cancellationToken) => InjectAsync("open");

    public override async ValueTask WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken)
    {
        await InjectAsync("write");
        if (Configuration.LogRecords)
        {
            foreach (var record in records)
            {
                TestConnectorLog.Wrote(Logger, OpenCdcJson.Serialize(record));
                TestConnectorLog.Formatted(Logger, System.Text.Encoding.UTF8.GetString(RecordSerializer.Serialize(record)));
            }
        }

        if (Configuration.FailPosition.Length > 0)
        {
            for (var i = 0; i < records.Count; i++)
            {
                if (records[i].Position.ToString() == Configuration.FailPosition)
                {
                    throw new PartialWriteException(i, $"{Configuration.FailMessage} at {Configuration.FailPosition}");
                }
            }
        }

        if (Configuration.PartialAfter >= 0 && records.Count > Configuration.PartialAfter)
        {
            throw new PartialWriteException(Configuration.PartialAfter, $"{Configuration.FailMessage} after {Configuration.PartialAfter} records");
        }
    }

    public override ValueTask TeardownAsync(CancellationToken cancellationToken) => InjectAsync("teardown");

    public override ValueTask OnCreatedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken) =>
        InjectAsync("oncreated");

    public override ValueTask OnUpdatedAsync(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after, CancellationToken cancellationToken) =>
        InjectAsync("onupdated");

    /// <summary>OnDeleted arrives without Configure, so its fault is read from the event's raw configuration.</summary>
    public override ValueTask OnDeletedAsync(IReadOnlyDictionary<string, string> configuration, CancellationToken cancellationToken) =>
        Faults.InjectAsync(
            "ondeleted",
            configuration.GetValueOrDefault("fail.method", string.Empty),
            configuration.GetValueOrDefault("fail.message", "injected failure"),
            configuration.GetValueOrDefault("hang.method", string.Empty));

    /// <summary>Teardown may come without Configure: then there is nothing to inject.</summary>
    private ValueTask InjectAsync(string method) => _configured is { } c
        ? Faults.InjectAsync(method, c.FailMethod, c.FailMessage, c.HangMethod)
        : ValueTask.CompletedTask;
}
