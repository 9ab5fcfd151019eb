namespace Conduit.Connector.Sdk.Testing;

/// <summary>The connector broke the protocol while it ran (see <see cref="ConnectorProcess.ProtocolViolations"/>).</summary>
public sealed class ConnectorProtocolException : Exception
{
    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ConnectorProtocolException(string message)
        : this(message, [])
    {
    }

    internal ConnectorProtocolException(string message, IReadOnlyList<string> violations)
        : base(violations.Count == 0 ? message : $"{message}{System.Environment.NewLine}  {string.Join(System.Environment.NewLine + "  ", violations)}")
    {
        Violations = violations;
    }

    /// <summary>Gets the violations, one description each.</summary>
    public IReadOnlyList<string> Violations { get; }
}
