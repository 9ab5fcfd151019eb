namespace Conduit.Connector.Sdk.Middleware;

/// <summary>
/// The destination middleware of one connector after Configure: the write path through the stages (outermost
/// first, ending in the connector's <see cref="Destination.WriteAsync"/>) and the batching the runtime applies
/// to the messages from Conduit.
/// </summary>
internal sealed class DestinationPipeline : IDisposable
{
    private readonly DestinationStage[] _stages;

    private DestinationPipeline(DestinationStage[] stages, BatchPolicy batching, DestinationWrite write)
    {
        _stages = stages;
        Batching = batching;
        Write = write;
    }

    /// <summary>Gets how the runtime regroups Conduit's messages before writing.</summary>
    public BatchPolicy Batching { get; }

    /// <summary>Gets the write path: the stages, then the connector.</summary>
    public DestinationWrite Write { get; }

    public static IReadOnlyList<ParameterSpecification> Parameters(Destination destination, MiddlewarePipeline<DestinationMiddleware> middleware) =>
        MiddlewareSpecification.Merge(destination.ConfigurationParameters, middleware.Select(m => m.Parameters));

    /// <summary>A pipeline without middleware: writes go straight to the destination.</summary>
    public static DestinationPipeline None(Destination destination) => new([], BatchPolicy.None, destination.WriteAsync);

    /// <summary>Reads every middleware's parameters from <paramref name="reader"/> (problems are recorded there).</summary>
    public static DestinationPipeline Configure(MiddlewarePipeline<DestinationMiddleware> middleware, Destination destination, ConfigurationReader reader, MiddlewareContext context)
    {
        var stages = new List<DestinationStage>(middleware.Count);
        foreach (var item in middleware)
        {
            stages.Add(item.Configure(reader, context));
        }

        DestinationWrite write = destination.WriteAsync;
        for (var i = stages.Count - 1; i >= 0; i--)
        {
            if (stages[i].InterceptsWrites)
            {
                var stage = stages[i];
                var inner = write;
                write = (records, ct) => stage.WriteAsync(records, inner, ct);
            }
        }

        return new DestinationPipeline([.. stages], context.Batching, write);
    }

    public void Dispose()
    {
        foreach (var stage in _stages)
        {
            (stage as IDisposable)?.Dispose();
        }
    }
}
