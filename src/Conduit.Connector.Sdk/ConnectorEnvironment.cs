using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk;

/// <summary>
/// What Conduit tells a connector process about itself through environment variables: which connector it is,
/// how to reach Conduit's connector utilities (the schema service), the log level and the largest message it
/// may receive. The SDK reads it once at start-up.
/// </summary>
/// <remarks>
/// <para>
/// Conduit (v0.11 and later) always sets <c>CONDUIT_CONNECTOR_ID</c>, <c>CONDUIT_CONNECTOR_TOKEN</c> and
/// <c>CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET</c>. When one is missing (an older Conduit, or a test harness) the
/// SDK still serves, because loading the specification needs none of them: it logs one warning naming what is
/// missing and leaves the property <see langword="null"/>. Features that need a value (the schema service needs
/// <see cref="UtilitiesTarget"/> and <see cref="Token"/>) fail with a clear error when they are used.
/// </para>
/// <para>Tests may create an instance with the values they need.</para>
/// </remarks>
public sealed class ConnectorEnvironment
{
    /// <summary>The default of <see cref="MaxReceiveRecordSize"/>: 4 MiB, as in Conduit and gRPC.</summary>
    public const int DefaultMaxReceiveRecordSize = 4 * 1024 * 1024;

    /// <summary>
    /// Gets the connector's id in Conduit (<c>CONDUIT_CONNECTOR_ID</c>): the pipeline connector id, or
    /// <c>load-specifications</c> when Conduit only reads the specification.
    /// <para>Defaults to <see langword="null"/> (not set).</para>
    /// </summary>
    public string? ConnectorId { get; init; }

    /// <summary>
    /// Gets the token the connector sends to Conduit's connector utilities (<c>CONDUIT_CONNECTOR_TOKEN</c>). Secret:
    /// never log it. <para>Defaults to <see langword="null"/> (not set).</para>
    /// </summary>
    public string? Token { get; init; }

    /// <summary>
    /// Gets the gRPC address of Conduit's connector utilities, such as the schema service
    /// (<c>CONDUIT_CONNECTOR_UTILITIES_GRPC_TARGET</c>). <para>Defaults to <see langword="null"/> (not set).</para>
    /// </summary>
    public string? UtilitiesTarget { get; init; }

    /// <summary>
    /// Gets the lowest level the connector logs (<c>CONDUIT_CONNECTOR_LOG_LEVEL</c>: <c>trace</c>, <c>debug</c>,
    /// <c>info</c>, <c>warn</c> or <c>error</c>). Empty or unknown values mean trace, because Conduit filters the
    /// lines by its own level. <para>Defaults to <see cref="LogLevel.Trace"/>.</para>
    /// </summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Trace;

    /// <summary>
    /// Gets the largest gRPC message, in bytes, the connector accepts from Conduit
    /// (<c>CONDUIT_CONNECTOR_MAX_RECEIVE_RECORD_SIZE</c>). An invalid value is replaced by the default and logged.
    /// <para>Defaults to <see cref="DefaultMaxReceiveRecordSize"/> (4194304).</para>
    /// </summary>
    public int MaxReceiveRecordSize { get; init; } = DefaultMaxReceiveRecordSize;
}
