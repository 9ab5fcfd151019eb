using System.Diagnostics;

namespace Conduit.Connector.Sdk.Testing.Output;

/// <summary>
/// Everything a connector process says besides its gRPC answers: stderr (read line by line as hclog
/// from the start), stdout after the handshake line, the frames of the stdio stream, and the
/// protocol violations seen along the way.
/// </summary>
internal sealed class ConnectorOutput
{
    private readonly Process _process;
    private readonly Lock _lock = new();
    private readonly List<string> _stdoutAfterHandshake = [];
    private readonly List<StdioFrame> _stdioFrames = [];
    private readonly List<string> _violations = [];
    private readonly Task _stderrPump;
    private Task _stdoutPump = Task.CompletedTask;

    public ConnectorOutput(Process process, bool failOnMalformedLogLine)
    {
        _process = process;
        Stderr = new StderrLog(failOnMalformedLogLine);
        _stderrPump = Task.Run(PumpStderrAsync);
    }

    public StderrLog Stderr { get; }

    public IReadOnlyList<string> StdoutAfterHandshake
    {
        get
        {
            lock (_lock)
            {
                return [.. _stdoutAfterHandshake];
            }
        }
    }

    public IReadOnlyList<StdioFrame> StdioFrames
    {
        get
        {
            lock (_lock)
            {
                return [.. _stdioFrames];
            }
        }
    }

    public IReadOnlyList<string> Violations
    {
        get
        {
            lock (_lock)
            {
                return [.. _violations, .. Stderr.Malformed.Select(m => $"stderr line is not hclog: {m}")];
            }
        }
    }

    /// <summary>Starts reading the rest of stdout: after the handshake line, every line is a violation.</summary>
    public void WatchStdoutAfterHandshake() => _stdoutPump = Task.Run(PumpStdoutAsync);

    /// <summary>Keeps a pending read of the first stdout line observed (it ends once the process is killed).</summary>
    public void AbandonHandshakeRead(Task firstLine) => _stdoutPump = ObserveAsync(firstLine);

    public void AddStdioFrame(StdioFrame frame)
    {
        lock (_lock)
        {
            _stdioFrames.Add(frame);
            if (frame.Channel is not (StdioChannel.Stdout or StdioChannel.Stderr))
            {
                _violations.Add($"plugin.GRPCStdio frame with channel {(int)frame.Channel} (only STDOUT=1 and STDERR=2 are valid).");
            }
        }
    }

    public void AddViolation(string violation)
    {
        lock (_lock)
        {
            _violations.Add(violation);
        }
    }

    /// <summary>Waits (briefly: a grandchild may hold the pipes open) for both pipes to reach their end.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        try
        {
            await Task.WhenAll(_stderrPump, _stdoutPump).WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
        }
    }

    private async Task PumpStderrAsync()
    {
        try
        {
            while (await _process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                Stderr.Add(line);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The pipe was closed under the reader when the process object was disposed.
        }
        finally
        {
            Stderr.Complete();
        }
    }

    private async Task PumpStdoutAsync()
    {
        try
        {
            while (await _process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                lock (_lock)
                {
                    _stdoutAfterHandshake.Add(line);
                    _violations.Add($"stdout after the handshake (the host discards it; nothing may follow the handshake line): {line}");
                }
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }

    private static async Task ObserveAsync(Task task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
        {
        }
    }
}
