namespace Conduit.Connector.Sdk.Middleware;

/// <summary>
/// The source middleware of one connector after Configure: the stages that change records (run innermost
/// first, as records travel from the connector towards Conduit) and the batching the send loop applies.
/// </summary>
internal sealed class SourcePipeline
{
    private readonly SourceStage[] _stages;

    private SourcePipeline(SourceStage[] stages, BatchPolicy batching)
    {
        _stages = stages;
        Batching = batching;
    }

    /// <summary>Gets a pipeline that changes nothing.</summary>
    public static SourcePipeline None { get; } = new([], BatchPolicy.None);

    /// <summary>Gets how the send loop groups records into Run messages.</summary>
    public BatchPolicy Batching { get; }

    /// <summary>Gets a value indicating whether <see cref="ProcessAsync"/> has anything to do.</summary>
    public bool ProcessesRecords => _stages.Length > 0;

    public static IReadOnlyList<ParameterSpecification> Parameters(Source source, MiddlewarePipeline<SourceMiddleware> middleware) =>
        MiddlewareSpecification.Merge(source.ConfigurationParameters, middleware.Select(m => m.Parameters));

    /// <summary>Reads every middleware's parameters from <paramref name="reader"/> (problems are recorded there).</summary>
    public static SourcePipeline Configure(MiddlewarePipeline<SourceMiddleware> middleware, ConfigurationReader reader, MiddlewareContext context)
    {
        var stages = new List<SourceStage>(middleware.Count);
        foreach (var item in middleware)
        {
            stages.Add(item.Configure(reader, context));
        }

        // Records flow from the innermost middleware (last) to the outermost (first).
        stages.Reverse();
        return new SourcePipeline([.. stages.Where(s => s.ProcessesRecords)], context.Batching);
    }

    /// <summary>Passes a record through every stage, innermost first.</summary>
    public ValueTask ProcessAsync(Record record, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _stages.Length; i++)
        {
            var pending = _stages[i].ProcessAsync(record, cancellationToken);
            if (!pending.IsCompletedSuccessfully)
            {
                return ContinueAsync(pending, record, i + 1, cancellationToken);
            }
        }

        return ValueTask.CompletedTask;
    }

    private async ValueTask ContinueAsync(ValueTask pending, Record record, int next, CancellationToken cancellationToken)
    {
        await pending.ConfigureAwait(false);
        for (var i = next; i < _stages.Length; i++)
        {
            await _stages[i].ProcessAsync(record, cancellationToken).ConfigureAwait(false);
        }
    }
}
