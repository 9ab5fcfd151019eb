using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting.Logging;

/// <summary>Puts <see cref="HclogLoggerProvider"/> into a host as its only provider, with the SDK's filters.</summary>
internal static class HclogLogging
{
    private static readonly string[] FrameworkPrefixes =
        ["Microsoft", "Grpc", "Microsoft.Hosting", "Microsoft.Extensions.Hosting", "Microsoft.AspNetCore"];

    /// <summary>
    /// Replaces every provider with <paramref name="provider"/>. ASP.NET Core, Kestrel and gRPC categories log
    /// warnings and errors only, so that start-up stays quiet; at trace level their information lines are
    /// kept too, except the hosting and Kestrel chatter.
    /// </summary>
    public static void Configure(ILoggingBuilder logging, HclogLoggerProvider provider)
    {
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(provider);

        var level = provider.MinimumLevel;
        logging.ClearProviders();
        logging.AddProvider(provider);
        logging.SetMinimumLevel(level);

        foreach (var prefix in FrameworkPrefixes)
        {
            logging.AddFilter(prefix, FrameworkMinimum(prefix, level));
        }
    }

    /// <summary>
    /// Creates a logger factory with <paramref name="provider"/> as its only provider and the same filters as
    /// <see cref="Configure"/>, without a service container: building one costs the start-up of a Native AOT process
    /// several milliseconds of options and generic type construction.
    /// </summary>
    public static ILoggerFactory CreateFactory(HclogLoggerProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var level = provider.MinimumLevel;
        var filters = new LoggerFilterOptions { MinLevel = level };
        foreach (var prefix in FrameworkPrefixes)
        {
            filters.Rules.Add(new LoggerFilterRule(providerName: null, categoryName: prefix, logLevel: FrameworkMinimum(prefix, level), filter: null));
        }

        // As the generic host sets it: an author's Activity shows in the log lines as scope fields.
        var options = new LoggerFactoryOptions
        {
            ActivityTrackingOptions = ActivityTrackingOptions.SpanId | ActivityTrackingOptions.TraceId | ActivityTrackingOptions.ParentId,
        };
        return new LoggerFactory([provider], new FixedFilterOptions(filters), Microsoft.Extensions.Options.Options.Create(options));
    }

    /// <summary>The minimum level of a category when the connector's level is <paramref name="level"/>.</summary>
    public static LogLevel FrameworkMinimum(string category, LogLevel level)
    {
        var quiet = (LogLevel)Math.Max((int)LogLevel.Warning, (int)level);
        if (category.StartsWith("Microsoft.Hosting", StringComparison.Ordinal)
            || category.StartsWith("Microsoft.Extensions.Hosting", StringComparison.Ordinal)
            || category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal))
        {
            return quiet;
        }

        if (category.StartsWith("Microsoft", StringComparison.Ordinal) || category.StartsWith("Grpc", StringComparison.Ordinal))
        {
            return level == LogLevel.Trace ? LogLevel.Information : quiet;
        }

        return level;
    }

    /// <summary>Filters that never change: the one value, no change notifications.</summary>
    private sealed class FixedFilterOptions(LoggerFilterOptions value) : Microsoft.Extensions.Options.IOptionsMonitor<LoggerFilterOptions>
    {
        public LoggerFilterOptions CurrentValue => value;

        public LoggerFilterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<LoggerFilterOptions, string?> listener) => null;
    }
}
