using System.Text;

namespace Conduit.Connector.Sdk.Hosting.Stdio;

/// <summary>
/// A <see cref="TextWriter"/> that collects characters into lines and hands each complete line (without the
/// newline) to <see cref="WriteLineCore"/>; <see cref="Flush"/> hands over a pending partial line too.
/// </summary>
internal abstract class LineBufferingWriter : TextWriter
{
    private const int MaxPendingChars = 16 * 1024;

    private readonly StringBuilder _pending = new();
    private readonly Lock _lock = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (_lock)
        {
            Append(value);
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        lock (_lock)
        {
            foreach (var c in buffer)
            {
                Append(c);
            }
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void WriteLine(string? value)
    {
        lock (_lock)
        {
            foreach (var c in value.AsSpan())
            {
                Append(c);
            }

            foreach (var c in CoreNewLine)
            {
                Append(c);
            }
        }
    }

    public override void Flush()
    {
        lock (_lock)
        {
            EmitPending();
        }
    }

    /// <summary>Receives one line, without its line terminator.</summary>
    protected abstract void WriteLineCore(string line);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void Append(char c)
    {
        if (c == '\n')
        {
            if (_pending.Length > 0 && _pending[^1] == '\r')
            {
                _pending.Length--;
            }

            EmitPending(emptyLine: true);
            return;
        }

        _pending.Append(c);
        if (_pending.Length >= MaxPendingChars)
        {
            EmitPending();
        }
    }

    private void EmitPending(bool emptyLine = false)
    {
        if (_pending.Length == 0 && !emptyLine)
        {
            return;
        }

        var line = _pending.ToString();
        _pending.Clear();
        WriteLineCore(line);
    }
}
