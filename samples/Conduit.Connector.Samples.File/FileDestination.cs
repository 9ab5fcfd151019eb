using System.Buffers;
using Conduit.Connector.Sdk;

namespace Conduit.Connector.Samples.File;

/// <summary>Appends records to a file, one OpenCDC JSON document per line.</summary>
public sealed class FileDestination : Destination<FileDestinationConfig>
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 16);
    private FileStream? _file;

    /// <inheritdoc />
    public override ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(Configuration.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _file = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16, useAsync: true);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public override async ValueTask WriteAsync(IReadOnlyList<Record> records, CancellationToken cancellationToken)
    {
        var file = _file ?? throw new InvalidOperationException("the destination is not open");

        // One buffer for the batch, one write and one flush: the batch is acknowledged only once the
        // operating system has it.
        _buffer.ResetWrittenCount();
        for (var i = 0; i < records.Count; i++)
        {
            OpenCdcJson.SerializeTo(_buffer, records[i]);
            _buffer.Write(NewLine);
        }

        try
        {
            await file.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
            await file.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            // Nothing of the batch is known to be written.
            throw new IOException($"could not append {records.Count} records to {file.Name}: {ex.Message}", ex);
        }
    }

    /// <inheritdoc />
    public override async ValueTask TeardownAsync(CancellationToken cancellationToken)
    {
        if (_file is { } file)
        {
            _file = null;
            await file.DisposeAsync().ConfigureAwait(false);
        }
    }
}
