using Conduit.Connector.Sdk;

namespace Conduit.Connector.Samples.File;

/// <summary>Appends records to a file, one OpenCDC JSON document per line.</summary>
public sealed class FileDestination : Destination<FileDestinationConfig>
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();
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
        for (var i = 0; i < records.Count; i++)
        {
            try
            {
                await file.WriteAsync(OpenCdcJson.SerializeToUtf8Bytes(records[i]), cancellationToken).ConfigureAwait(false);
                await file.WriteAsync(NewLine, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                throw new PartialWriteException(i, $"could not append to {file.Name}: {ex.Message}", ex);
            }
        }

        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
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
