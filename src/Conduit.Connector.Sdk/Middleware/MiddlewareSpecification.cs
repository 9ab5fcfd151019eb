namespace Conduit.Connector.Sdk.Middleware;

/// <summary>Merges a connector's parameters with its middleware's into the list the specification publishes.</summary>
internal static class MiddlewareSpecification
{
    /// <summary>The connector's parameters first, then each middleware's, outermost first.</summary>
    /// <exception cref="InvalidOperationException">Two of them declare the same key.</exception>
    public static IReadOnlyList<ParameterSpecification> Merge(IReadOnlyList<ParameterSpecification> connector, IEnumerable<IReadOnlyList<ParameterSpecification>> middleware)
    {
        var all = new List<ParameterSpecification>(connector);
        foreach (var parameters in middleware)
        {
            all.AddRange(parameters);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in all)
        {
            if (!seen.Add(parameter.Name))
            {
                throw new InvalidOperationException(
                    $"the parameter \"{parameter.Name}\" is declared twice (by the connector's configuration and a middleware, or by two middleware); rename one, or drop the middleware from the pipeline");
            }
        }

        return all;
    }
}
