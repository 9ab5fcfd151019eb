using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Samples.Generator;

/// <summary>Log lines of the generator.</summary>
internal static partial class GeneratorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "generator opened; next record number {Next}")]
    public static partial void LogGeneratorOpened(this ILogger logger, long next);
}
