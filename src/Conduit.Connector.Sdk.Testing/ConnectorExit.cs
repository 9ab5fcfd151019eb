namespace Conduit.Connector.Sdk.Testing;

/// <summary>How a connector process ended.</summary>
public sealed class ConnectorExit
{
    internal ConnectorExit(int exitCode, bool killed, bool shutdownAcknowledged, TimeSpan stopDuration)
    {
        ExitCode = exitCode;
        Killed = killed;
        ShutdownAcknowledged = shutdownAcknowledged;
        StopDuration = stopDuration;
    }

    /// <summary>Gets the exit code (128 + signal number when a signal ended it).</summary>
    public int ExitCode { get; }

    /// <summary>Gets a value indicating whether the host had to kill the process (SIGKILL).</summary>
    public bool Killed { get; }

    /// <summary>Gets a value indicating whether <c>plugin.GRPCController/Shutdown</c> answered OK.</summary>
    public bool ShutdownAcknowledged { get; }

    /// <summary>Gets the time from the start of the stop (or kill) to the exit; zero when the process had exited before.</summary>
    public TimeSpan StopDuration { get; }

    /// <summary>Returns a one-line description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"exit code {ExitCode}, {(Killed ? "killed" : "not killed")}, shutdown {(ShutdownAcknowledged ? "acknowledged" : "not acknowledged")}, stopped in {StopDuration.TotalMilliseconds:F0} ms";
}
