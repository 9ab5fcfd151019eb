namespace Conduit.Connector.Sdk.Runtime;

/// <summary>A call arrived in a state that does not allow it; Protocol answers FailedPrecondition.</summary>
internal sealed class ConnectorStateException : Exception
{
    public ConnectorStateException(string message)
        : base(message)
    {
    }

    public static ConnectorStateException For(string kind, string call, object actual, string expected) =>
        new($"{kind} cannot handle {call} in state \"{actual}\"; {call} is allowed {expected}.");
}
