namespace Conduit.Connector.Sdk.Testing;

/// <summary>
/// The connector process did not come up as go-plugin expects: it exited, timed out, printed a bad
/// handshake line, or its address did not answer a healthy <c>plugin</c> check. The process is gone
/// when this is thrown.
/// </summary>
public sealed class ConnectorStartException : Exception
{
    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public ConnectorStartException(string message)
        : this(message, null, null, [], null)
    {
    }

    internal ConnectorStartException(string message, string? handshakeLine, int? exitCode, IReadOnlyList<string> standardError, Exception? innerException)
        : base(Describe(message, exitCode, standardError), innerException)
    {
        Reason = message;
        HandshakeLine = handshakeLine;
        ExitCode = exitCode;
        StandardError = standardError;
    }

    /// <summary>Gets what went wrong, without the stderr excerpt the <see cref="Exception.Message"/> adds.</summary>
    public string Reason { get; }

    /// <summary>Gets the first stdout line, or <see langword="null"/> when none came.</summary>
    public string? HandshakeLine { get; }

    /// <summary>Gets the exit code when the process exited on its own, or <see langword="null"/> when it was killed.</summary>
    public int? ExitCode { get; }

    /// <summary>Gets the lines the process wrote to stderr.</summary>
    public IReadOnlyList<string> StandardError { get; }

    private static string Describe(string message, int? exitCode, IReadOnlyList<string> standardError)
    {
        var text = exitCode is { } code ? $"{message} (exit code {code})" : message;
        if (standardError.Count == 0)
        {
            return text;
        }

        const int Shown = 20;
        var tail = standardError.Skip(Math.Max(0, standardError.Count - Shown));
        return $"{text}{System.Environment.NewLine}stderr:{System.Environment.NewLine}  {string.Join(System.Environment.NewLine + "  ", tail)}";
    }
}
