using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Middleware;

/// <summary>The middleware's log lines.</summary>
internal static partial class MiddlewareLog
{
    [LoggerMessage(EventId = 300, EventName = "BatchSizeWithoutDelay", Level = LogLevel.Warning, Message = "sdk.batch.size is set but sdk.batch.delay is not, this might result in the connector waiting indefinitely for the batch to be filled")]
    public static partial void BatchSizeWithoutDelay(ILogger logger);

    [LoggerMessage(EventId = 301, EventName = "BatchDelayWithoutSize", Level = LogLevel.Warning, Message = "sdk.batch.delay is set but sdk.batch.size is not, this might result in extremely large batches for fast sources (at most {Limit} records per batch)")]
    public static partial void BatchDelayWithoutSize(ILogger logger, int limit);

    [LoggerMessage(EventId = 302, EventName = "DataNotStructured", Level = LogLevel.Warning, Message = "record {Part} is not structured, consider disabling its source schema encoding using \"{Key}: false\"")]
    public static partial void DataNotStructured(ILogger logger, string part, string key);

    [LoggerMessage(EventId = 303, EventName = "NoAttachedSchema", Level = LogLevel.Warning, Message = "record does not have an attached schema for the {Part}, consider disabling its destination schema decoding using \"{Key}: false\"")]
    public static partial void NoAttachedSchema(ILogger logger, string part, string key);

    [LoggerMessage(EventId = 304, EventName = "RateLimitEnabled", Level = LogLevel.Information, Message = "Rate limiting enabled: {PerSecond:F2} records per second, bursts of {Burst} records")]
    public static partial void RateLimitEnabled(ILogger logger, double perSecond, int burst);

    [LoggerMessage(EventId = 305, EventName = "NotEncoded", Level = LogLevel.Debug, Message = "record {Part}s produced by this connector are not structured and won't be encoded")]
    public static partial void NotEncoded(ILogger logger, string part);
}
