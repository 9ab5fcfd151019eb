using System.Buffers;
using Microsoft.Extensions.Logging;

namespace Conduit.Connector.Sdk.Hosting.Logging;

/// <summary>
/// Writes every log line as hclog JSON to the real standard error, where go-plugin's host (Conduit) reads it.
/// There is deliberately no console logger anywhere in the SDK: the console logger writes to stdout, and
/// stdout belongs to the go-plugin handshake.
/// </summary>
internal sealed class HclogLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    // Each thread formats into its own buffer, so the only shared step is the locked write in the sink.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    private readonly StderrSink _sink;
    private readonly TimeProvider _time;
    private IExternalScopeProvider? _scopes;

    public HclogLoggerProvider(StderrSink sink, LogLevel minimumLevel, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(sink);
        _sink = sink;
        MinimumLevel = minimumLevel;
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Gets the lowest level this provider writes (from <c>CONDUIT_CONNECTOR_LOG_LEVEL</c>).</summary>
    public LogLevel MinimumLevel { get; }

    public ILogger CreateLogger(string categoryName) => new HclogLogger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
        // The sink is the process's stderr: it outlives the logging system.
    }

    internal IDisposable? BeginScope<TState>(TState state)
        where TState : notnull =>
        _scopes?.Push(state);

    internal void Write(LogLevel level, string category, string message, Exception? exception, IReadOnlyList<KeyValuePair<string, object?>>? state)
    {
        var entry = new HclogEntry(_time.GetUtcNow().UtcDateTime, level, category, message, exception, state, CollectScopes());

        // A value's ToString may log in turn; such a nested line gets a buffer of its own.
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(1024);
        t_buffer = null;
        try
        {
            HclogLineFormatter.Format(buffer, entry);
            _sink.WriteLine(buffer.WrittenSpan);
        }
        finally
        {
            if (buffer.Capacity <= 64 * 1024)
            {
                t_buffer = buffer;
            }
        }
    }

    private List<KeyValuePair<string, object?>>? CollectScopes()
    {
        if (_scopes is null)
        {
            return null;
        }

        var fields = new List<KeyValuePair<string, object?>>();
        _scopes.ForEachScope(
            static (scope, list) =>
            {
                if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    list.AddRange(pairs);
                }
            },
            fields);
        return fields.Count == 0 ? null : fields;
    }
}
