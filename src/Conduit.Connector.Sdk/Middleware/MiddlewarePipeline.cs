using System.Collections;

namespace Conduit.Connector.Sdk;

/// <summary>
/// An ordered, immutable list of middleware around a connector's source or destination. The first
/// middleware is the outermost (closest to Conduit), the last one the innermost (closest to the
/// connector), as in the Go SDK. Set it on <see cref="Connector.SourceMiddleware"/> or
/// <see cref="Connector.DestinationMiddleware"/>.
/// </summary>
/// <typeparam name="TMiddleware"><see cref="SourceMiddleware"/> or <see cref="DestinationMiddleware"/>.</typeparam>
/// <example>
/// <code>
/// new Connector
/// {
///     Specification = new MySpecification(),
///     Source = () => new MySource(),
///     // change a default: batches of 1 000 records, or what arrived within 100 ms
///     SourceMiddleware = SourceMiddleware.Default
///         .With(new SourceBatchMiddleware { BatchSize = 1_000, BatchDelay = TimeSpan.FromMilliseconds(100) })
///         .Without&lt;SourceSchemaContextMiddleware&gt;()   // drop one
///         .With(new MyMiddleware()),                     // add your own (innermost)
///     DestinationMiddleware = MiddlewarePipeline&lt;DestinationMiddleware&gt;.Empty, // drop all
/// };
/// </code>
/// </example>
public sealed class MiddlewarePipeline<TMiddleware> : IReadOnlyList<TMiddleware>
    where TMiddleware : class
{
    private readonly TMiddleware[] _items;

    /// <summary>Initializes a pipeline.</summary>
    /// <param name="middleware">The middleware, outermost first.</param>
    /// <exception cref="ArgumentException">Two middleware are of the same type.</exception>
    public MiddlewarePipeline(IEnumerable<TMiddleware> middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _items = [.. middleware];
        var types = new HashSet<Type>();
        foreach (var item in _items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(middleware));
            if (!types.Add(item.GetType()))
            {
                throw new ArgumentException($"The pipeline holds two middleware of type {item.GetType().Name}.", nameof(middleware));
            }
        }
    }

    /// <summary>Gets a pipeline without middleware: the connector gets records exactly as Conduit sends them, and no <c>sdk.*</c> key is published.</summary>
    public static MiddlewarePipeline<TMiddleware> Empty { get; } = new([]);

    /// <summary>Gets the number of middleware.</summary>
    public int Count => _items.Length;

    /// <summary>Gets the middleware at an index (0 is the outermost).</summary>
    /// <param name="index">The index.</param>
    public TMiddleware this[int index] => _items[index];

    /// <summary>
    /// Returns a pipeline where <paramref name="middleware"/> replaces the middleware of the same type
    /// (keeping its place), or, when there is none, is added innermost (next to the connector).
    /// </summary>
    /// <param name="middleware">The middleware, for example a built-in one with other defaults.</param>
    /// <returns>The new pipeline; this one is unchanged.</returns>
    public MiddlewarePipeline<TMiddleware> With(TMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        var items = _items.ToList();
        var index = items.FindIndex(m => m.GetType() == middleware.GetType());
        if (index >= 0)
        {
            items[index] = middleware;
        }
        else
        {
            items.Add(middleware);
        }

        return new MiddlewarePipeline<TMiddleware>(items);
    }

    /// <summary>Returns a pipeline without the middleware of type <typeparamref name="TRemove"/>.</summary>
    /// <typeparam name="TRemove">The type of the middleware to drop.</typeparam>
    /// <returns>The new pipeline (equal to this one when it has no such middleware); this one is unchanged.</returns>
    public MiddlewarePipeline<TMiddleware> Without<TRemove>()
        where TRemove : TMiddleware =>
        new(_items.Where(m => m.GetType() != typeof(TRemove)));

    /// <summary>Returns an enumerator over the middleware, outermost first.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<TMiddleware> GetEnumerator() => ((IEnumerable<TMiddleware>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
