namespace Conduit.Connector.Sdk.Runtime;

/// <summary>
/// Author code threw. Carries the author's message to Conduit unchanged (Protocol maps it to a status)
/// while the original exception, with its stack, has already been logged.
/// </summary>
internal sealed class ConnectorCallException : Exception
{
    public ConnectorCallException(string call, Exception inner)
        : base(inner.Message, inner)
    {
        Call = call;
    }

    public string Call { get; }
}
