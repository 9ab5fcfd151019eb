namespace Conduit.Connector.Sdk.Hosting.Logging;

/// <summary>
/// The real standard error of the process: every log line and every line the connector writes to
/// <see cref="Console.Error"/> goes through here, one whole line per write, so that lines never interleave.
/// </summary>
/// <remarks>The lock only covers the write itself; callers format their line before taking it.</remarks>
internal sealed class StderrSink
{
    private readonly Stream _stream;
    private readonly Lock _lock = new();

    public StderrSink(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stream = stream;
    }

    /// <summary>Writes bytes that end with a newline.</summary>
    public void WriteLine(ReadOnlySpan<byte> line)
    {
        lock (_lock)
        {
            try
            {
                _stream.Write(line);
                _stream.Flush();
            }
            catch (IOException)
            {
                // The reading end is gone (Conduit exited); the parent watcher stops the process shortly.
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
