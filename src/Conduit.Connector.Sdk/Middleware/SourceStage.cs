namespace Conduit.Connector.Sdk.Middleware;

/// <summary>One configured source middleware of one connector: it may change each record on its way from the connector to Conduit.</summary>
internal abstract class SourceStage
{
    /// <summary>A stage that does nothing with records (its configuration went to the <see cref="MiddlewareContext"/>).</summary>
    public static SourceStage Passive { get; } = new PassiveStage();

    /// <summary>Gets a value indicating whether <see cref="ProcessAsync"/> needs to be called.</summary>
    public virtual bool ProcessesRecords => true;

    /// <summary>Changes a record in place.</summary>
    public abstract ValueTask ProcessAsync(Record record, CancellationToken cancellationToken);

    private sealed class PassiveStage : SourceStage
    {
        public override bool ProcessesRecords => false;

        public override ValueTask ProcessAsync(Record record, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
