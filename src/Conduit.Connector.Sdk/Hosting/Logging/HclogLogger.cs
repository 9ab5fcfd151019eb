using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting.Logging;

/// <summary>One category of <see cref="HclogLoggerProvider"/>; the category becomes <c>@module</c>.</summary>
internal sealed class HclogLogger : ILogger
{
    private readonly string _category;
    private readonly HclogLoggerProvider _provider;

    public HclogLogger(string category, HclogLoggerProvider provider)
    {
        _category = category;
        _provider = provider;
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        _provider.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None && logLevel >= _provider.MinimumLevel;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        ArgumentNullException.ThrowIfNull(formatter);
        var message = formatter(state, exception) ?? string.Empty;
        _provider.Write(logLevel, _category, message, exception, state as IReadOnlyList<KeyValuePair<string, object?>>);
    }
}
