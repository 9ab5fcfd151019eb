using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting;

/// <summary>The hosting layer's log lines (EventIds 1000-1099).</summary>
internal static partial class HostingLog
{
    [LoggerMessage(EventId = 1000, EventName = "ConduitVariablesMissing", Level = LogLevel.Warning,
        Message = "Conduit did not set {MissingVariables}; serving anyway (the specification needs none of them), but the schema service is unavailable. Conduit v0.11.0 or later sets them")]
    public static partial void ConduitVariablesMissing(ILogger logger, string missingVariables);

    [LoggerMessage(EventId = 1001, EventName = "InvalidMaxReceiveRecordSize", Level = LogLevel.Warning,
        Message = "CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE=\"{Value}\" is not a positive whole number of bytes; using the default {DefaultSize}")]
    public static partial void InvalidMaxReceiveRecordSize(ILogger logger, string value, int defaultSize);

    [LoggerMessage(EventId = 1002, EventName = "Serving", Level = LogLevel.Debug,
        Message = "Serving connector {Name} {Version} on {Network} {Address} (protocol v{ProtocolVersion}, TLS {Tls})")]
    public static partial void Serving(ILogger logger, string name, string version, string network, string address, int protocolVersion, bool tls);

    [LoggerMessage(EventId = 1003, EventName = "StartupFailed", Level = LogLevel.Error,
        Message = "The connector cannot start: {Reason}")]
    public static partial void StartupFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 1004, EventName = "Crashed", Level = LogLevel.Error,
        Message = "The connector process failed")]
    public static partial void Crashed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1005, EventName = "ShutdownRequested", Level = LogLevel.Debug,
        Message = "Conduit asked the connector to shut down")]
    public static partial void ShutdownRequested(ILogger logger);

    [LoggerMessage(EventId = 1006, EventName = "TerminationSignal", Level = LogLevel.Information,
        Message = "Received SIGTERM; stopping")]
    public static partial void TerminationSignal(ILogger logger);

    [LoggerMessage(EventId = 1007, EventName = "InterruptIgnored", Level = LogLevel.Debug,
        Message = "Ignored SIGINT: Conduit decides when its connectors stop")]
    public static partial void InterruptIgnored(ILogger logger);

    [LoggerMessage(EventId = 1008, EventName = "ParentExited", Level = LogLevel.Warning,
        Message = "The parent process (Conduit, pid {ParentProcessId}) is gone; stopping so that no orphan remains")]
    public static partial void ParentExited(ILogger logger, int parentProcessId);

    [LoggerMessage(EventId = 1009, EventName = "Stopped", Level = LogLevel.Debug,
        Message = "The connector process stopped")]
    public static partial void Stopped(ILogger logger);

    [LoggerMessage(EventId = 1010, EventName = "ConsoleOutput", Level = LogLevel.Information,
        Message = "{Line}")]
    public static partial void ConsoleOutput(ILogger logger, string line);

    [LoggerMessage(EventId = 1011, EventName = "ClientCertificateRejected", Level = LogLevel.Warning,
        Message = "Rejected a TLS client whose certificate ({Subject}) is not the one Conduit passed in PLUGIN_CLIENT_CERT")]
    public static partial void ClientCertificateRejected(ILogger logger, string subject);

    [LoggerMessage(EventId = 1012, EventName = "SpecifyFailed", Level = LogLevel.Error,
        Message = "Could not build the specification")]
    public static partial void SpecifyFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1013, EventName = "CleanupFailed", Level = LogLevel.Debug,
        Message = "Could not remove {Path}")]
    public static partial void CleanupFailed(ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 1014, EventName = "BackgroundServiceFailed", Level = LogLevel.Error,
        Message = "A background service of the plugin failed; stopping")]
    public static partial void BackgroundServiceFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1015, EventName = "StopFailed", Level = LogLevel.Error,
        Message = "Stopping {Part} failed")]
    public static partial void StopFailed(ILogger logger, string part, Exception exception);
}
