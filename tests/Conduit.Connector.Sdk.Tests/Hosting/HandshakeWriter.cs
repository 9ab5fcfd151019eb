namespace Conduit.Connector.Sdk.Tests.Hosting;

/// <summary>Completes <see cref="FirstLine"/> when the first newline is written.</summary>
internal sealed class HandshakeWriter : StringWriter
{
    private readonly TaskCompletionSource<string> _firstLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HandshakeWriter() => NewLine = "\n";

    public Task<string> FirstLine => _firstLine.Task;

    public override void Write(char value)
    {
        base.Write(value);
        Check();
    }

    public override void Write(string? value)
    {
        base.Write(value);
        Check();
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    private void Check()
    {
        var text = ToString();
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            _firstLine.TrySetResult(text[..newline]);
        }
    }
}
