namespace Conduit.Connector.Sdk.Testing;

/// <summary>The outcome of running a connector executable to completion (see <see cref="ConnectorProcess.RunAsync"/>).</summary>
public sealed class ConnectorRunResult
{
    internal ConnectorRunResult(int exitCode, bool timedOut, string standardOutput, string standardError)
    {
        ExitCode = exitCode;
        TimedOut = timedOut;
        StandardOutput = standardOutput;
        StandardError = standardError;
    }

    /// <summary>Gets the exit code.</summary>
    public int ExitCode { get; }

    /// <summary>Gets a value indicating whether the process had to be killed because it did not exit in time.</summary>
    public bool TimedOut { get; }

    /// <summary>Gets everything written to stdout.</summary>
    public string StandardOutput { get; }

    /// <summary>Gets everything written to stderr.</summary>
    public string StandardError { get; }
}
